// Live values for the dashboard and the progress screen: "today" (it rolls
// over at local midnight while the app stays open) and the week start.
import { useEffect, useState } from 'react';
import { useSetting } from '../db/settings';
import { todayIso } from '../domain/dates';
import type { WeekStartsOn } from '../domain/progress';
import type { IsoDate } from '../domain/types';

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
