// Typed settings over the key/value table: each key has a check and a default,
// so a damaged or old value falls back instead of breaking a screen. The
// checks are small hand-written guards, not zod: settings are read before the
// first screen shows, and start-up loads no schema library. No Dexie here:
// the first screen parses the settings public/start-read.js read.
import { DEFAULT_REMINDER_SETTINGS, parseReminderSettings, type ReminderSettings } from '../domain/reminders';
import type { StopwatchState } from '../domain/progress/stopwatch';
import { DEFAULT_KEEP, MAX_KEEP, MIN_KEEP } from '../../src-shared/backups/write-rule';
import { DEFAULT_BACKGROUND_SETTINGS, parseBackgroundSettings, type BackgroundSettings } from '../../src-shared/settings/background';
import type { ReminderHolds } from '../../src-shared/ipc/contract';

interface SettingSpec<T> {
  /** The value when `raw` is a valid one, else undefined. */
  parse: (raw: unknown) => T | undefined;
  fallback: T;
}

const setting = <T>(parse: (raw: unknown) => T | undefined, fallback: T): SettingSpec<T> => ({ parse, fallback });
const oneOf =
  <T extends string | number>(...values: readonly T[]) =>
  (raw: unknown): T | undefined =>
    (values as readonly unknown[]).includes(raw) ? (raw as T) : undefined;
const wholeNumber = (min: number, max: number) => (raw: unknown) => (Number.isInteger(raw) && (raw as number) >= min && (raw as number) <= max ? (raw as number) : undefined);
const nullableId = (raw: unknown) => (raw === null || typeof raw === 'string' ? raw : undefined);

const positiveInt = (raw: unknown): raw is number => Number.isInteger(raw) && (raw as number) > 0;

/** A stored stopwatch (or null when none runs). */
function parseStopwatch(raw: unknown): StopwatchState | null | undefined {
  if (raw === null) return null;
  if (typeof raw !== 'object') return undefined;
  const { startedAt, planId, moduleId, milestoneId, pausedAt, pausedMs } = raw as Record<string, unknown>;
  const reference = (value: unknown) => value === null || typeof value === 'string';
  if (!positiveInt(startedAt) || typeof planId !== 'string' || planId === '' || !reference(moduleId) || !reference(milestoneId)) return undefined;
  if (pausedAt !== undefined && pausedAt !== null && !positiveInt(pausedAt)) return undefined;
  if (pausedMs !== undefined && !(Number.isInteger(pausedMs) && (pausedMs as number) >= 0)) return undefined;
  const state: StopwatchState = { startedAt, planId, moduleId: moduleId as string | null, milestoneId: milestoneId as string | null };
  if (pausedAt !== undefined) state.pausedAt = pausedAt as number | null;
  if (pausedMs !== undefined) state.pausedMs = pausedMs as number;
  return state;
}

const NO_HOLDS: ReminderHolds = { pausedUntil: null, pausedAt: 0, snoozes: {} };
const isFiniteNumber = (value: unknown): value is number => typeof value === 'number' && Number.isFinite(value);

/** A pause and snoozes made here, carried to the other computers by sync (see applyHolds). */
function parseReminderHolds(raw: unknown): ReminderHolds | undefined {
  if (typeof raw !== 'object' || raw === null) return undefined;
  const { pausedUntil, pausedAt, snoozes } = raw as Record<string, unknown>;
  if (!(pausedUntil === null || isFiniteNumber(pausedUntil)) || !isFiniteNumber(pausedAt)) return undefined;
  if (typeof snoozes !== 'object' || snoozes === null || Array.isArray(snoozes)) return undefined;
  if (!Object.entries(snoozes).every(([id, at]) => id.length > 0 && id.length <= 200 && isFiniteNumber(at))) return undefined;
  return { pausedUntil, pausedAt, snoozes: { ...(snoozes as Record<string, number>) } };
}

export const SETTINGS = {
  activePlanId: setting<string | null>(nullableId, null),
  weekStartsOn: setting<0 | 1>(oneOf(0, 1), 0),
  theme: setting<'system' | 'light' | 'dark'>(oneOf('system', 'light', 'dark'), 'system'),
  reminders: setting<ReminderSettings>(parseReminderSettings, DEFAULT_REMINDER_SETTINGS),
  background: setting<BackgroundSettings>(parseBackgroundSettings, DEFAULT_BACKGROUND_SETTINGS),
  stopwatch: setting<StopwatchState | null>(parseStopwatch, null),
  backupKeep: setting<number>(wholeNumber(MIN_KEEP, MAX_KEEP), DEFAULT_KEEP),
  timelineView: setting<'list' | 'roadmap'>(oneOf('list', 'roadmap'), 'list'),
  reminderHolds: setting<ReminderHolds>(parseReminderHolds, NO_HOLDS),
} as const;

export type SettingKey = keyof typeof SETTINGS;
export type SettingValue<K extends SettingKey> = (typeof SETTINGS)[K]['fallback'];

export function parseSetting<K extends SettingKey>(key: K, raw: unknown): SettingValue<K> {
  return ((SETTINGS[key].parse(raw) as SettingValue<K> | undefined) ?? SETTINGS[key].fallback) as SettingValue<K>;
}

