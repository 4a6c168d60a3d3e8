// Reads, before React mounts, what the frame and the usual first screens ask
// for as they mount: the plans, the active plan with its milestones, and their
// settings. Kept as known values, so React's first render already holds the
// user's plan. The rows usually come from public/start-read.js, which read
// them while the code was still arriving; when it could not (no database yet,
// another schema version, a plan it did not expect), one Dexie transaction
// reads them instead (start-read-fallback.ts; no Dexie here, since the store
// loads after the first paint).
import { remember, settingKey, writeGeneration } from './known-values';
import { pickActivePlan } from './records';
import type { MilestoneRecord, PlanRecord, SettingRecord } from './schema';
import { SCHEMA_VERSION } from './schema-version';
import { parseSetting, type SettingKey } from './setting-values';

export const START_SETTINGS = ['theme', 'timelineView', 'weekStartsOn', 'stopwatch'] as const satisfies readonly SettingKey[];

/** What public/start-read.js leaves on `window.coderpathStartRead` (a promise of it, or of null). */
export interface EarlyStartRows {
  version: number;
  plans: PlanRecord[];
  settings: SettingRecord[];
  planId: string | null;
  milestones: MilestoneRecord[];
}

export interface StartValues {
  plans: PlanRecord[];
  activePlan: PlanRecord | null;
  milestones: MilestoneRecord[];
  settings: ReadonlyArray<readonly [SettingKey, unknown]>;
}

/**
 * Keeps the rows public/start-read.js read, when they are what Dexie would
 * have answered; false when they cannot be used (then call readStartValues).
 */
export async function keepEarlyStartRows(early: Promise<unknown> | undefined): Promise<boolean> {
  const rows = await Promise.resolve(early).catch(() => null);
  const readAt = writeGeneration();
  const values = rows === null || rows === undefined ? null : fromEarlyRows(rows as EarlyStartRows);
  if (!values) return false;
  keep(values, readAt);
  return true;
}

function fromEarlyRows(rows: EarlyStartRows): StartValues | null {
  // IndexedDB's version is Dexie's times ten.
  if (rows.version !== SCHEMA_VERSION * 10) return null;
  if (!Array.isArray(rows.plans) || !Array.isArray(rows.settings) || !Array.isArray(rows.milestones)) return null;
  const picked = pickStartValues(rows.plans.filter((p) => !p.deletedAt).sort(newestFirst), new Map(rows.settings.map((row) => [row.key, row.value])));
  if ((picked.activePlan?.id ?? null) !== rows.planId) return null;
  return { ...picked, milestones: rows.milestones };
}

/** The active plan and the start settings, from the plans (listed) and the stored setting values by key. */
export function pickStartValues(plans: PlanRecord[], stored: ReadonlyMap<string, unknown>): Omit<StartValues, 'milestones'> {
  const activePlan = pickActivePlan(plans, parseSetting('activePlanId', stored.get('activePlanId')));
  return { plans, activePlan, settings: START_SETTINGS.map((key) => [key, parseSetting(key, stored.get(key))] as const) };
}

/** The order of listPlans: the updatedAt index walked backwards (ties by id, also backwards). */
function newestFirst(a: PlanRecord, b: PlanRecord): number {
  return b.updatedAt - a.updatedAt || (a.id < b.id ? 1 : a.id > b.id ? -1 : 0);
}

export function keep({ plans, activePlan, milestones, settings }: StartValues, readAt: number): void {
  remember('plans', plans, readAt);
  remember('activePlan', activePlan, readAt);
  remember('activePlanMilestones', { plan: activePlan, milestones }, readAt);
  for (const [key, value] of settings) remember(settingKey(key), value, readAt);
}
