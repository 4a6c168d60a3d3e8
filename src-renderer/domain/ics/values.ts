// Formatting of iCalendar DATE, DATE-TIME and DURATION values.
import { addDays } from 'date-fns';
import { fromIsoDate, toIsoDate } from '../dates';
import type { IsoDate } from '../types';

const CLOCK_TIME = /^([01]\d|2[0-3]):([0-5]\d)$/;

/** Minutes after midnight of a 'HH:mm' wall-clock time; throws on anything else. */
export function minutesOfDay(time: string): number {
  const match = CLOCK_TIME.exec(time);
  if (!match) throw new RangeError(`Not a time of day: "${time}" (expected HH:mm)`);
  return Number(match[1]) * 60 + Number(match[2]);
}

/** 'YYYY-MM-DD' → 'YYYYMMDD' (a DATE value), checking it is a real date. */
export function icsDate(date: IsoDate): string {
  return toIsoDate(fromIsoDate(date)).replace(/-/g, '');
}

/** The calendar day after `date`, as a DATE value (all-day DTEND is exclusive). */
export function icsNextDay(date: IsoDate): string {
  return toIsoDate(addDays(fromIsoDate(date), 1)).replace(/-/g, '');
}

/** A floating local DATE-TIME: the same wall-clock time in any zone. */
export function icsFloatingDateTime(date: IsoDate, time: string): string {
  const minutes = minutesOfDay(time);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${icsDate(date)}T${pad(Math.floor(minutes / 60))}${pad(minutes % 60)}00`;
}

/** An instant as a UTC DATE-TIME, e.g. 20250314T093000Z. */
export function icsUtc(instant: Date): string {
  return instant.toISOString().replace(/\.\d{3}Z$/, 'Z').replace(/[-:]/g, '');
}

/** A signed DURATION from whole minutes, e.g. -P2DT15H, PT9H30M, PT0S. */
export function icsDuration(totalMinutes: number): string {
  if (!Number.isInteger(totalMinutes)) throw new RangeError(`Not whole minutes: ${totalMinutes}`);
  const sign = totalMinutes < 0 ? '-' : '';
  let rest = Math.abs(totalMinutes);
  const days = Math.floor(rest / 1440);
  rest -= days * 1440;
  const hours = Math.floor(rest / 60);
  const minutes = rest % 60;
  const time = `${hours ? `${hours}H` : ''}${minutes ? `${minutes}M` : ''}`;
  if (!days && !time) return 'PT0S';
  return `${sign}P${days ? `${days}D` : ''}${time ? `T${time}` : ''}`;
}
