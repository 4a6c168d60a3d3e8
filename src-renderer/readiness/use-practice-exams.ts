// Live reads for the readiness screen: the active plan's practice exams in
// date order (through the [planId+date] index).
import { useLiveQuery } from 'dexie-react-hooks';
import { db } from '../db/db';
import type { PracticeExamRecord } from '../db/schema';
import { practiceExamsForPlan } from '../progress/queries';

/** undefined while loading. */
export function usePracticeExams(planId: string | undefined): PracticeExamRecord[] | undefined {
  return useLiveQuery(() => (planId ? practiceExamsForPlan(db, planId) : Promise.resolve([])), [planId]);
}
