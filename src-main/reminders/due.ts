// Which reminders are due at an instant, and the next instant anything is due.
import type { ToInstant } from './local-zone';
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

export function dueNow(schedule: Schedule, now: number, toInstant: ToInstant): DueNow {
  const result: DueNow = { onTime: [], missed: [] };
  if (isPaused(schedule, now)) return result;
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
 *  the end of a pause. Null when nothing is left to show. */
export function nextDueInstant(schedule: Schedule, toInstant: ToInstant): number | null {
  let next: number | null = null;
  for (const entry of schedule.entries) {
    if (!isAwaitingDelivery(entry)) continue;
    const dueAt = dueInstantOf(entry, toInstant);
    if (dueAt !== null && (next === null || dueAt < next)) next = dueAt;
  }
  if (next !== null && schedule.pausedUntil !== null && next < schedule.pausedUntil) return schedule.pausedUntil;
  return next;
}
