// Local calendar dates as 'YYYY-MM-DD'. Parsing builds a local Date at noon-free
// midnight through date-fns, so arithmetic is by calendar day in any time zone.
import { format, isValid, parse } from 'date-fns';
import type { IsoDate } from './types';

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** True for a real calendar date written as YYYY-MM-DD (rejects 2025-02-29). */
export function isIsoDate(value: unknown): value is IsoDate {
  if (typeof value !== 'string' || !ISO_DATE.test(value)) return false;
  const date = parse(value, 'yyyy-MM-dd', new Date(2000, 0, 1));
  return isValid(date) && format(date, 'yyyy-MM-dd') === value;
}

/** The local midnight of an ISO date. Throws on anything that is not a real date. */
export function fromIsoDate(value: IsoDate): Date {
  if (!isIsoDate(value)) throw new RangeError(`Not a calendar date: "${String(value)}" (expected YYYY-MM-DD)`);
  return parse(value, 'yyyy-MM-dd', new Date(2000, 0, 1));
}

/** The local calendar date of a Date. */
export function toIsoDate(date: Date): IsoDate {
  return format(date, 'yyyy-MM-dd');
}

/** Today's local calendar date for a given instant (defaults to now). */
export function todayIso(now: Date = new Date()): IsoDate {
  return toIsoDate(now);
}
