// Indexed reads for the progress screen and dashboard. Every read goes through
// a compound index keyed by plan ([planId+date] or [planId+dueDate]), so the
// cost follows one plan's rows, never the whole table.
import Dexie from 'dexie';
import type { CoderPathDb, MilestoneRecord, PracticeExamRecord, StudySessionRecord } from '../db/schema';
import { computeProgress, type ProgressOptions, type ProgressStats, type TrackedMilestone } from '../domain/progress';
import type { IsoDate } from '../domain/types';

/** A plan's sessions dated from `from` to `to`, both included, in date order. */
export function sessionsInRange(db: CoderPathDb, planId: string, from: IsoDate, to: IsoDate): Promise<StudySessionRecord[]> {
  return db.sessions.where('[planId+date]').between([planId, from], [planId, to], true, true).toArray();
}

/** Every session of a plan dated on or before `through` (the progress screen's totals need them all). */
export function sessionsThrough(db: CoderPathDb, planId: string, through: IsoDate): Promise<StudySessionRecord[]> {
  return db.sessions.where('[planId+date]').between([planId, Dexie.minKey], [planId, through], true, true).toArray();
}

/** A plan's practice exams in date order. */
export function practiceExamsForPlan(db: CoderPathDb, planId: string): Promise<PracticeExamRecord[]> {
  return db.practiceExams.where('[planId+date]').between([planId, Dexie.minKey], [planId, Dexie.maxKey], true, true).toArray();
}

/** A plan's milestones in due-date order. */
export function milestonesForPlan(db: CoderPathDb, planId: string): Promise<MilestoneRecord[]> {
  return db.milestones.where('[planId+dueDate]').between([planId, Dexie.minKey], [planId, Dexie.maxKey], true, true).toArray();
}

export function toTrackedMilestone(record: MilestoneRecord): TrackedMilestone {
  return {
    id: record.id,
    kind: record.kind,
    title: record.title,
    description: record.description,
    startDate: record.startDate,
    dueDate: record.dueDate,
    hours: record.hours,
    ...(record.moduleId !== undefined ? { moduleId: record.moduleId } : {}),
    dependsOn: record.dependsOn,
    done: record.doneAt != null,
  };
}

/** Loads one plan's data with indexed reads and computes the progress statistics; null when the plan is missing or deleted. */
export async function loadProgressStats(db: CoderPathDb, planId: string, options: ProgressOptions): Promise<ProgressStats | null> {
  const [plan, milestones, sessions] = await db.transaction('r', db.plans, db.milestones, db.sessions, () =>
    Promise.all([db.plans.get(planId), milestonesForPlan(db, planId), sessionsThrough(db, planId, options.today)]),
  );
  if (!plan || plan.deletedAt) return null;
  return computeProgress(
    { input: plan.input, examDate: plan.examDate, milestones: milestones.map(toTrackedMilestone), weeklyHours: plan.weeklyHoursNeeded },
    sessions,
    options,
  );
}
