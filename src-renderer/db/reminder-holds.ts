// The synced record of a pause or snooze made on this computer, so it follows
// the student to their other computers (each applies it: applyHolds).
import { readSetting, writeSetting } from './settings';
import { db } from './db';
import type { CoderPathDb } from './schema';

export async function recordPause(pausedUntil: number | null, now: number = Date.now(), database: CoderPathDb = db): Promise<void> {
  const holds = await readSetting('reminderHolds', database);
  await writeSetting('reminderHolds', { ...holds, pausedUntil, pausedAt: now }, database);
}

/** Adds a snooze; snoozes that have ended are dropped so the record stays small. */
export async function recordSnooze(id: string, until: number, now: number = Date.now(), database: CoderPathDb = db): Promise<void> {
  const holds = await readSetting('reminderHolds', database);
  const snoozes = Object.fromEntries(Object.entries(holds.snoozes).filter(([, at]) => at > now));
  await writeSetting('reminderHolds', { ...holds, snoozes: { ...snoozes, [id]: until } }, database);
}
