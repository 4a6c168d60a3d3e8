// The persisted reminder schedule: the last synced reminders with what has
// happened to each, plus fired reminders that later left the plan (so one that
// comes back is not fired again), the pause and the quiet hours.
import { z } from 'zod';
import { quietHoursSchema, reminderSchema, type QuietHoursSetting, type Reminder } from '../ipc/contract';

/** How a reminder was handled; null while it is still to come. */
export const DELIVERIES = ['notified', 'summarised', 'passed-before-scheduled'] as const;
export type Delivery = (typeof DELIVERIES)[number];

export interface ScheduleEntry {
  reminder: Reminder;
  /** When it was last shown (alone or in a summary); null if never. */
  firedAt: number | null;
  /** Show (again) at this instant — set by a snooze. */
  snoozedUntil: number | null;
  delivery: Delivery | null;
}

export interface RetiredReminder {
  id: string;
  firedAt: number;
  delivery: Delivery;
}

export interface RecoveryNote {
  /** When the damaged file was found. */
  at: number;
  /** Where it was moved to (kept for support), or null if it could not be moved. */
  setAsideAs: string | null;
  reason: string;
}

export interface Schedule {
  version: 1;
  entries: ScheduleEntry[];
  retired: RetiredReminder[];
  pausedUntil: number | null;
  /** When the pause was last set or lifted (here or on another computer): a carried pause applies only if later. */
  pausedAt?: number | null;
  lastSyncAt: number | null;
  /** Set when the schedule was rebuilt after its file was damaged. */
  recovery: RecoveryNote | null;
  /** From the last sync; nothing is shown inside them. Null: none. */
  quietHours: QuietHoursSetting | null;
  /** The app's locale from the last sync, for dates in notifications; null: the system's. */
  locale: string | null;
}

const instant = z.number().finite();

export const scheduleSchema = z.object({
  version: z.literal(1),
  entries: z.array(
    z.object({
      reminder: reminderSchema,
      firedAt: instant.nullable(),
      snoozedUntil: instant.nullable(),
      delivery: z.enum(DELIVERIES).nullable(),
    }),
  ),
  retired: z.array(z.object({ id: z.string().min(1), firedAt: instant, delivery: z.enum(DELIVERIES) })),
  pausedUntil: instant.nullable(),
  pausedAt: instant.nullable().default(null),
  lastSyncAt: instant.nullable(),
  recovery: z.object({ at: instant, setAsideAs: z.string().nullable(), reason: z.string() }).nullable(),
  // Files written before quiet hours and the locale were synced have neither.
  quietHours: quietHoursSchema.nullable().default(null),
  locale: z.string().max(35).nullable().default(null),
}) satisfies z.ZodType<Schedule>;

export function emptySchedule(recovery: RecoveryNote | null = null): Schedule {
  return { version: 1, entries: [], retired: [], pausedUntil: null, pausedAt: null, lastSyncAt: null, recovery, quietHours: null, locale: null };
}

export function isAwaitingDelivery(entry: ScheduleEntry): boolean {
  return entry.snoozedUntil !== null || entry.delivery === null;
}
