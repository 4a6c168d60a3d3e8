// Words and times for reminders on screen.
import { format } from 'date-fns';
import type { Reminder, ReminderState } from '../host/host';
import { toIsoDate } from '../domain/dates';
import type { IsoDate } from '../domain/types';
import { userLocale } from '../ui/format';

export const KIND_LABELS: Record<Reminder['kind'], string> = {
  'milestone-due': 'Due today',
  'milestone-lead': 'Coming up',
  'registration-deadline': 'Registration',
  'scheduling-deadline': 'Scheduling',
  'exam-countdown': 'Exam countdown',
  'exam-day': 'Exam day',
  'study-nudge': 'Study nudge',
  'practice-exam': 'Practice exam',
  readiness: 'Readiness',
};

/** The instant of a local wall-clock 'YYYY-MM-DDTHH:mm' in this machine's zone. */
export function localInstant(at: string): Date {
  const [y = 1970, m = 1, d = 1, hh = 0, mm = 0] = at.match(/\d+/g)?.map(Number) ?? [];
  return new Date(y, m - 1, d, hh, mm);
}

export function formatClock(instant: Date | number): string {
  return format(instant, 'p', { locale: userLocale() });
}

/** '7:00 PM' for an 'HH:mm' setting, in the user's locale. */
export function formatClockSetting(time: string): string {
  return formatClock(localInstant(`2000-01-01T${time}`));
}

export interface ScheduledReminder {
  reminder: Reminder;
  /** When it shows: its own time, or the end of a snooze. */
  when: Date;
  day: IsoDate;
  state: ReminderState | undefined;
}

export function scheduleOf(reminders: readonly Reminder[], states: readonly ReminderState[]): ScheduledReminder[] {
  const byId = new Map(states.map((s) => [s.id, s]));
  return reminders
    .map((reminder) => {
      const state = byId.get(reminder.id);
      // A snooze (of a shown reminder or one still to come) sets when it shows next.
      const when = state?.snoozedUntil ? new Date(state.snoozedUntil) : localInstant(reminder.at);
      return { reminder, when, day: toIsoDate(when), state };
    })
    .sort((a, b) => a.when.getTime() - b.when.getTime() || a.reminder.id.localeCompare(b.reminder.id));
}

export function groupByDay(items: readonly ScheduledReminder[]): { day: IsoDate; items: ScheduledReminder[] }[] {
  const groups: { day: IsoDate; items: ScheduledReminder[] }[] = [];
  for (const item of items) {
    const last = groups[groups.length - 1];
    if (last && last.day === item.day) last.items.push(item);
    else groups.push({ day: item.day, items: [item] });
  }
  return groups;
}
