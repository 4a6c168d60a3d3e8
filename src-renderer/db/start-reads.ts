// Reads, in one transaction while the first screen's code loads, what the frame
// and the usual first screens ask for as they mount: the plans, the active plan
// with its milestones, and their settings. Kept as known values, so React's
// first render already holds the user's plan.
import { db } from './db';
import { remember, settingKey, writeGeneration } from './known-values';
import { milestonesForPlan } from './milestones';
import { listPlans, pickActivePlan } from './plans';
import { parseSetting, type SettingKey } from './settings';

const START_SETTINGS = ['theme', 'timelineView', 'weekStartsOn', 'stopwatch'] as const satisfies readonly SettingKey[];

/** Never rejects: without these values the live queries load as they always did. */
export async function readStartValues(): Promise<void> {
  try {
    const readAt = writeGeneration();
    const { plans, activePlan, milestones, settings } = await db.transaction('r', db.plans, db.milestones, db.settings, async () => {
      const [plans, rows] = await Promise.all([listPlans(), db.settings.bulkGet(['activePlanId', ...START_SETTINGS])]);
      const [activeRow, ...settingRows] = rows;
      const activePlan = pickActivePlan(plans, parseSetting('activePlanId', activeRow?.value));
      const milestones = activePlan ? await milestonesForPlan(activePlan.id) : [];
      return { plans, activePlan, milestones, settings: START_SETTINGS.map((key, i) => [key, parseSetting(key, settingRows[i]?.value)] as const) };
    });
    remember('plans', plans, readAt);
    remember('activePlan', activePlan, readAt);
    remember('activePlanMilestones', { plan: activePlan, milestones }, readAt);
    for (const [key, value] of settings) remember(settingKey(key), value, readAt);
  } catch {
    // The database could not be read: App shows why once it has mounted.
  }
}
