// A wall-clock time in a named IANA zone as an instant, with the zone rules the
// JavaScript runtime carries (Intl), so an exam at 09:00 in New York is written
// as the right UTC time on either side of a daylight-saving change.
import { fromIsoDate } from '../dates';
import type { IsoDate } from '../types';
import { minutesOfDay } from './values';

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(timeZone);
  if (!formatter) {
    // Throws a RangeError for a zone the runtime does not know.
    formatter = new Intl.DateTimeFormat('en-US', { timeZone, hourCycle: 'h23', year: 'numeric', month: 'numeric', day: 'numeric', hour: 'numeric', minute: 'numeric', second: 'numeric' });
    formatters.set(timeZone, formatter);
  }
  return formatter;
}

/** The zone's offset from UTC at an instant, in milliseconds. */
function offsetAt(instant: number, timeZone: string): number {
  const parts = Object.fromEntries(formatterFor(timeZone).formatToParts(instant).map((p) => [p.type, Number(p.value)]));
  const asUtc = Date.UTC(parts.year!, parts.month! - 1, parts.day!, parts.hour!, parts.minute!, parts.second!);
  return asUtc - (instant - (instant % 1000));
}

/** The instant a 'YYYY-MM-DD' + 'HH:mm' wall time happens in `timeZone`. A time in a spring-forward gap lands after it. */
export function wallTimeToUtc(date: IsoDate, time: string, timeZone: string): Date {
  const day = fromIsoDate(date);
  const wall = Date.UTC(day.getFullYear(), day.getMonth(), day.getDate()) + minutesOfDay(time) * 60_000;
  // Two passes: the offset near the guess settles on the one in force at the result.
  const guess = wall - offsetAt(wall, timeZone);
  const settled = wall - offsetAt(guess, timeZone);
  // In a spring-forward gap no instant has this wall time; the settled pass lands
  // before the gap and the first guess after it: take the one after.
  const landsOnIt = settled + offsetAt(settled, timeZone) === wall;
  return new Date(landsOnIt ? settled : Math.max(guess, settled));
}
