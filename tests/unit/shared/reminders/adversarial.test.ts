// Adversarial scenarios for the scheduler: day roll-over re-syncs, sleeps,
// restarts, clock and zone changes, DST gaps and overlaps, concurrency and
// damaged schedule files. Each asserts what the user sees: every reminder is
// shown exactly once, at the right local wall time.
import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { format } from 'date-fns';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Reminder } from '../../../../src-shared/ipc/contract';
import { SCHEDULE_FILE_NAME, createFileScheduleStore } from '../../../../src-main/reminders/store';
import { DEFAULT_REMINDER_SETTINGS, applyQuietHours, deriveReminders } from '../../../../src-renderer/domain/reminders';
import { cpcPlan, useTimeZone } from './fixtures';
import { createWorld, local, reminder, restart, type World } from './harness';

const MAX_SET_TIMEOUT_MS = 2 ** 31 - 1;
const HOUR = 60 * 60 * 1000;

/** What the renderer sends on a given day: it leaves out reminders whose day has passed. */
function fromDay(reminders: Reminder[], today: string): Reminder[] {
  return reminders.filter((r) => r.at.slice(0, 10) >= today);
}

const shownLocal = (world: World) => world.notifier.shown.map((n) => `${format(n.at, 'yyyy-MM-dd HH:mm')} ${n.title}`);

describe('day roll-over re-syncs never drop a reminder still owed to the user', () => {
  useTimeZone('America/New_York');

  it('a reminder snoozed until tomorrow still comes back after the next day\'s re-sync', async () => {
    const list = [reminder('reg', '2025-04-01T19:00', { kind: 'registration-deadline', title: 'Registration closes today' }), reminder('next', '2025-04-03T09:00')];
    const world = createWorld(local('2025-04-01T18:00'));
    await world.service.sync({ reminders: list });
    await world.clock.advanceTo(local('2025-04-01T19:01'), world.service);
    world.notifier.shown[0]?.act('snooze-tomorrow');
    await world.service.whenIdle();
    // Midnight: the renderer's "today" moves on and it re-syncs without 1 April.
    await world.clock.advanceTo(local('2025-04-02T00:00'), world.service);
    await world.service.sync({ reminders: fromDay(list, '2025-04-02') });
    await world.clock.advanceTo(local('2025-04-04T00:00'), world.service);
    expect(shownLocal(world)).toEqual([
      '2025-04-01 19:00 Registration closes today',
      '2025-04-02 09:00 Registration closes today',
      '2025-04-03 09:00 Reminder next',
    ]);
  });

  it('a reminder that fell due during "pause until tomorrow" is shown when the pause ends, despite a morning re-sync', async () => {
    const list = [reminder('evening', '2025-04-01T21:00')];
    const world = createWorld(local('2025-04-01T20:00'));
    await world.service.sync({ reminders: list, locale: 'en-GB' });
    await world.service.pause({ for: 'tomorrow' }); // until 2 April 09:00
    await world.clock.advanceTo(local('2025-04-02T08:00'), world.service);
    await world.service.sync({ reminders: fromDay(list, '2025-04-02'), locale: 'en-GB' }); // the app is opened in the morning
    await world.clock.advanceTo(local('2025-04-02T12:00'), world.service);
    expect(world.notifier.shown.map((n) => [n.title, format(n.at, 'yyyy-MM-dd HH:mm')])).toEqual([['Reminder evening', '2025-04-02 09:00']]);
    expect(world.notifier.shown[0]?.body).toMatch(/^Missed — was due Tue 1 Apr, 21:00/);
  });

  it('a reminder missed in a sleep across midnight is shown even if the renderer re-syncs before main sees the wake', async () => {
    const list = [reminder('late', '2025-04-01T22:00'), reminder('tomorrow', '2025-04-02T19:00')];
    const world = createWorld(local('2025-04-01T20:00'));
    await world.service.sync({ reminders: list });
    world.clock.sleepUntil(local('2025-04-02T07:30'));
    await world.service.sync({ reminders: fromDay(list, '2025-04-02') });
    await world.service.reevaluate('resume');
    await world.clock.advanceTo(local('2025-04-03T00:00'), world.service);
    expect(world.notifier.shown.map((n) => n.title)).toEqual(['Reminder late', 'Reminder tomorrow']);
    // Once shown and gone from the list, it never comes back.
    await world.service.sync({ reminders: fromDay(list, '2025-04-03') });
    await world.clock.advanceTo(local('2025-04-05T00:00'), world.service);
    expect(world.notifier.shown).toHaveLength(2);
  });

  it('still drops a pending reminder of today or later that the plan no longer has (milestone done)', async () => {
    const world = createWorld(local('2025-04-01T08:00'));
    await world.service.sync({ reminders: [reminder('a', '2025-04-01T09:00'), reminder('b', '2025-04-02T09:00')] });
    await world.service.sync({ reminders: [] });
    await world.clock.advanceTo(local('2025-04-03T00:00'), world.service);
    expect(world.notifier.shown).toEqual([]);
  });
});

describe('quiet hours that cross midnight', () => {
  const quiet = { enabled: true, start: '22:00', end: '07:00' };

  it.each([
    ['2025-04-01T21:59', '2025-04-01T21:59'],
    ['2025-04-01T22:00', '2025-04-02T07:00'],
    ['2025-04-01T23:59', '2025-04-02T07:00'],
    ['2025-04-02T00:00', '2025-04-02T07:00'],
    ['2025-04-02T06:59', '2025-04-02T07:00'],
    ['2025-04-02T07:00', '2025-04-02T07:00'],
    ['2024-02-28T23:00', '2024-02-29T07:00'],
    ['2025-12-31T22:30', '2026-01-01T07:00'],
  ])('moves %s to %s', (at, expected) => {
    expect(applyQuietHours(at, quiet)).toBe(expected);
  });

  it('a late reminder moved into the next morning survives that morning\'s re-sync and fires once', () => {
    const settings = { ...DEFAULT_REMINDER_SETTINGS, milestoneTime: '23:00', studyNudge: false, countdown: false, leadDays: 0 };
    const plan = cpcPlan();
    const eve = deriveReminders([plan], settings, '2025-05-23');
    const morning = deriveReminders([plan], settings, '2025-05-24');
    const registration = eve.find((r) => r.kind === 'registration-deadline');
    expect(registration?.at).toBe('2025-05-24T07:00');
    // After midnight it has not been shown yet, so the renderer must still send it.
    expect(morning.map((r) => r.id)).toContain(registration?.id);
  });
});

describe('daylight-saving gaps and overlaps', () => {
  describe('America/New_York', () => {
    useTimeZone('America/New_York');

    it('a daily 02:30 fires once every day through the spring gap (03:30 that day) and once through the autumn overlap', async () => {
      const days = ['2025-03-08', '2025-03-09', '2025-03-10', '2025-11-01', '2025-11-02', '2025-11-03'];
      const world = createWorld(local('2025-03-07T12:00'));
      await world.service.sync({ reminders: days.map((d) => reminder(d, `${d}T02:30`)) });
      await world.clock.advanceTo(local('2025-03-11T00:00'), world.service);
      await world.service.sync({ reminders: days.slice(3).map((d) => reminder(d, `${d}T02:30`)) });
      await world.clock.advanceTo(local('2025-11-04T00:00'), world.service);
      expect(shownLocal(world)).toEqual([
        '2025-03-08 02:30 Reminder 2025-03-08',
        '2025-03-09 03:30 Reminder 2025-03-09',
        '2025-03-10 02:30 Reminder 2025-03-10',
        '2025-11-01 02:30 Reminder 2025-11-01',
        '2025-11-02 02:30 Reminder 2025-11-02',
        '2025-11-03 02:30 Reminder 2025-11-03',
      ]);
    });

    it('an 01:30 on the fall-back day fires at the first 01:30 and not again when the clocks repeat the hour', async () => {
      const world = createWorld(Date.UTC(2025, 10, 2, 4)); // 00:00 EDT
      await world.service.sync({ reminders: [reminder('twice', '2025-11-02T01:30')] });
      await world.clock.advanceTo(Date.UTC(2025, 10, 2, 5, 31), world.service);
      await world.service.reevaluate('time-zone'); // the offset changed at 02:00 EDT
      await world.clock.advanceTo(Date.UTC(2025, 10, 2, 12), world.service);
      expect(world.notifier.shown.map((n) => n.at)).toEqual([Date.UTC(2025, 10, 2, 5, 30)]);
    });

    it('a reminder missed while the app was closed across the spring change is shown once on start', async () => {
      const first = createWorld(local('2025-03-08T20:00'));
      await first.service.sync({ reminders: [reminder('gap', '2025-03-09T02:30'), reminder('after', '2025-03-09T19:00')] });
      await first.service.stop();
      const second = restart(first, local('2025-03-09T10:00'));
      await second.service.start();
      await second.clock.advanceTo(local('2025-03-10T00:00'), second.service);
      expect(shownLocal(second)).toEqual(['2025-03-09 10:00 Reminder gap', '2025-03-09 19:00 Reminder after']);
    });
  });

  describe('Australia/Sydney', () => {
    useTimeZone('Australia/Sydney');

    it('a daily 19:00 stays 19:00 across the October spring-forward, and a 02:30 in the gap fires once at 03:30', async () => {
      const days = ['2025-10-04', '2025-10-05', '2025-10-06'];
      const world = createWorld(local('2025-10-04T08:00'));
      await world.service.sync({ reminders: [...days.map((d) => reminder(d, `${d}T19:00`)), reminder('gap', '2025-10-05T02:30')] });
      await world.clock.advanceTo(local('2025-10-07T00:00'), world.service);
      expect(shownLocal(world)).toEqual([
        '2025-10-04 19:00 Reminder 2025-10-04',
        '2025-10-05 03:30 Reminder gap',
        '2025-10-05 19:00 Reminder 2025-10-05',
        '2025-10-06 19:00 Reminder 2025-10-06',
      ]);
    });
  });
});

describe('clocks, zones and timers', () => {
  useTimeZone('America/New_York');

  it('never arms a timer past setTimeout\'s limit, and fires reminders 30, 90 and 400 days ahead once, on time', async () => {
    const world = createWorld(local('2025-01-01T08:00'));
    await world.service.sync({
      reminders: [reminder('a', '2025-01-31T09:00'), reminder('b', '2025-04-01T09:00'), reminder('c', '2026-02-05T09:00')],
    });
    await world.clock.advanceTo(local('2026-03-01T00:00'), world.service);
    expect(Math.max(...world.clock.delays)).toBeLessThanOrEqual(MAX_SET_TIMEOUT_MS);
    expect(shownLocal(world)).toEqual(['2025-01-31 09:00 Reminder a', '2025-04-01 09:00 Reminder b', '2026-02-05 09:00 Reminder c']);
  });

  it('does not fire again when the clock is set back an hour after a reminder fired', async () => {
    const world = createWorld(local('2025-04-01T08:00'));
    await world.service.sync({ reminders: [reminder('a', '2025-04-01T09:00'), reminder('b', '2025-04-02T09:00')] });
    await world.clock.advanceTo(local('2025-04-01T09:05'), world.service);
    world.clock.sleepUntil(local('2025-04-01T08:05')); // set back an hour
    await world.service.reevaluate('clock-jump');
    await world.service.sync({ reminders: [reminder('a', '2025-04-01T09:00'), reminder('b', '2025-04-02T09:00')] });
    await world.clock.advanceTo(local('2025-04-03T00:00'), world.service);
    expect(shownLocal(world)).toEqual(['2025-04-01 09:00 Reminder a', '2025-04-02 09:00 Reminder b']);
  });

  it('set back a day after a reminder fired, the clock before was taken as wrong: it comes again at its time', async () => {
    const world = createWorld(local('2025-04-01T08:00'));
    await world.service.sync({ reminders: [reminder('a', '2025-04-01T09:00'), reminder('b', '2025-04-02T09:00')] });
    await world.clock.advanceTo(local('2025-04-01T12:00'), world.service);
    world.clock.sleepUntil(local('2025-03-31T12:00')); // set back a day
    await world.service.reevaluate('clock-jump');
    await world.clock.advanceTo(local('2025-04-03T00:00'), world.service);
    expect(shownLocal(world)).toEqual(['2025-04-01 09:00 Reminder a', '2025-04-01 09:00 Reminder a', '2025-04-02 09:00 Reminder b']);
  });

  it('after flying east past a pending reminder it is shown once, as missed, and not again on flying back', async () => {
    const world = createWorld(Date.UTC(2025, 3, 1, 19)); // 15:00 New York
    await world.service.sync({ reminders: [reminder('eve', '2025-04-01T19:00'), reminder('next', '2025-04-02T19:00')] });
    process.env.TZ = 'Asia/Kolkata'; // now 00:30 on 2 April
    await world.service.reevaluate('time-zone');
    expect(world.notifier.shown.map((n) => n.title)).toEqual(['Reminder eve']);
    await world.clock.advanceTo(Date.UTC(2025, 3, 2, 6), world.service); // 11:30 Kolkata
    process.env.TZ = 'America/New_York'; // 02:00 on 2 April: 1 April 19:00 must not come back
    await world.service.reevaluate('time-zone');
    await world.clock.advanceTo(Date.UTC(2025, 3, 3, 12), world.service);
    expect(world.notifier.shown.map((n) => [n.title, n.at])).toEqual([
      ['Reminder eve', Date.UTC(2025, 3, 1, 19)],
      ['Reminder next', Date.UTC(2025, 3, 2, 23)], // 19:00 EDT
    ]);
  });

  it('after flying west a pending reminder fires at the new local wall time, once', async () => {
    process.env.TZ = 'Europe/London';
    const world = createWorld(Date.UTC(2025, 3, 1, 17)); // 18:00 BST
    await world.service.sync({ reminders: [reminder('eve', '2025-04-01T19:00')] });
    process.env.TZ = 'America/New_York'; // 13:00 EDT
    await world.service.reevaluate('time-zone');
    await world.clock.advanceTo(Date.UTC(2025, 3, 3), world.service);
    expect(world.notifier.shown.map((n) => n.at)).toEqual([Date.UTC(2025, 3, 1, 23)]);
  });

  it('a re-sync racing the firing timer shows the reminder once', async () => {
    const list = [reminder('a', '2025-04-01T09:00')];
    const world = createWorld(local('2025-04-01T08:00'));
    await world.service.sync({ reminders: list });
    world.clock.sleepUntil(local('2025-04-01T09:00'));
    const racing = [world.service.reevaluate('resume'), world.service.sync({ reminders: list }), world.service.sync({ reminders: list })];
    await world.clock.advanceTo(local('2025-04-01T09:00'), world.service);
    await Promise.all(racing);
    await world.clock.advanceTo(local('2025-04-02T00:00'), world.service);
    expect(world.notifier.shown.map((n) => n.at)).toEqual([local('2025-04-01T09:00')]);
  });

  it('a sync with a repeated id keeps the last copy and fires it once', async () => {
    const world = createWorld(local('2025-04-01T08:00'));
    await world.service.sync({ reminders: [reminder('a', '2025-04-01T09:00', { title: 'Old' }), reminder('a', '2025-04-01T10:00', { title: 'New' })] });
    await world.clock.advanceTo(local('2025-04-02T00:00'), world.service);
    expect(shownLocal(world)).toEqual(['2025-04-01 10:00 New']);
  });

  it('a snooze survives a re-sync of the same list and a restart, then fires once', async () => {
    const list = [reminder('a', '2025-04-01T09:00')];
    const first = createWorld(local('2025-04-01T08:00'));
    await first.service.sync({ reminders: list });
    await first.clock.advanceTo(local('2025-04-01T09:00'), first.service);
    first.notifier.shown[0]?.act('snooze-hour');
    await first.service.sync({ reminders: list });
    await first.service.stop();
    const second = restart(first, local('2025-04-01T09:30'));
    await second.service.start();
    await second.service.sync({ reminders: list });
    await second.clock.advanceTo(local('2025-04-02T00:00'), second.service);
    expect(second.notifier.shown.map((n) => n.at)).toEqual([local('2025-04-01T10:00')]);
  });

  it('a pause survives a restart, and what fell due meanwhile is shown once when it ends', async () => {
    const first = createWorld(local('2025-04-01T08:00'));
    await first.service.sync({ reminders: [reminder('a', '2025-04-01T08:30'), reminder('b', '2025-04-01T08:45'), reminder('c', '2025-04-01T10:00')] });
    await first.service.pause({ for: 'hour' });
    await first.service.stop();
    const second = restart(first, local('2025-04-01T08:50'));
    await second.service.start();
    await second.clock.advanceTo(local('2025-04-01T12:00'), second.service);
    expect(shownLocal(second)).toEqual(['2025-04-01 09:00 You missed 2 reminders', '2025-04-01 10:00 Reminder c']);
  });
});

describe('a damaged schedule file', () => {
  useTimeZone('Europe/London');
  let dir: string;
  let file: string;

  beforeEach(async () => {
    dir = await fs.mkdtemp(path.join(os.tmpdir(), 'coderpath-adversarial-'));
    file = path.join(dir, 'reminders', SCHEDULE_FILE_NAME);
    await fs.mkdir(path.dirname(file), { recursive: true });
  });
  afterEach(async () => {
    await fs.rm(dir, { recursive: true, force: true });
  });

  const damage: Array<[string, (target: string) => Promise<void>]> = [
    ['truncated JSON', (t) => fs.writeFile(t, '{"version":1,"entries":[{"reminder":{"id":"a","planId":"p"')],
    ['valid JSON of the wrong shape', (t) => fs.writeFile(t, '[1,2,3]')],
    ['JSON null', (t) => fs.writeFile(t, 'null')],
    ['a later schedule version', (t) => fs.writeFile(t, '{"version":2,"entries":[],"retired":[],"pausedUntil":null,"lastSyncAt":null,"recovery":null}')],
    ['a bad local time in an entry', (t) => fs.writeFile(t, JSON.stringify({ version: 1, entries: [{ reminder: { ...reminder('a', '2025-04-01T9:00') }, firedAt: null, snoozedUntil: null, delivery: null }], retired: [], pausedUntil: null, lastSyncAt: null, recovery: null }))],
    ['binary garbage', (t) => fs.writeFile(t, Buffer.from([0xff, 0xfe, 0x00, 0x7b, 0x00, 0x22, 0xc3, 0x28, 0x00, 0x01]))],
    ['an empty file', (t) => fs.writeFile(t, '')],
    ['a directory', async (t) => {
      await fs.mkdir(path.join(t, 'inner'), { recursive: true });
    }],
  ];

  it.each(damage)('%s is set aside and reported; the next sync rebuilds it and fires', async (_label, make) => {
    await make(file);
    const start = Date.UTC(2025, 3, 1, 7);
    const store = createFileScheduleStore(file, { now: () => start });
    const world = createWorld(start, store);
    await expect(world.service.start()).resolves.toBeUndefined();
    const before = await world.service.getState();
    expect(before.recovery?.setAsideAs).toMatch(/\.corrupt-/);
    expect(before.awaitingSync).toBe(true);
    await fs.access(before.recovery?.setAsideAs ?? '');
    await world.service.sync({ reminders: [reminder('a', '2025-04-01T09:00')] });
    expect((await world.service.getState()).awaitingSync).toBe(false);
    await world.clock.advanceTo(Date.UTC(2025, 3, 1, 12), world.service);
    expect(world.notifier.shown.map((n) => n.at)).toEqual([Date.UTC(2025, 3, 1, 8)]); // 09:00 BST
    // The rebuilt file is good: a restart reads it and does not fire again.
    const again = restart(world, Date.UTC(2025, 3, 1, 13));
    await again.service.start();
    expect((await again.service.getState()).recovery?.setAsideAs).toBe(before.recovery?.setAsideAs);
    expect(again.notifier.shown).toEqual([]);
  });
});

describe('derived reminders through the scheduler', () => {
  useTimeZone('Europe/London');

  it('every derived reminder of a plan fires exactly once over its life, with daily re-syncs', async () => {
    const plan = cpcPlan({ input: { ...cpcPlan().input, startDate: '2025-05-01' } });
    const settings = { ...DEFAULT_REMINDER_SETTINGS, quietHours: { enabled: true, start: '21:00', end: '08:00' }, dailyTime: '21:30' };
    const world = createWorld(local('2025-05-01T00:00'));
    const expected = new Map<string, string>();
    for (let day = new Date(2025, 4, 1, 12); day <= new Date(2025, 5, 21, 12); day = new Date(day.getTime() + 24 * HOUR)) {
      const today = format(day, 'yyyy-MM-dd');
      const list = deriveReminders([plan], settings, today);
      for (const r of list) if (!expected.has(r.id)) expected.set(r.id, r.at);
      await world.clock.advanceTo(local(`${today}T00:05`), world.service);
      await world.service.sync({ reminders: list });
    }
    await world.clock.advanceTo(local('2025-06-22T12:00'), world.service);
    const shown = world.notifier.shown.map((n) => format(n.at, "yyyy-MM-dd'T'HH:mm")).sort();
    expect(shown).toEqual([...expected.values()].sort());
  });
});
