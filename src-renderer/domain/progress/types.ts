import type { IsoDate, Milestone, PlanInput } from '../types';
import type { WeekStartsOn } from './calendar';
import type { PlannedHistory } from './plan-history';

/** The fields of a logged study session that statistics read (a StudySessionRecord fits). */
export interface LoggedSession {
  date: IsoDate;
  minutes: number;
  moduleId?: string | null;
  milestoneId?: string | null;
}

export type TrackedMilestone = Milestone & { done: boolean };

export interface ProgressPlan {
  input: PlanInput;
  examDate: IsoDate;
  milestones: TrackedMilestone[];
  /**
   * The weekly hours the plan is built on (PlanRecord.weeklyHoursNeeded): a
   * part-time or full-time program may follow its own pace rather than the
   * user's hours. Defaults to input.hoursPerWeek.
   */
  weeklyHours?: number;
  /** What past days planned before the last re-plan or settings edit (PlanRecord.plannedHistory). */
  plannedHistory?: PlannedHistory | null;
}

export interface ProgressOptions {
  today: IsoDate;
  weekStartsOn: WeekStartsOn;
  /** Weeks shown in the weekly chart, the current one included (at least 12). */
  weeks?: number;
}
