// Typed settings over the key/value table: each key has a zod schema and a
// default, so a damaged or old value falls back instead of breaking a screen.
// zod/mini: settings are read at start-up, before any screen needs full zod.
import * as z from 'zod/mini';
import { useLiveQuery } from 'dexie-react-hooks';
import { reminderSettingsSchema, DEFAULT_REMINDER_SETTINGS } from '../domain/reminders';
import { DEFAULT_KEEP, MAX_KEEP, MIN_KEEP } from '../../src-shared/backups/write-rule';
import { backgroundSettingsSchema, DEFAULT_BACKGROUND_SETTINGS } from '../../src-shared/settings/background';
import { db } from './db';
import type { CoderPathDb } from './schema';

const stopwatchSchema = z.nullable(
  z.object({
    startedAt: z.int().check(z.positive()),
    planId: z.string().check(z.minLength(1)),
    moduleId: z.nullable(z.string()),
    milestoneId: z.nullable(z.string()),
    pausedAt: z.optional(z.nullable(z.int().check(z.positive()))),
    pausedMs: z.optional(z.int().check(z.nonnegative())),
  }),
);

/** A pause and snoozes made here, carried to the other computers by sync (see applyHolds). */
const reminderHoldsSchema = z.object({
  pausedUntil: z.nullable(z.number()),
  pausedAt: z.number(),
  snoozes: z.record(z.string(), z.number()),
});

export const SETTINGS = {
  activePlanId: { schema: z.nullable(z.string()), fallback: null },
  weekStartsOn: { schema: z.union([z.literal(0), z.literal(1)]), fallback: 0 as 0 | 1 },
  theme: { schema: z.enum(['system', 'light', 'dark']), fallback: 'system' as const },
  reminders: { schema: reminderSettingsSchema, fallback: DEFAULT_REMINDER_SETTINGS },
  background: { schema: backgroundSettingsSchema, fallback: DEFAULT_BACKGROUND_SETTINGS },
  stopwatch: { schema: stopwatchSchema, fallback: null },
  backupKeep: { schema: z.int().check(z.minimum(MIN_KEEP), z.maximum(MAX_KEEP)), fallback: DEFAULT_KEEP },
  timelineView: { schema: z.enum(['list', 'roadmap']), fallback: 'list' as const },
  reminderHolds: { schema: reminderHoldsSchema, fallback: { pausedUntil: null, pausedAt: 0, snoozes: {} } as { pausedUntil: number | null; pausedAt: number; snoozes: Record<string, number> } },
} as const;

export type SettingKey = keyof typeof SETTINGS;
export type SettingValue<K extends SettingKey> = z.infer<(typeof SETTINGS)[K]['schema']>;

export function parseSetting<K extends SettingKey>(key: K, raw: unknown): SettingValue<K> {
  const parsed = SETTINGS[key].schema.safeParse(raw);
  return (parsed.success ? parsed.data : SETTINGS[key].fallback) as SettingValue<K>;
}

export async function readSetting<K extends SettingKey>(key: K, database: CoderPathDb = db): Promise<SettingValue<K>> {
  const row = await database.settings.get(key);
  return parseSetting(key, row?.value);
}

export async function writeSetting<K extends SettingKey>(key: K, value: SettingValue<K>, database: CoderPathDb = db): Promise<void> {
  const checked = SETTINGS[key].schema.parse(value);
  await database.settings.put({ key, value: checked, updatedAt: Date.now() });
}

/** A live setting: re-renders when it changes; `undefined` while loading. */
export function useSetting<K extends SettingKey>(key: K): SettingValue<K> | undefined {
  return useLiveQuery(() => readSetting(key), [key]);
}
