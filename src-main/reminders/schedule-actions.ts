// State changes the user or the scheduler makes: fired, snoozed, paused.
import { tomorrowAt, type ToInstant, type ToLocalDateTime } from './local-zone';
import type { Delivery, Schedule } from './schedule';

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
export function pause(schedule: Schedule, until: number | null): Schedule {
  return { ...schedule, pausedUntil: until };
}
