// Which reminders are due at an instant, and the next instant anything is due.
import { machineToLocalDateTime, type LocalDateTime, type ToInstant, type ToLocalDateTime } from './local-zone';
import { releasedFromQuietHours } from './quiet-hours';
import type { Schedule, ScheduleEntry } from './schedule';

/** A reminder shown within this long after its time counts as on time; later
 *  than that (sleep, app closed, paused) it is "missed" and may be collapsed. */
export const ON_TIME_TOLERANCE_MS = 5 * 60 * 1000;

export interface DueEntry {
  entry: ScheduleEntry;
  dueAt: number;
}

export interface DueNow {
  /** Each gets its own notification. */
  onTime: DueEntry[];
  /** Missed while asleep, closed or paused: one notification if there is one,
   *  else a single summary of all of them. */
  missed: DueEntry[];
}

/** Wall times further apart than this keep their order as instants whatever
 *  the zone does: clocks move by at most 2 h for daylight saving, and a zone's
 *  jump across the date line (Samoa, 2011) by 24 h. */
const WALL_ORDER_MARGIN_MS = 26 * 60 * 60 * 1000;

/** A 'YYYY-MM-DDTHH:mm' wall time moved by `ms` on the plain calendar (no zone). */
function wallPlus(local: LocalDateTime, ms: number): LocalDateTime {
  const [date = '', time = ''] = local.split('T');
  const [y, mo, d] = date.split('-').map(Number) as [number, number, number];
  const [h, mi] = time.split(':').map(Number) as [number, number];
  return new Date(Date.UTC(y, mo - 1, d, h, mi) + ms).toISOString().slice(0, 16);
}

/**
 * The entries whose wall time may fall at or before the instant of `limit`:
 * turning 10,000 wall times into instants is the cost of a scan, comparing
 * them as text is not ('YYYY-MM-DDTHH:mm' sorts in time order), so only wall
 * times within the margin of `limit` are converted.
 */
function dueBy(entries: readonly ScheduleEntry[], limit: LocalDateTime | null, toInstant: ToInstant): DueEntry[] {
  const bound = limit === null ? null : wallPlus(limit, WALL_ORDER_MARGIN_MS);
  const found: DueEntry[] = [];
  for (const entry of entries) {
    if (entry.snoozedUntil !== null) found.push({ entry, dueAt: entry.snoozedUntil });
    else if (bound !== null && entry.delivery === null && entry.reminder.at <= bound) found.push({ entry, dueAt: toInstant(entry.reminder.at) });
  }
  return found;
}

/** The instant an entry is due, or null when it has nothing left to show. */
export function dueInstantOf(entry: ScheduleEntry, toInstant: ToInstant): number | null {
  if (entry.snoozedUntil !== null) return entry.snoozedUntil;
  if (entry.delivery !== null) return null;
  return toInstant(entry.reminder.at);
}

export function isPaused(schedule: Schedule, now: number): boolean {
  return schedule.pausedUntil !== null && schedule.pausedUntil > now;
}

export function isQuietNow(schedule: Schedule, now: number, toInstant: ToInstant, toLocal: ToLocalDateTime): boolean {
  return releasedFromQuietHours(now, schedule.quietHours, toInstant, toLocal) > now;
}

/** What to show now; nothing while paused or inside quiet hours (it waits for their end). */
export function dueNow(schedule: Schedule, now: number, toInstant: ToInstant, toLocal: ToLocalDateTime = machineToLocalDateTime): DueNow {
  const result: DueNow = { onTime: [], missed: [] };
  if (isPaused(schedule, now) || isQuietNow(schedule, now, toInstant, toLocal)) return result;
  const due = dueBy(schedule.entries, toLocal(now), toInstant).filter((item) => item.dueAt <= now);
  due.sort((a, b) => a.dueAt - b.dueAt || (a.entry.reminder.id < b.entry.reminder.id ? -1 : 1));
  for (const item of due) (now - item.dueAt <= ON_TIME_TOLERANCE_MS ? result.onTime : result.missed).push(item);
  return result;
}

/** When the scheduler must next look: the earliest due instant, held back to
 *  the end of a pause and, given `now`, to the end of quiet hours it (or, when
 *  overdue, now) falls in. Null when nothing is left to show. */
export function nextDueInstant(
  schedule: Schedule,
  toInstant: ToInstant,
  at?: { now: number; toLocal: ToLocalDateTime },
): number | null {
  // The earliest wall time still to show bounds the search (snoozes are instants already).
  let earliest: LocalDateTime | null = null;
  for (const entry of schedule.entries) {
    if (entry.snoozedUntil === null && entry.delivery === null && (earliest === null || entry.reminder.at < earliest)) earliest = entry.reminder.at;
  }
  let next: number | null = null;
  for (const { dueAt } of dueBy(schedule.entries, earliest, toInstant)) if (next === null || dueAt < next) next = dueAt;
  if (next !== null && schedule.pausedUntil !== null && next < schedule.pausedUntil) next = schedule.pausedUntil;
  if (next === null || !at) return next;
  // Overdue work is shown now unless now is quiet; then it waits for the end.
  const shownAt = Math.max(next, at.now);
  const released = releasedFromQuietHours(shownAt, schedule.quietHours, toInstant, at.toLocal);
  return released > shownAt ? released : next;
}
