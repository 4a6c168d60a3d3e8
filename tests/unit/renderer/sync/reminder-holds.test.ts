// A pause or snooze made on one computer reaches the other through the merge
// of the synced settings, and there applies by one rule: the pause set or
// lifted last wins; a carried snooze only moves a reminder later.
import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { CoderPathDb } from '../../../../src-renderer/db/schema';
import { runSyncRound } from '../../../../src-renderer/db/sync-round';
import { readSetting } from '../../../../src-renderer/db/settings';
import { recordPause, recordSnooze } from '../../../../src-renderer/db/reminder-holds';
import { applyDoc, type SyncDoc } from '../../../../src-shared/sync/merge';
import { applyHolds, pause } from '../../../../src-shared/reminders/schedule-actions';
import { emptySchedule, type Schedule } from '../../../../src-shared/reminders/schedule';
import type { Reminder } from '../../../../src-shared/ipc/contract';

const dbs: CoderPathDb[] = [];
afterEach(() => {
  for (const db of dbs.splice(0)) db.close();
});

function computer(): CoderPathDb {
  const db = new CoderPathDb(`holds-${Math.random().toString(36).slice(2)}`);
  dbs.push(db);
  return db;
}

/** Both computers exchange through one shared document, as through a synced folder. */
async function syncBoth(target: SyncDoc, ...computers: CoderPathDb[]): Promise<void> {
  for (let pass = 0; pass < 2; pass++) {
    for (const db of computers) {
      await runSyncRound(db, async (outgoing) => {
        if (outgoing) applyDoc(target, outgoing);
        return { incoming: structuredClone(target) };
      });
    }
  }
}

const reminder: Reminder = { id: 'plan-1:milestone-due:cpt', planId: 'plan-1', milestoneId: 'cpt', kind: 'milestone-due', title: 'CPT module due', body: '', at: '2026-12-03T09:00' };
const NOW = Date.UTC(2026, 11, 2, 15, 0);
const HOUR = 60 * 60 * 1000;

function scheduleWith(overrides: Partial<Schedule> = {}): Schedule {
  return { ...emptySchedule(), entries: [{ reminder, firedAt: null, snoozedUntil: null, delivery: null }], ...overrides };
}

describe('reminder pause and snooze across computers', () => {
  it('a pause on the laptop reaches the desktop and pauses its reminders there', async () => {
    const target: SyncDoc = {};
    const laptop = computer();
    const desktop = computer();
    await recordPause(NOW + HOUR, NOW, laptop);
    await recordSnooze(reminder.id, NOW + 2 * HOUR, NOW, laptop);
    await syncBoth(target, laptop, desktop);

    const carried = await readSetting('reminderHolds', desktop);
    expect(carried).toEqual({ pausedUntil: NOW + HOUR, pausedAt: NOW, snoozes: { [reminder.id]: NOW + 2 * HOUR } });
    const there = applyHolds(scheduleWith(), carried, NOW + 1);
    expect(there.pausedUntil).toBe(NOW + HOUR);
    expect(there.entries[0]!.snoozedUntil).toBe(NOW + 2 * HOUR);
  });

  it('lifting the pause on the desktop afterwards lifts it on the laptop', async () => {
    const target: SyncDoc = {};
    const laptop = computer();
    const desktop = computer();
    await recordPause(NOW + HOUR, NOW, laptop);
    await syncBoth(target, laptop, desktop);
    await recordPause(null, NOW + 60_000, desktop);
    await syncBoth(target, laptop, desktop);
    const laptopSchedule = pause(scheduleWith(), NOW + HOUR, NOW);
    expect(applyHolds(laptopSchedule, await readSetting('reminderHolds', laptop), NOW + 120_000).pausedUntil).toBeNull();
  });

  it('a pause set here after the carried one stays; a carried snooze never makes a reminder sooner or revives an ended one', () => {
    const holds = { pausedUntil: null, pausedAt: NOW, snoozes: { [reminder.id]: NOW + HOUR } };
    const pausedLaterHere = pause(scheduleWith(), NOW + 3 * HOUR, NOW + 1_000);
    expect(applyHolds(pausedLaterHere, holds, NOW + 2_000).pausedUntil).toBe(NOW + 3 * HOUR);

    const snoozedLongerHere = scheduleWith({ entries: [{ reminder, firedAt: NOW - HOUR, snoozedUntil: NOW + 5 * HOUR, delivery: 'notified' }] });
    expect(applyHolds(snoozedLongerHere, holds, NOW).entries[0]!.snoozedUntil).toBe(NOW + 5 * HOUR);
    expect(applyHolds(scheduleWith(), holds, NOW + 2 * HOUR).entries[0]!.snoozedUntil).toBeNull();
  });
});
