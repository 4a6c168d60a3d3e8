// State changes the user or the scheduler makes: fired, snoozed, paused,
// reopened after the clock was set back.
import { tomorrowAt, type ToInstant, type ToLocalDateTime } from './local-zone';
import type { Delivery, Schedule, ScheduleEntry } from './schedule';
import type { ReminderHolds } from '../ipc/contract';

export const SNOOZE_HOUR_MS = 60 * 60 * 1000;
/** "Tomorrow" for a snooze or a pause means tomorrow at this local time. */
export const TOMORROW_TIME = '09:00';

export type SnoozePeriod = 'hour' | 'tomorrow';
export type PausePeriod = SnoozePeriod | 'off';

export class ReminderNotFoundError extends Error {
  constructor(id: string) {
    super(`No scheduled reminder has the id "${id}". Sync the reminders and try again.`);
    this.name = 'ReminderNotFoundError';
  }
}

export function markFired(schedule: Schedule, ids: Iterable<string>, delivery: Delivery, now: number): Schedule {
  const fired = new Set(ids);
  if (fired.size === 0) return schedule;
  return {
    ...schedule,
    entries: schedule.entries.map((entry) =>
      fired.has(entry.reminder.id) ? { ...entry, firedAt: now, snoozedUntil: null, delivery } : entry,
    ),
  };
}

export function periodEnd(period: SnoozePeriod, now: number, toInstant: ToInstant, toLocal: ToLocalDateTime): number {
  return period === 'hour' ? now + SNOOZE_HOUR_MS : tomorrowAt(now, TOMORROW_TIME, toInstant, toLocal);
}

/** Shows the reminders again at the end of the period (whether or not they were shown yet). */
export function snooze(schedule: Schedule, ids: readonly string[], until: number): Schedule {
  const snoozed = new Set(ids);
  for (const id of snoozed) {
    if (!schedule.entries.some((entry) => entry.reminder.id === id)) throw new ReminderNotFoundError(id);
  }
  return {
    ...schedule,
    entries: schedule.entries.map((entry) => (snoozed.has(entry.reminder.id) ? { ...entry, snoozedUntil: until } : entry)),
  };
}

/** Nothing is shown before `until`; what fell due meanwhile is shown (collapsed) when the pause ends. */
export function pause(schedule: Schedule, until: number | null, at: number | null = schedule.pausedAt ?? null): Schedule {
  return { ...schedule, pausedUntil: until, pausedAt: at };
}

/**
 * A pause and snoozes carried from the student's other computers (the synced
 * `reminderHolds` setting). The rule: the pause set or lifted last, on any
 * computer, wins; a carried snooze only ever moves a reminder later, and only
 * while it still lies ahead — so nothing carried makes a reminder show twice
 * or sooner.
 */
export function applyHolds(schedule: Schedule, holds: ReminderHolds | undefined, now: number): Schedule {
  if (!holds) return schedule;
  const next = holds.pausedAt > (schedule.pausedAt ?? 0) ? pause(schedule, holds.pausedUntil, holds.pausedAt) : schedule;
  const entries = next.entries.map((entry) => {
    const until = holds.snoozes[entry.reminder.id];
    return until !== undefined && until > now && until > (entry.snoozedUntil ?? 0) ? { ...entry, snoozedUntil: until } : entry;
  });
  return { ...next, entries };
}

/** A delivery at most this far ahead of the corrected clock still counts: the
 *  user was told close enough to the time, and a clock set back by an hour (a
 *  manual daylight-saving fix) does not repeat what was just shown. Further
 *  ahead, the reminder was shown too early to count and comes again. */
export const CLOCK_SET_BACK_TOLERANCE_MS = 60 * 60 * 1000;

/** After the clock was set far ahead (firing what lay in between) and then
 *  corrected, reminders whose time is still to come are pending again so they
 *  fire at their real time. Returns the ids reopened. */
export function reopenAfterClockSetBack(schedule: Schedule, now: number, toInstant: ToInstant): { schedule: Schedule; reopened: string[] } {
  const reopened: string[] = [];
  const entries = schedule.entries.map((entry) => {
    if (!wasHandledInTheFuture(entry, now) || toInstant(entry.reminder.at) <= now) return entry;
    reopened.push(entry.reminder.id);
    return { ...entry, firedAt: null, snoozedUntil: null, delivery: null };
  });
  return reopened.length === 0 ? { schedule, reopened } : { schedule: { ...schedule, entries }, reopened };
}

function wasHandledInTheFuture(entry: ScheduleEntry, now: number): boolean {
  if (entry.delivery === 'notified' || entry.delivery === 'summarised') {
    return entry.firedAt !== null && entry.firedAt > now + CLOCK_SET_BACK_TOLERANCE_MS;
  }
  // Only ever recorded for a time already long past; one still to come means the clock was ahead then.
  return entry.delivery === 'passed-before-scheduled';
}
