// The user's reminder preferences, checked wherever they cross a boundary
// (Dexie row, settings form, backup); missing fields fall back to defaults,
// since older saves lack newer fields. Checked by hand rather than with zod:
// settings are read before the first screen shows, and zod would more than
// double the code that start-up loads beyond React and Dexie.
import { CLOCK_TIME_PATTERN } from '../../../src-shared/ipc/clock-time';

export interface QuietHours {
  enabled: boolean;
  start: string;
  end: string;
}

export interface ReminderSettings {
  /** Local time 'HH:mm' of the daily study nudge. */
  dailyTime: string;
  /** Nudge on each study day of the plan. */
  studyNudge: boolean;
  /** Days before a milestone or deadline for the early reminder (0 = none), 0 to 30. */
  leadDays: number;
  /** Reminders that fall inside quiet hours move to their end. */
  quietHours: QuietHours;
  /** Exam countdown (30, 7 and 1 days before, and the morning of). */
  countdown: boolean;
  /** Local time 'HH:mm' of milestone, deadline and countdown reminders. */
  milestoneTime: string;
}

export const MAX_LEAD_DAYS = 30;

export const DEFAULT_REMINDER_SETTINGS: ReminderSettings = Object.freeze({
  dailyTime: '19:00',
  studyNudge: true,
  leadDays: 2,
  quietHours: Object.freeze({ enabled: true, start: '22:00', end: '07:00' }),
  countdown: true,
  milestoneTime: '09:00',
});

/** A field that failed, by its path ('quietHours.start'); '' when the whole value is not an object. */
export type ReminderSettingsField = '' | 'dailyTime' | 'studyNudge' | 'leadDays' | 'quietHours' | 'quietHours.enabled' | 'quietHours.start' | 'quietHours.end' | 'countdown' | 'milestoneTime';

export type ReminderSettingsCheck = { ok: true; settings: ReminderSettings } | { ok: false; invalid: ReminderSettingsField[] };

const isClockTime = (value: unknown): value is string => typeof value === 'string' && CLOCK_TIME_PATTERN.test(value);
const isBoolean = (value: unknown): value is boolean => typeof value === 'boolean';
const isLeadDays = (value: unknown): value is number => Number.isInteger(value) && (value as number) >= 0 && (value as number) <= MAX_LEAD_DAYS;
const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/** Every field present must be right; absent ones take their defaults. */
export function checkReminderSettings(raw: unknown): ReminderSettingsCheck {
  if (!isRecord(raw)) return { ok: false, invalid: [''] };
  const invalid: ReminderSettingsField[] = [];
  const field = <T>(name: ReminderSettingsField & keyof ReminderSettings, ok: (value: unknown) => value is T, fallback: T): T => {
    const value = raw[name];
    if (value === undefined) return fallback;
    if (ok(value)) return value;
    invalid.push(name);
    return fallback;
  };
  let quietHours = DEFAULT_REMINDER_SETTINGS.quietHours;
  if (raw.quietHours !== undefined) {
    const quiet = raw.quietHours;
    if (!isRecord(quiet)) invalid.push('quietHours');
    else {
      if (!isBoolean(quiet.enabled)) invalid.push('quietHours.enabled');
      if (!isClockTime(quiet.start)) invalid.push('quietHours.start');
      if (!isClockTime(quiet.end)) invalid.push('quietHours.end');
      quietHours = { enabled: quiet.enabled === true, start: String(quiet.start), end: String(quiet.end) };
    }
  }
  const settings: ReminderSettings = {
    dailyTime: field('dailyTime', isClockTime, DEFAULT_REMINDER_SETTINGS.dailyTime),
    studyNudge: field('studyNudge', isBoolean, DEFAULT_REMINDER_SETTINGS.studyNudge),
    leadDays: field('leadDays', isLeadDays, DEFAULT_REMINDER_SETTINGS.leadDays),
    quietHours,
    countdown: field('countdown', isBoolean, DEFAULT_REMINDER_SETTINGS.countdown),
    milestoneTime: field('milestoneTime', isClockTime, DEFAULT_REMINDER_SETTINGS.milestoneTime),
  };
  return invalid.length ? { ok: false, invalid } : { ok: true, settings };
}

/** The settings, or undefined when any field present is wrong. */
export function parseReminderSettings(raw: unknown): ReminderSettings | undefined {
  const checked = checkReminderSettings(raw);
  return checked.ok ? checked.settings : undefined;
}
