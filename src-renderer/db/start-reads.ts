// Reads the start values (start-values.ts) in one transaction while the first
// screen's code loads: the plans, the active plan with its milestones, and the
// settings the frame and the usual first screens read as they mount.
import { db } from './db';
import { milestonesForPlan } from './milestones';
import { listPlans, pickActivePlan } from './plans';
import { parseSetting, type SettingKey } from './settings';
import { putStartValues, settingStartKey } from './start-values';

const START_SETTINGS = ['theme', 'timelineView', 'weekStartsOn', 'stopwatch'] as const satisfies readonly SettingKey[];

/** Never rejects: without start values the live queries load as they always did. */
export async function readStartValues(): Promise<void> {
  try {
    const entries = await db.transaction('r', db.plans, db.milestones, db.settings, async () => {
      const [plans, rows] = await Promise.all([listPlans(), db.settings.bulkGet(['activePlanId', ...START_SETTINGS])]);
      const [activeRow, ...settingRows] = rows;
      const activePlan = pickActivePlan(plans, parseSetting('activePlanId', activeRow?.value));
      const milestones = activePlan ? await milestonesForPlan(activePlan.id) : [];
      return [
        ['plans', plans],
        ['activePlan', activePlan],
        ['activePlanMilestones', { plan: activePlan, milestones }],
        ...START_SETTINGS.map((key, i) => [settingStartKey(key), parseSetting(key, settingRows[i]?.value)] as const),
      ] as const;
    });
    putStartValues(entries);
  } catch {
    // The database could not be read: App shows why once it has mounted.
  }
}
