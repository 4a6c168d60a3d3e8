// The one contract between renderer and main: every channel's name with the
// zod schemas of its request and response. The preload exposes exactly these
// channels; main validates every request (and the sender) before acting.
import { z } from 'zod';
import { BACKUP_REASONS } from '../backups/backup-names';
import { MAX_BACKUP_CHARS, MAX_KEEP, MIN_KEEP } from '../backups/write-rule';
import type { BackgroundSettings } from '../settings/background';
import { CLOCK_TIME_PATTERN } from './clock-time';
import { syncChannels, syncEvents } from '../sync/sync-contract';

const backgroundSettingsSchema: z.ZodType<BackgroundSettings> = z.object({ closeToTray: z.boolean(), launchAtLogin: z.boolean() });

const id = z.string().min(1).max(200);
/** A local wall-clock time 'YYYY-MM-DDTHH:mm'; main turns it into an instant
 *  in the machine's current time zone, so reminders follow zone changes. */
const localDateTime = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}T([01]\d|2[0-3]):[0-5]\d$/, 'expected YYYY-MM-DDTHH:mm')
  .refine((value) => isRealCalendarDate(value.slice(0, 10)), 'not a real calendar date');

/** True for a date that exists (rejects 2025-02-30 rather than rolling it over). */
function isRealCalendarDate(iso: string): boolean {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

/** A wall-clock time 'HH:mm' (24-hour). */
const clockTime = z.string().regex(CLOCK_TIME_PATTERN, 'expected HH:mm (24-hour)');

/** The user's quiet hours, in the schedule's zone; start later than end crosses
 *  midnight, start equal to end silences nothing. */
export const quietHoursSchema = z.object({ enabled: z.boolean(), start: clockTime, end: clockTime });
export type QuietHoursSetting = z.infer<typeof quietHoursSchema>;

export const appInfoSchema = z.object({
  name: z.string(),
  version: z.string(),
  platform: z.string(),
  dataFolder: z.string(),
  electron: z.string().nullable(),
});
export type AppInfo = z.infer<typeof appInfoSchema>;

export const REMINDER_KINDS = [
  'milestone-due',
  'milestone-lead',
  'registration-deadline',
  'scheduling-deadline',
  'exam-countdown',
  'exam-day',
  'study-nudge',
  'practice-exam',
  'readiness',
] as const;

export const reminderSchema = z.object({
  id,
  planId: id,
  milestoneId: id.nullable(),
  kind: z.enum(REMINDER_KINDS),
  title: z.string().min(1).max(200),
  body: z.string().max(1000),
  at: localDateTime,
});
export type Reminder = z.infer<typeof reminderSchema>;

/** A pause and snoozes made on any of the student's computers, carried by the synced settings. */
export const reminderHoldsSchema = z.object({
  pausedUntil: z.number().nullable(),
  /** When that pause was set or lifted; 0: never. */
  pausedAt: z.number(),
  /** Reminder id → the instant it shows again. */
  snoozes: z.record(id, z.number()),
});
export type ReminderHolds = z.infer<typeof reminderHoldsSchema>;

export const reminderStateSchema = z.object({
  id,
  firedAt: z.number().nullable(),
  snoozedUntil: z.number().nullable(),
});
export type ReminderState = z.infer<typeof reminderStateSchema>;

export const backupInfoSchema = z.object({
  name: z.string(),
  createdAt: z.number(),
  size: z.number(),
  reason: z.string(),
});
export type BackupInfo = z.infer<typeof backupInfoSchema>;

const ok = z.object({ ok: z.literal(true) });
const none = z.undefined();
const MAX_FILE_CHARS = 64 * 1024 * 1024;

export const contract = {
  'app:get-info': { request: none, response: appInfoSchema },
  'reminders:sync': {
    request: z.object({
      reminders: z.array(reminderSchema).max(50_000),
      /** The renderer's IANA zone: Electron's main process keeps the zone it started in. */
      timeZone: z.string().min(1).max(100).optional(),
      /** Main holds missed reminders during these; absent means none. */
      quietHours: quietHoursSchema.optional(),
      /** The app's locale (BCP 47, e.g. 'en-GB'): dates in notifications main writes follow it. */
      locale: z.string().max(35).regex(/^[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*$/, 'expected a language tag such as en-GB').optional(),
      /** Pause and snoozes from the synced settings (see applyHolds); absent: none carried. */
      holds: reminderHoldsSchema.optional(),
    }),
    response: z.object({ scheduled: z.number() }),
  },
  'reminders:get-state': {
    request: none,
    response: z.object({
      states: z.array(reminderStateSchema),
      pausedUntil: z.number().nullable(),
      /** Set when a damaged schedule file was set aside and the schedule rebuilt. */
      recovery: z.object({ at: z.number(), setAsideAs: z.string().nullable(), reason: z.string() }).nullable(),
      awaitingSync: z.boolean(),
      lastSyncAt: z.number().nullable(),
      nextDueAt: z.number().nullable(),
      lastSaveError: z.string().nullable(),
    }),
  },
  'reminders:snooze': {
    request: z.object({ id, until: z.enum(['hour', 'tomorrow']) }),
    response: z.object({ snoozedUntil: z.number() }),
  },
  'reminders:pause': {
    request: z.object({ for: z.enum(['hour', 'tomorrow', 'off']) }),
    response: z.object({ pausedUntil: z.number().nullable() }),
  },
  'reminders:test': { request: none, response: z.object({ shown: z.boolean() }) },
  'settings:set-background': { request: backgroundSettingsSchema, response: ok },
  'backups:write': {
    request: z.object({
      reason: z.enum(BACKUP_REASONS),
      json: z.string().min(2).max(MAX_BACKUP_CHARS),
      keep: z.number().int().min(MIN_KEEP).max(MAX_KEEP),
    }),
    response: z.object({ written: z.boolean(), name: z.string().nullable() }),
  },
  'backups:list': { request: none, response: z.object({ backups: z.array(backupInfoSchema) }) },
  'backups:read': {
    request: z.object({ name: z.string().regex(/^coderpath-[\w.-]+\.json$/) }),
    response: z.object({ json: z.string() }),
  },
  'files:save': {
    request: z.object({
      suggestedName: z.string().min(1).max(200).regex(/^[^/\\]+$/, 'a file name, not a path'),
      content: z.string().max(MAX_FILE_CHARS),
      kind: z.enum(['json', 'ics']),
    }),
    response: z.object({ saved: z.boolean(), path: z.string().nullable() }),
  },
  'files:open': {
    request: z.object({ kind: z.enum(['json']) }),
    response: z.object({ name: z.string(), content: z.string() }).nullable(),
  },
  'print:pdf': {
    request: z.object({ suggestedName: z.string().min(1).max(200).regex(/^[^/\\]+\.pdf$/) }),
    response: z.object({ saved: z.boolean(), path: z.string().nullable() }),
  },
  'shell:open-external': {
    request: z.object({ url: z.string().url().max(2000) }),
    response: z.object({ opened: z.boolean() }),
  },
  ...syncChannels,
} as const;

export type Contract = typeof contract;
export type Channel = keyof Contract;
export type RequestOf<C extends Channel> = z.infer<Contract[C]['request']>;
export type ResponseOf<C extends Channel> = z.infer<Contract[C]['response']>;
export const CHANNELS = Object.keys(contract) as Channel[];

/** What the desktop app's menu asks the page to do (roles such as Copy or Zoom need no page). */
export const MENU_COMMANDS = ['new-plan', 'log-session', 'export-backup', 'toggle-theme', 'command-palette', 'keyboard-shortcuts', 'about'] as const;
export type MenuCommand = (typeof MENU_COMMANDS)[number];

/** Messages main sends to the renderer. */
export const events = {
  'reminders:open': z.object({ planId: id, milestoneId: id.nullable() }),
  'app:navigate': z.object({ route: z.enum(['today', 'timeline', 'reminders']) }),
  'menu:command': z.object({ command: z.enum(MENU_COMMANDS) }),
  ...syncEvents,
} as const;
export type EventName = keyof typeof events;
export type EventPayload<E extends EventName> = z.infer<(typeof events)[E]>;
export const EVENT_NAMES = Object.keys(events) as EventName[];

export const IPC_ERROR_CODES = ['invalid-payload', 'forbidden-sender', 'unknown-channel', 'failed'] as const;
export type IpcError = { code: (typeof IPC_ERROR_CODES)[number]; message: string };

/** Every invoke resolves to this envelope; handlers never throw across the bridge. */
export type IpcResult<T> = { ok: true; value: T } | { ok: false; error: IpcError };

export const ipcResultSchema = z.union([
  z.object({ ok: z.literal(true), value: z.unknown() }),
  z.object({
    ok: z.literal(false),
    error: z.object({ code: z.enum(IPC_ERROR_CODES), message: z.string() }),
  }),
]);

/** The API the preload puts on `window.coderpath`. */
export interface BridgeApi {
  invoke<C extends Channel>(channel: C, request: RequestOf<C>): Promise<IpcResult<ResponseOf<C>>>;
  on<E extends EventName>(event: E, listener: (payload: EventPayload<E>) => void): () => void;
}

/** Validates one request against the contract; a typed error instead of a throw. */
export function validateRequest<C extends Channel>(
  channel: string,
  payload: unknown,
): { ok: true; channel: C; value: RequestOf<C> } | { ok: false; error: IpcError } {
  if (!Object.prototype.hasOwnProperty.call(contract, channel)) {
    return { ok: false, error: { code: 'unknown-channel', message: `Unknown channel "${channel}".` } };
  }
  const schema = contract[channel as C].request;
  const parsed = schema.safeParse(payload);
  if (!parsed.success) {
    const first = parsed.error.issues[0];
    const where = first && first.path.length ? ` at ${first.path.join('.')}` : '';
    return {
      ok: false,
      error: { code: 'invalid-payload', message: `Invalid request for ${channel}${where}: ${first?.message ?? 'bad input'}` },
    };
  }
  return { ok: true, channel: channel as C, value: parsed.data as RequestOf<C> };
}
