// The user's reminder preferences. Validated with zod wherever they cross a
// boundary (Dexie row, settings form); missing fields fall back to defaults.
import { z } from 'zod';

const clockTime = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'expected HH:mm (24-hour)');

export const quietHoursSchema = z.object({
  enabled: z.boolean(),
  start: clockTime,
  end: clockTime,
});
export type QuietHours = z.infer<typeof quietHoursSchema>;

export const reminderSettingsSchema = z.object({
  /** Local time of the daily study nudge. */
  dailyTime: clockTime.default('19:00'),
  /** Nudge on each study day of the plan. */
  studyNudge: z.boolean().default(true),
  /** Days before a milestone or deadline for the early reminder (0 = none). */
  leadDays: z.number().int().min(0).max(30).default(2),
  /** Reminders that fall inside quiet hours move to their end. */
  quietHours: quietHoursSchema.default({ enabled: true, start: '22:00', end: '07:00' }),
  /** Exam countdown (30, 7 and 1 days before, and the morning of). */
  countdown: z.boolean().default(true),
  /** Local time of milestone, deadline and countdown reminders. */
  milestoneTime: clockTime.default('09:00'),
});
export type ReminderSettings = z.infer<typeof reminderSettingsSchema>;

export const DEFAULT_REMINDER_SETTINGS: ReminderSettings = Object.freeze(reminderSettingsSchema.parse({}));
