// The reminder list the host schedules, derived from the plans the database
// holds (db/reminder-source.ts), with dates written in the user's locale like
// the rest of the app.
import type { ReminderSource } from '../db/reminder-source';
import { DEFAULT_HORIZON_DAYS, deriveReminders } from '../domain/reminders';
import type { IsoDate } from '../domain/types';
import type { Reminder } from '../host/host';
import { formatDate } from '../ui/format';

/** The reminders, their dates written in the user's locale like the rest of the app. */
export function remindersFor(source: ReminderSource, today: IsoDate): Reminder[] {
  return deriveReminders(source.plans, source.settings, today, DEFAULT_HORIZON_DAYS, (date) => formatDate(date, 'long'));
}
