import type { IsoDate, Milestone, PlanInput } from '../types';
import type { WeekStartsOn } from './calendar';

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
}

export interface ProgressOptions {
  today: IsoDate;
  weekStartsOn: WeekStartsOn;
  /** Weeks shown in the weekly chart, the current one included (at least 12). */
  weeks?: number;
}
