// One step back for changes that rewrite a plan (re-plan, settings edits):
// the plan record and all of its milestones are copied before the change and
// put back exactly on undo. Sessions and practice exams are not touched by
// those changes, so they are not part of the snapshot.
import { db } from './db';
import type { CoderPathDb, MilestoneRecord, PlanRecord } from './schema';

export interface PlanSnapshot {
  plan: PlanRecord;
  milestones: MilestoneRecord[];
}

export async function snapshotPlan(planId: string, database: CoderPathDb = db): Promise<PlanSnapshot | null> {
  return database.transaction('r', database.plans, database.milestones, async () => {
    const plan = await database.plans.get(planId);
    if (!plan) return null;
    return { plan: structuredClone(plan), milestones: structuredClone(await database.milestones.where('planId').equals(planId).toArray()) };
  });
}

/** Puts the plan and its milestones back as they were when the snapshot was taken. */
export async function restorePlanSnapshot(snapshot: PlanSnapshot, database: CoderPathDb = db): Promise<void> {
  await database.transaction('rw', database.plans, database.milestones, async () => {
    await database.milestones.where('planId').equals(snapshot.plan.id).delete();
    await database.milestones.bulkPut(snapshot.milestones);
    await database.plans.put(snapshot.plan);
  });
}
