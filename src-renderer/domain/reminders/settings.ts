// The user's reminder preferences. Validated with zod wherever they cross a
// boundary (Dexie row, settings form); missing fields fall back to defaults.
// zod/mini (the tree-shakable build): settings are read at start-up, and the
// full zod is not loaded until a screen needs it.
import * as z from 'zod/mini';
import { CLOCK_TIME_PATTERN } from '../../../src-shared/ipc/clock-time';

const clockTime = z.string().check(z.regex(CLOCK_TIME_PATTERN, 'expected HH:mm (24-hour)'));

export const quietHoursSchema = z.object({
  enabled: z.boolean(),
  start: clockTime,
  end: clockTime,
});
export type QuietHours = z.infer<typeof quietHoursSchema>;

export const reminderSettingsSchema = z.object({
  /** Local time of the daily study nudge. */
  dailyTime: z._default(clockTime, '19:00'),
  /** Nudge on each study day of the plan. */
  studyNudge: z._default(z.boolean(), true),
  /** Days before a milestone or deadline for the early reminder (0 = none). */
  leadDays: z._default(z.int().check(z.minimum(0), z.maximum(30)), 2),
  /** Reminders that fall inside quiet hours move to their end. */
  quietHours: z._default(quietHoursSchema, { enabled: true, start: '22:00', end: '07:00' }),
  /** Exam countdown (30, 7 and 1 days before, and the morning of). */
  countdown: z._default(z.boolean(), true),
  /** Local time of milestone, deadline and countdown reminders. */
  milestoneTime: z._default(clockTime, '09:00'),
});
export type ReminderSettings = z.infer<typeof reminderSettingsSchema>;

export const DEFAULT_REMINDER_SETTINGS: ReminderSettings = Object.freeze(reminderSettingsSchema.parse({}));
