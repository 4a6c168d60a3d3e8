// Hours per week, planned against logged, for the last N weeks (the current,
// partly lived week included). Weeks start on the user's weekStartsOn.
import { addDaysIso, weekStartOf, type WeekStartsOn } from './calendar';
import type { MinutesByDate } from './planned-hours';
import type { IsoDate } from '../types';

export const MIN_WEEKS_SHOWN = 12;

export interface WeekHours {
  weekStart: IsoDate;
  weekEnd: IsoDate;
  plannedHours: number;
  actualHours: number;
}

export function weeklyHours(
  planned: MinutesByDate,
  logged: MinutesByDate,
  today: IsoDate,
  weekStartsOn: WeekStartsOn,
  weeks: number = MIN_WEEKS_SHOWN,
): WeekHours[] {
  const count = Math.max(MIN_WEEKS_SHOWN, Math.floor(weeks));
  const currentWeekStart = weekStartOf(today, weekStartsOn);
  const starts: IsoDate[] = [];
  for (let i = count - 1; i >= 0; i -= 1) starts.push(addDaysIso(currentWeekStart, -7 * i));
  const first = starts[0] ?? currentWeekStart;
  const last = addDaysIso(currentWeekStart, 6);
  const buckets = starts.map((weekStart) => ({ weekStart, weekEnd: addDaysIso(weekStart, 6), planned: 0, actual: 0 }));
  const add = (byDate: MinutesByDate, field: 'planned' | 'actual'): void => {
    for (const [date, minutes] of byDate) {
      if (date < first || date > last) continue;
      // Buckets are in date order and ISO dates compare as strings: the last week starting on or before `date`.
      const bucket = buckets.findLast((b) => b.weekStart <= date);
      if (bucket) bucket[field] += minutes;
    }
  };
  add(planned, 'planned');
  add(logged, 'actual');
  return buckets.map((b) => ({ weekStart: b.weekStart, weekEnd: b.weekEnd, plannedHours: b.planned / 60, actualHours: b.actual / 60 }));
}
