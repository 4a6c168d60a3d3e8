// Reminder derivation for the renderer: what to remind, when (local wall time).
// Main schedules and fires them; see src-shared/reminders (the core) and src-main/reminders (its Electron adapter).
export { deriveReminders, reminderDate, DEFAULT_HORIZON_DAYS, COUNTDOWN_DAYS, EXAM_DAY_TIME, PRACTICE_EXAM_DAYS_BEFORE_REGISTRATION, READINESS_NUDGE_DAYS_BEFORE_EXAM } from './reminders/derive';
export type { ReminderPlan, ReminderMilestone } from './reminders/derive';
export { checkReminderSettings, parseReminderSettings, DEFAULT_REMINDER_SETTINGS, MAX_LEAD_DAYS } from './reminders/settings';
export type { ReminderSettings, ReminderSettingsField, QuietHours } from './reminders/settings';
export { applyQuietHours } from './reminders/quiet-hours';
export { upcomingReminders } from './reminders/upcoming';
export { reminderId } from './reminders/reminder-id';
export type { ReminderKind } from './reminders/reminder-id';
export type { LocalDateTime, ClockTime } from './reminders/local-date-time';
export type { FormatDate } from './reminders/texts';
export { nudgeSeries, quietHold, setTimeOf } from './reminders/summary';
export type { NudgeSeries, QuietHold } from './reminders/summary';
