// Live reads for the UI (re-render when the data changes); `undefined` while
// loading. Every feature reads the database through these or the table modules.
import { useLiveQuery } from 'dexie-react-hooks';
import type { ProgressStats, WeekStartsOn } from '../domain/progress';
import type { IsoDate } from '../domain/types';
import { useKeptLiveQuery } from './live-query';
import { milestonesForPlan } from './milestones';
import { listPlans, readActivePlan } from './plans';
import { practiceExamsForPlan } from './practice-exams';
import { loadProgressStats } from './progress';
import { readReminderSource, type ReminderSource } from './reminder-source';
import type { MilestoneRecord, PlanRecord, PracticeExamRecord, StudySessionRecord } from './schema';
import { recentSessions, sessionsInRange } from './sessions';

export function usePlans(): PlanRecord[] | undefined {
  return useKeptLiveQuery('plans', () => listPlans(), []);
}

/** The active plan (see pickActivePlan for the rule); null when no plan is open. */
export function useActivePlan(): PlanRecord | null | undefined {
  return useKeptLiveQuery('activePlan', () => readActivePlan(), []);
}

/**
 * The active plan with its milestones, read in one live query: one round trip
 * and one render on start instead of two, and never a plan shown with another
 * plan's milestones.
 */
export function useActivePlanMilestones(): { plan: PlanRecord | null; milestones: MilestoneRecord[] } | undefined {
  return useKeptLiveQuery('activePlanMilestones', async () => {
    const plan = await readActivePlan();
    return { plan, milestones: plan ? await milestonesForPlan(plan.id) : [] };
  }, []);
}

/** A plan's practice exams in date order. */
export function usePracticeExams(planId: string | undefined): PracticeExamRecord[] | undefined {
  return useLiveQuery(() => (planId ? practiceExamsForPlan(planId) : Promise.resolve([])), [planId]);
}

/** Statistics for one plan; null when the plan is gone. */
export function useProgressStats(planId: string | undefined, today: IsoDate, weekStartsOn: WeekStartsOn, weeks?: number): ProgressStats | null | undefined {
  return useLiveQuery(
    () => (planId ? loadProgressStats(planId, { today, weekStartsOn, ...(weeks ? { weeks } : {}) }) : Promise.resolve(null)),
    [planId, today, weekStartsOn, weeks],
  );
}

/** The session log's page of a plan's newest sessions, with the total count. */
export function useRecentSessions(planId: string, limit: number): { rows: StudySessionRecord[]; total: number } | undefined {
  return useLiveQuery(() => recentSessions(planId, limit), [planId, limit]);
}

/** A plan's sessions on one day, in the order they were logged. */
export function useSessionsOn(planId: string, date: IsoDate): StudySessionRecord[] | undefined {
  return useLiveQuery(async () => (await sessionsInRange(planId, date, date)).sort((a, b) => a.createdAt - b.createdAt), [planId, date]);
}

/** What reminders are derived from; follows every change to plans, milestones and settings. */
export function useReminderSource(): ReminderSource | undefined {
  return useLiveQuery(readReminderSource, []);
}
