// Live reads for the UI (re-render when the data changes).
import { useLiveQuery } from 'dexie-react-hooks';
import { db } from './db';
import { listPlans } from './plans';
import { readSetting } from './settings';
import type { MilestoneRecord, PlanRecord } from './schema';

export function usePlans(): PlanRecord[] | undefined {
  return useLiveQuery(() => listPlans(), []);
}

/** The plan the user is working on: the chosen one, else the newest open one; null when there is none. */
async function readActivePlan(): Promise<PlanRecord | null> {
  const [plans, activeId] = await Promise.all([listPlans(), readSetting('activePlanId')]);
  return plans.find((p) => p.id === activeId) ?? plans.find((p) => !p.archived) ?? null;
}

export function useActivePlan(): PlanRecord | null | undefined {
  return useLiveQuery(readActivePlan, []);
}

/** A plan's milestones in date order. */
function readMilestones(planId: string): Promise<MilestoneRecord[]> {
  return db.milestones.where('[planId+dueDate]').between([planId, ''], [planId, '\uffff']).toArray();
}

/**
 * The active plan with its milestones, read in one live query: one round trip
 * and one render on start instead of two, and never a plan shown with another
 * plan's milestones. `undefined` while loading.
 */
export function useActivePlanMilestones(): { plan: PlanRecord | null; milestones: MilestoneRecord[] } | undefined {
  return useLiveQuery(async () => {
    const plan = await readActivePlan();
    return { plan, milestones: plan ? await readMilestones(plan.id) : [] };
  }, []);
}
