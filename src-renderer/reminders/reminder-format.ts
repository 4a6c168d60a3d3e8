// Words and times for reminders on screen.
import { addDays, format } from 'date-fns';
import type { QuietHoursSetting, Reminder, ReminderState } from '../host/host';
import { toIsoDate } from '../domain/dates';
import type { IsoDate } from '../domain/types';
import type { NudgeSeries, QuietHold } from '../domain/reminders';
import { snoozeReturn } from '../../src-shared/reminders/quiet-hours';
import { machineToInstant, machineToLocalDateTime } from '../../src-shared/reminders/local-zone';
import { formatDate, userLocale } from '../ui/format';

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

export function scheduleOf(reminders: readonly Reminder[], states: readonly ReminderState[], quiet: QuietHoursSetting | null): ScheduledReminder[] {
  const byId = new Map(states.map((s) => [s.id, s]));
  return reminders
    .map((reminder) => {
      const state = byId.get(reminder.id);
      // A snooze (of a shown reminder or one still to come) sets when it shows next, held past quiet hours like the scheduler does.
      const when = state?.snoozedUntil ? new Date(snoozeReturn(state.snoozedUntil, quiet, machineToInstant, machineToLocalDateTime).at) : localInstant(reminder.at);
      return { reminder, when, day: toIsoDate(when), state };
    })
    .sort((a, b) => a.when.getTime() - b.when.getTime() || a.reminder.id.localeCompare(b.reminder.id));
}

/** '8:15 PM' today, '7:00 AM tomorrow', else 'Thu, Dec 3, 2026 at 7:00 AM'. */
export function formatComingBack(instant: number, now: Date): string {
  const day = toIsoDate(new Date(instant));
  if (day === toIsoDate(now)) return formatClock(instant);
  if (day === toIsoDate(addDays(now, 1))) return `${formatClock(instant)} tomorrow`;
  return `${formatDate(day, 'long')} at ${formatClock(instant)}`;
}

/** 'Snoozed until 8:15 PM.', saying so when quiet hours hold it past the snooze's end. */
export function snoozedMessage(snoozedUntil: number, quiet: QuietHoursSetting | null, now: Date): string {
  const back = snoozeReturn(snoozedUntil, quiet, machineToInstant, machineToLocalDateTime);
  const until = `Snoozed until ${formatComingBack(back.at, now)}`;
  return back.heldByQuietHours ? `${until}: the snooze ends at ${formatClock(snoozedUntil)}, in quiet hours.` : `${until}.`;
}

/** 'Set for 11:00 PM, held until 7:00 AM by quiet hours.' */
export function quietHoldText(hold: QuietHold): string {
  return `Set for ${formatClockSetting(hold.setFor)}, held until ${formatClockSetting(hold.until)} by quiet hours.`;
}

/** 'Mon, Wed, Fri' in the user's locale, Monday first as given; 'every day' for all seven. */
export function formatWeekdays(weekdays: readonly number[]): string {
  if (weekdays.length === 7) return 'every day';
  // 7 January 2024 was a Sunday: day n of the week is n days later.
  return weekdays.map((day) => format(new Date(2024, 0, 7 + day), 'EEE', { locale: userLocale() })).join(', ');
}

/** 'Every study day at 7:00 PM', or '… at 11:00 PM, held until 7:00 AM by quiet hours'. */
export function nudgeRuleText(series: NudgeSeries): string {
  const lead = series.weekdays.length === 7 ? 'Every day' : 'Every study day';
  const at = `${lead} at ${formatClockSetting(series.setFor)}`;
  return series.hold ? `${at}, held until ${formatClockSetting(series.hold.until)} by quiet hours` : at;
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
