// The start values read through Dexie, for when public/start-read.js had no
// rows to give (see start-reads.ts): one transaction over plans, milestones
// and settings.
import { db } from './db';
import { writeGeneration } from './known-values';
import { milestonesForPlan } from './milestones';
import { listPlans } from './plans';
import { keep, pickStartValues, START_SETTINGS, type StartValues } from './start-reads';

/** Never rejects: without these values the live queries load as they always did. */
export async function readStartValues(): Promise<void> {
  try {
    const readAt = writeGeneration();
    keep(await db.transaction('r', db.plans, db.milestones, db.settings, readInTransaction), readAt);
  } catch {
    // The database could not be read: App shows why once it has mounted.
  }
}

async function readInTransaction(): Promise<StartValues> {
  const [plans, rows] = await Promise.all([listPlans(), db.settings.bulkGet(['activePlanId', ...START_SETTINGS])]);
  const stored = new Map(rows.flatMap((row) => (row ? [[row.key, row.value] as const] : [])));
  const picked = pickStartValues(plans, stored);
  return { ...picked, milestones: picked.activePlan ? await milestonesForPlan(picked.activePlan.id) : [] };
}
