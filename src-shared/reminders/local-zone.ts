// Local wall-clock 'YYYY-MM-DDTHH:mm' <-> instants in the machine's *current*
// time zone, read at every call, so a daily 19:00 stays 19:00 local across
// daylight-saving changes and follows a move to another zone.
import { addDays, format } from 'date-fns';

export type LocalDateTime = string;
export type ToInstant = (local: LocalDateTime) => number;
export type ToLocalDateTime = (instant: number) => LocalDateTime;

const LOCAL = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/;

/** A wall time inside a spring-forward gap (02:30 on the change day) lands just
 *  after the gap; an ambiguous fall-back time takes its first occurrence.
 *  Built from fields rather than date-fns parse: it runs for every pending
 *  reminder on every evaluation and is many times faster. */
export const machineToInstant: ToInstant = (local) => {
  const match = LOCAL.exec(local);
  if (!match) throw new RangeError(`Not a local date-time: "${local}" (expected YYYY-MM-DDTHH:mm)`);
  const [, y, mo, d, h, mi] = match.map(Number) as [number, number, number, number, number, number];
  return new Date(y, mo - 1, d, h, mi, 0, 0).getTime();
};

export const machineToLocalDateTime: ToLocalDateTime = (instant) => format(instant, "yyyy-MM-dd'T'HH:mm");

/** The calendar day after a 'YYYY-MM-DD' date (noon keeps DST changes out of it). */
export function nextCalendarDate(date: string): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return format(addDays(new Date(y, m - 1, d, 12), 1), 'yyyy-MM-dd');
}

/** The next calendar day at a wall-clock time ('HH:mm'), as an instant. */
export function tomorrowAt(now: number, time: string, toInstant: ToInstant, toLocal: ToLocalDateTime): number {
  return toInstant(`${nextCalendarDate(toLocal(now).slice(0, 10))}T${time}`);
}
