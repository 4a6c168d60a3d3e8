// How far apart two calendar dates are, in plain words ("45 days", "5 months",
// "6 years"), for messages such as "this start date is 6 years ago".
import { differenceInCalendarDays, differenceInMonths, differenceInYears } from 'date-fns';
import { fromIsoDate } from '../domain/dates';
import type { IsoDate } from '../domain/types';

const plural = (n: number, unit: string) => `${n} ${unit}${n === 1 ? '' : 's'}`;

/** The span from `earlier` to `later` in whole days under two months, whole months under two years, else whole years. */
export function timeSpanInWords(earlier: IsoDate, later: IsoDate): string {
  const from = fromIsoDate(earlier);
  const to = fromIsoDate(later);
  const days = Math.abs(differenceInCalendarDays(to, from));
  const months = Math.abs(differenceInMonths(to, from));
  if (months < 2) return plural(days, 'day');
  const years = Math.abs(differenceInYears(to, from));
  return years < 2 ? plural(months, 'month') : plural(years, 'year');
}
