// The progress screen's and dashboard's one cross-table read: a plan, its
// milestones and its sessions read in one transaction through the per-plan
// indexes, then the statistics computed by the domain.
import { computeProgress, type ProgressOptions, type ProgressStats } from '../domain/progress';
import { db } from './db';
import { milestonesForPlan } from './milestones';
import { toTrackedMilestone } from './records';
import type { CoderPathDb } from './schema';
import { sessionsThrough } from './sessions';

/** Loads one plan's data with indexed reads and computes the progress statistics; null when the plan is missing or deleted. */
export async function loadProgressStats(planId: string, options: ProgressOptions, database: CoderPathDb = db): Promise<ProgressStats | null> {
  const [plan, milestones, sessions] = await database.transaction('r', database.plans, database.milestones, database.sessions, () =>
    Promise.all([database.plans.get(planId), milestonesForPlan(planId, database), sessionsThrough(planId, options.today, database)]),
  );
  if (!plan || plan.deletedAt) return null;
  return computeProgress(
    { input: plan.input, examDate: plan.examDate, milestones: milestones.map(toTrackedMilestone), weeklyHours: plan.weeklyHoursNeeded, plannedHistory: plan.plannedHistory ?? null },
    sessions,
    options,
  );
}
