// Which reminders are due at an instant, and the next instant anything is due.
import { machineToLocalDateTime, type ToInstant, type ToLocalDateTime } from './local-zone';
import { releasedFromQuietHours } from './quiet-hours';
import { isAwaitingDelivery, type Schedule, type ScheduleEntry } from './schedule';

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
  const due: DueEntry[] = [];
  for (const entry of schedule.entries) {
    if (!isAwaitingDelivery(entry)) continue;
    const dueAt = dueInstantOf(entry, toInstant);
    if (dueAt !== null && dueAt <= now) due.push({ entry, dueAt });
  }
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
  let next: number | null = null;
  for (const entry of schedule.entries) {
    if (!isAwaitingDelivery(entry)) continue;
    const dueAt = dueInstantOf(entry, toInstant);
    if (dueAt !== null && (next === null || dueAt < next)) next = dueAt;
  }
  if (next !== null && schedule.pausedUntil !== null && next < schedule.pausedUntil) next = schedule.pausedUntil;
  if (next === null || !at) return next;
  // Overdue work is shown now unless now is quiet; then it waits for the end.
  const shownAt = Math.max(next, at.now);
  const released = releasedFromQuietHours(shownAt, schedule.quietHours, toInstant, at.toLocal);
  return released > shownAt ? released : next;
}
