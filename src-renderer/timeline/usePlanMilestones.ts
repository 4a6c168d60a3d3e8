import { useLiveQuery } from 'dexie-react-hooks';
import { db } from '../db/db';
import type { MilestoneRecord } from '../db/schema';

/**
 * A plan's milestones in date order, or undefined until they are loaded for
 * *this* plan. (A live query keeps its previous result while the next one runs,
 * so without the plan check the screen would flash "no milestones" on start.)
 */
export function usePlanMilestones(planId: string | undefined): MilestoneRecord[] | undefined {
  const result = useLiveQuery(
    async () => ({ planId, milestones: planId ? await db.milestones.where('[planId+dueDate]').between([planId, ''], [planId, '\uffff']).toArray() : [] }),
    [planId],
  );
  return result && result.planId === planId ? result.milestones : undefined;
}
