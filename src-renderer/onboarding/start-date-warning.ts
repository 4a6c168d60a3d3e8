// A start date well in the past is allowed (people who started a program months
// ago are real users) but worth a word: everything planned before today shows
// as overdue.
import { differenceInCalendarDays } from 'date-fns';
import { fromIsoDate, isIsoDate } from '../domain/dates';
import type { IsoDate } from '../domain/types';
import { formatDate } from '../ui/format';
import { timeSpanInWords } from '../ui/time-span';

/** A start date up to this many days back (last month's start) needs no warning. */
export const PAST_START_GRACE_DAYS = 30;

/** The warning for a start date more than PAST_START_GRACE_DAYS before today, or null. */
export function pastStartWarning(startDate: string, today: IsoDate): string | null {
  if (!isIsoDate(startDate) || differenceInCalendarDays(fromIsoDate(today), fromIsoDate(startDate)) <= PAST_START_GRACE_DAYS) return null;
  return `${formatDate(startDate)} is ${timeSpanInWords(startDate, today)} ago. Steps planned before today will show as overdue on your timeline. If you are starting now, use today's date.`;
}
