// Calendar heatmap of the last 12 months: minutes per day and an intensity
// level against the plan's daily target (hours per week ÷ study days per week):
//   0 = nothing logged, 1 = under half the target, 2 = half to under the target,
//   3 = the target to under 1.5×, 4 = 1.5× the target or more.
import { subMonths } from 'date-fns';
import { fromIsoDate, toIsoDate } from '../dates';
import { addDaysIso, eachDate, weekdayOf, type WeekStartsOn } from './calendar';
import type { MinutesByDate } from './planned-hours';
import type { IsoDate } from '../types';

export type HeatLevel = 0 | 1 | 2 | 3 | 4;

export interface HeatmapDay {
  date: IsoDate;
  minutes: number;
  level: HeatLevel;
}

export interface Heatmap {
  from: IsoDate;
  to: IsoDate;
  /** Empty cells before `from` so the first column starts on weekStartsOn. */
  leadingBlanks: number;
  dailyTargetMinutes: number;
  days: HeatmapDay[];
}

export function heatLevel(minutes: number, dailyTargetMinutes: number): HeatLevel {
  if (!(minutes > 0)) return 0;
  const ratio = minutes / dailyTargetMinutes;
  if (ratio < 0.5) return 1;
  if (ratio < 1) return 2;
  if (ratio < 1.5) return 3;
  return 4;
}

export function heatmap(logged: MinutesByDate, today: IsoDate, weekStartsOn: WeekStartsOn, dailyTargetMinutes: number): Heatmap {
  const target = dailyTargetMinutes > 0 ? dailyTargetMinutes : 60;
  // The day after the same date a year ago: 365 days, or 366 across a leap day.
  const from = addDaysIso(toIsoDate(subMonths(fromIsoDate(today), 12)), 1);
  const days = eachDate(from, today).map((date) => {
    const minutes = logged.get(date) ?? 0;
    return { date, minutes, level: heatLevel(minutes, target) };
  });
  return { from, to: today, leadingBlanks: (weekdayOf(from) - weekStartsOn + 7) % 7, dailyTargetMinutes: target, days };
}
