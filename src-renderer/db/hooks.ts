// Live reads for the UI (re-render when the data changes); `undefined` while
// loading. Every feature reads the database through these, and writes through
// door.ts's `store`.
import type { ProgressStats, WeekStartsOn } from '../domain/progress';
import type { IsoDate } from '../domain/types';
import { settingKey } from './known-values';
import { useKeptLiveQuery, useStoreQuery } from './live-query';
import type { ReminderSource } from './reminder-source';
import type { MilestoneRecord, PlanRecord, PracticeExamRecord, StudySessionRecord } from './schema';
import type { SettingKey, SettingValue } from './setting-values';

export function usePlans(): PlanRecord[] | undefined {
  return useKeptLiveQuery('plans', (store) => store.listPlans(), []);
}

/** The active plan (see pickActivePlan for the rule); null when no plan is open. */
export function useActivePlan(): PlanRecord | null | undefined {
  return useKeptLiveQuery('activePlan', (store) => store.readActivePlan(), []);
}

/**
 * The active plan with its milestones, read in one live query: one round trip
 * and one render on start instead of two, and never a plan shown with another
 * plan's milestones.
 */
export function useActivePlanMilestones(): { plan: PlanRecord | null; milestones: MilestoneRecord[] } | undefined {
  return useKeptLiveQuery('activePlanMilestones', async (store) => {
    const plan = await store.readActivePlan();
    return { plan, milestones: plan ? await store.milestonesForPlan(plan.id) : [] };
  }, []);
}

/** A live setting: re-renders when it changes; `undefined` while loading. */
export function useSetting<K extends SettingKey>(key: K): SettingValue<K> | undefined {
  return useKeptLiveQuery(settingKey(key), (store) => store.readSetting(key), [key]);
}

/** A plan's practice exams in date order. */
export function usePracticeExams(planId: string | undefined): PracticeExamRecord[] | undefined {
  return useStoreQuery((store) => (planId ? store.practiceExamsForPlan(planId) : []), [planId]);
}

/** Statistics for one plan; null when the plan is gone. */
export function useProgressStats(planId: string | undefined, today: IsoDate, weekStartsOn: WeekStartsOn, weeks?: number): ProgressStats | null | undefined {
  return useStoreQuery(
    (store) => (planId ? store.loadProgressStats(planId, { today, weekStartsOn, ...(weeks ? { weeks } : {}) }) : null),
    [planId, today, weekStartsOn, weeks],
  );
}

/** The session log's page of a plan's newest sessions, with the total count. */
export function useRecentSessions(planId: string, limit: number): { rows: StudySessionRecord[]; total: number } | undefined {
  return useStoreQuery((store) => store.recentSessions(planId, limit), [planId, limit]);
}

/** A plan's sessions on one day, in the order they were logged. */
export function useSessionsOn(planId: string, date: IsoDate): StudySessionRecord[] | undefined {
  return useStoreQuery(async (store) => (await store.sessionsInRange(planId, date, date)).sort((a, b) => a.createdAt - b.createdAt), [planId, date]);
}

/** What reminders are derived from; follows every change to plans, milestones and settings. */
export function useReminderSource(): ReminderSource | undefined {
  return useStoreQuery((store) => store.readReminderSource(), []);
}
