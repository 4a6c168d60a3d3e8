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
export function useActivePlan(): PlanRecord | null | undefined {
  return useLiveQuery(async () => {
    const [plans, activeId] = await Promise.all([listPlans(), readSetting('activePlanId')]);
    return plans.find((p) => p.id === activeId) ?? plans.find((p) => !p.archived) ?? null;
  }, []);
}

/** A plan's milestones in date order. */
export function useMilestones(planId: string | undefined): MilestoneRecord[] | undefined {
  return useLiveQuery(
    async () => (planId ? db.milestones.where('[planId+dueDate]').between([planId, ''], [planId, '\uffff']).toArray() : []),
    [planId],
  );
}
