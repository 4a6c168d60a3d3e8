// Live data for the dashboard and the progress screen: "today" (it rolls over
// at local midnight while the app stays open), the week start, and the
// statistics read through the indexed queries.
import { useEffect, useState } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { db } from '../db/db';
import { useSetting } from '../db/settings';
import { todayIso } from '../domain/dates';
import type { ProgressStats, WeekStartsOn } from '../domain/progress';
import type { IsoDate } from '../domain/types';
import { loadProgressStats } from './queries';

/** Today's local date, re-checked every minute. */
export function useToday(): IsoDate {
  const [today, setToday] = useState(() => todayIso());
  useEffect(() => {
    const timer = setInterval(() => setToday(todayIso()), 60_000);
    return () => clearInterval(timer);
  }, []);
  return today;
}

export function useWeekStartsOn(): WeekStartsOn {
  return useSetting('weekStartsOn') ?? 0;
}

/** Statistics for one plan; undefined while loading, null when the plan is gone. */
export function useProgressStats(planId: string | undefined, today: IsoDate, weekStartsOn: WeekStartsOn, weeks?: number): ProgressStats | null | undefined {
  return useLiveQuery(
    () => (planId ? loadProgressStats(db, planId, { today, weekStartsOn, ...(weeks ? { weeks } : {}) }) : Promise.resolve(null)),
    [planId, today, weekStartsOn, weeks],
  );
}
