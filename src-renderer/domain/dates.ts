// Local calendar dates as 'YYYY-MM-DD'. A date is read field by field into a
// local midnight, so arithmetic is by calendar day in any time zone. (Built
// from fields rather than date-fns parse and format: they pull every parser
// and formatter into the start-up bundle for one fixed pattern.)
import type { IsoDate } from './types';

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

function localMidnight(year: number, month: number, day: number): Date {
  const date = new Date(2000, 0, 1);
  // setFullYear, not the constructor: the constructor maps years 0–99 to 1900–1999.
  date.setFullYear(year, month - 1, day);
  date.setHours(0, 0, 0, 0);
  return date;
}

function read(value: unknown): Date | null {
  if (typeof value !== 'string') return null;
  const match = ISO_DATE.exec(value);
  if (!match) return null;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = localMidnight(year, month, day);
  // A day that does not exist (2025-02-29, 2025-04-31) rolls over: refuse it.
  return date.getFullYear() === year && date.getMonth() === month - 1 && date.getDate() === day ? date : null;
}

/** True for a real calendar date written as YYYY-MM-DD (rejects 2025-02-29). */
export function isIsoDate(value: unknown): value is IsoDate {
  return read(value) !== null;
}

/** Orders ISO dates (plain comparison: no locale collation, which would load ICU). */
export function compareIsoDates(a: IsoDate, b: IsoDate): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** The local midnight of an ISO date. Throws on anything that is not a real date. */
export function fromIsoDate(value: IsoDate): Date {
  const date = read(value);
  if (!date) throw new RangeError(`Not a calendar date: "${String(value)}" (expected YYYY-MM-DD)`);
  return date;
}

const pad = (value: number, width: number) => String(value).padStart(width, '0');

/** The local calendar date of a Date. Throws on an invalid Date. */
export function toIsoDate(date: Date): IsoDate {
  if (Number.isNaN(date.getTime())) throw new RangeError('Invalid time value');
  return `${pad(date.getFullYear(), 4)}-${pad(date.getMonth() + 1, 2)}-${pad(date.getDate(), 2)}`;
}

/** Today's local calendar date for a given instant (defaults to now). */
export function todayIso(now: Date = new Date()): IsoDate {
  return toIsoDate(now);
}
