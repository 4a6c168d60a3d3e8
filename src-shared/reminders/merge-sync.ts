// Merges a freshly derived reminder list into the schedule by id. What the
// schedule already knows keeps its state (fired stays fired, a snooze stays),
// so a re-sync never fires anything twice; anything new is added, anything no
// longer derived is removed.
import type { Reminder } from '../ipc/contract';
import { machineToLocalDateTime, type ToInstant, type ToLocalDateTime } from './local-zone';
import { isAwaitingDelivery, type RetiredReminder, type Schedule, type ScheduleEntry } from './schedule';

/** A reminder first seen this long after its time is recorded as passed, not
 *  shown: it was never scheduled, so it was not "missed" (e.g. a plan created at
 *  night holding that morning's reminders is shown on screen, not notified).
 *  Within this window it is shown at once — a sync right after a time, a plan
 *  created the same day, or a schedule rebuilt after damage never loses one. */
export const FIRST_SIGHT_GRACE_MS = 12 * 60 * 60 * 1000;
/** A fired reminder that leaves the plan is remembered this long so that it is
 *  not fired again if it comes back (milestone un-done, settings toggled). */
export const RETIRED_KEEP_MS = 14 * 24 * 60 * 60 * 1000;

export function mergeSync(
  schedule: Schedule,
  incoming: readonly Reminder[],
  now: number,
  toInstant: ToInstant,
  toLocal: ToLocalDateTime = machineToLocalDateTime,
): Schedule {
  const known = new Map<string, ScheduleEntry>();
  for (const entry of schedule.entries) known.set(entry.reminder.id, entry);
  const retired = new Map<string, RetiredReminder>();
  for (const record of schedule.retired) retired.set(record.id, record);

  const latest = new Map<string, Reminder>();
  for (const reminder of incoming) latest.set(reminder.id, reminder); // a repeated id: the last one wins

  const passedLongAgo = (reminder: Reminder) => toInstant(reminder.at) < now - FIRST_SIGHT_GRACE_MS;
  const entries: ScheduleEntry[] = [];
  for (const reminder of latest.values()) {
    const previous = known.get(reminder.id);
    const gone = retired.get(reminder.id);
    if (previous) entries.push(updated(previous, reminder, passedLongAgo));
    else if (gone) {
      entries.push({ reminder, firedAt: gone.firedAt, snoozedUntil: null, delivery: gone.delivery });
      retired.delete(reminder.id);
    } else {
      entries.push({ reminder, firedAt: null, snoozedUntil: null, delivery: passedLongAgo(reminder) ? 'passed-before-scheduled' : null });
    }
  }
  const today = toLocal(now).slice(0, 10);
  for (const entry of schedule.entries) {
    if (latest.has(entry.reminder.id)) continue;
    // The renderer leaves out every reminder of a past day. One of those still
    // owed to the user (snoozed, or held back by a pause or a sleep) stays until
    // it is shown; a reminder of today or later that is left out was withdrawn.
    if (isAwaitingDelivery(entry) && entry.reminder.at.slice(0, 10) < today) {
      entries.push(entry);
      continue;
    }
    if (entry.firedAt === null || entry.delivery === null) continue;
    retired.set(entry.reminder.id, { id: entry.reminder.id, firedAt: entry.firedAt, delivery: entry.delivery });
  }
  const keptRetired = [...retired.values()].filter((record) => record.firedAt >= now - RETIRED_KEEP_MS);
  return { ...schedule, entries, retired: keptRetired, lastSyncAt: now };
}

function updated(previous: ScheduleEntry, reminder: Reminder, passedLongAgo: (r: Reminder) => boolean): ScheduleEntry {
  const moved = previous.reminder.at !== reminder.at;
  if (!moved || previous.delivery === 'notified' || previous.delivery === 'summarised') return { ...previous, reminder };
  // A pending reminder moved far into the past was never due at that time;
  // one that had passed before it was scheduled and now moves ahead is due again.
  return { ...previous, reminder, delivery: passedLongAgo(reminder) ? 'passed-before-scheduled' : null };
}
