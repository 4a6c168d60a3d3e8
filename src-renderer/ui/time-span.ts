// How far apart two calendar dates are, in plain words ("45 days", "5 months",
// "4 years 6 months"), for messages such as "this start date is 6 years ago"
// and "Exam in 9 months": far dates read better in months and years than as
// a count of days.
import { differenceInCalendarDays, differenceInMonths } from 'date-fns';
import { fromIsoDate } from '../domain/dates';
import type { IsoDate } from '../domain/types';

/** '1 day', '12 days' (the counts here stay under a thousand, so no grouping is needed). */
const plural = (n: number, unit: string): string => `${n} ${unit}${n === 1 ? '' : 's'}`;

/** The span from `earlier` to `later` (either order): whole days under two months, whole months under two years, else years and months. */
export function timeSpanInWords(earlier: IsoDate, later: IsoDate): string {
  const [from, to] = [fromIsoDate(earlier), fromIsoDate(later)].sort((a, b) => a.getTime() - b.getTime()) as [Date, Date];
  const months = differenceInMonths(to, from);
  if (months < 2) return plural(differenceInCalendarDays(to, from), 'day');
  if (months < 24) return plural(months, 'month');
  const years = Math.floor(months / 12);
  const rest = months % 12;
  return rest === 0 ? plural(years, 'year') : `${plural(years, 'year')} ${plural(rest, 'month')}`;
}

/** 'today', 'tomorrow', 'yesterday', 'in 12 days', '3 days ago', 'in 4 years 6 months'. */
export function relativeDays(iso: IsoDate, today: IsoDate): string {
  const days = differenceInCalendarDays(fromIsoDate(iso), fromIsoDate(today));
  if (days === 0) return 'today';
  if (days === 1) return 'tomorrow';
  if (days === -1) return 'yesterday';
  const span = timeSpanInWords(today, iso);
  return days > 0 ? `in ${span}` : `${span} ago`;
}

/** How far a date moved ('3 days later', '10 months earlier'); '' when it did not. */
export function shiftInWords(from: IsoDate, to: IsoDate): string {
  const days = differenceInCalendarDays(fromIsoDate(to), fromIsoDate(from));
  if (days === 0) return '';
  return `${timeSpanInWords(from, to)} ${days > 0 ? 'later' : 'earlier'}`;
}

