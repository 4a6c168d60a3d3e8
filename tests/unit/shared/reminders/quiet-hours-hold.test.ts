// Missed reminders delivered on start or wake wait for the end of the user's
// quiet hours, in the schedule's zone, also across midnight and DST changes.
import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { format } from 'date-fns';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { QuietHoursSetting } from '../../../../src-shared/ipc/contract';
import { quietHoursEndAt } from '../../../../src-shared/reminders/quiet-hours';
import { SCHEDULE_FILE_NAME, createFileScheduleStore } from '../../../../src-main/reminders/store';
import type { ScheduleStore } from '../../../../src-shared/reminders/schedule-store';
import { TIME_ZONES, useTimeZone } from './fixtures';
import { createWorld, local, reminder, restart, type World } from './harness';

const NIGHT: QuietHoursSetting = { enabled: true, start: '22:00', end: '07:00' };
const utc = (y: number, m: number, d: number, h: number, min = 0) => Date.UTC(y, m - 1, d, h, min);
const shownLocal = (world: World) => world.notifier.shown.map((n) => `${format(n.at, 'yyyy-MM-dd HH:mm')} ${n.title}`);

/** Two reminders of one evening, synced at 17:00; the machine sleeps through them and wakes at `wakeAt`. */
async function missEvening(day: string, wakeAt: number, quietHours: QuietHoursSetting | undefined, store?: ScheduleStore): Promise<World> {
  const world = createWorld(local(`${day}T17:00`), store);
  await world.service.start();
  await world.service.sync({
    reminders: [reminder('a', `${day}T18:00`), reminder('b', `${day}T19:00`)],
    ...(quietHours ? { quietHours } : {}),
  });
  world.clock.sleepUntil(wakeAt);
  await world.service.reevaluate('resume');
  return world;
}

describe.each(TIME_ZONES)('missed reminders and quiet hours 22:00–07:00 in %s', (zone) => {
  useTimeZone(zone);

  it('waking at 23:30 shows nothing until 07:00, then the missed batch once', async () => {
    const world = await missEvening('2025-07-14', local('2025-07-14T23:30'), NIGHT);
    expect(world.notifier.shown).toEqual([]);
    expect((await world.service.getState()).nextDueAt).toBe(local('2025-07-15T07:00'));

    await world.clock.advanceTo(local('2025-07-15T06:59'), world.service);
    expect(world.notifier.shown).toEqual([]);
    await world.clock.advanceTo(local('2025-07-15T12:00'), world.service);
    expect(shownLocal(world)).toEqual(['2025-07-15 07:00 You missed 2 reminders']);
  });

  it('waking after midnight but before 07:00 also waits for 07:00 the same morning', async () => {
    const world = await missEvening('2025-07-14', local('2025-07-15T03:10'), NIGHT);
    expect(world.notifier.shown).toEqual([]);
    await world.clock.advanceTo(local('2025-07-15T08:00'), world.service);
    expect(shownLocal(world)).toEqual(['2025-07-15 07:00 You missed 2 reminders']);
  });

  it('waking outside quiet hours shows the missed batch at once', async () => {
    const world = await missEvening('2025-07-14', local('2025-07-14T21:15'), NIGHT);
    expect(shownLocal(world)).toEqual(['2025-07-14 21:15 You missed 2 reminders']);
  });
});

describe('quiet hours the scheduler holds for', () => {
  useTimeZone('America/New_York');

  it('a start-up inside quiet hours holds what was missed while the app was closed', async () => {
    const before = await missEvening('2025-04-01', local('2025-04-01T17:30'), NIGHT);
    const later = restart(before, local('2025-04-01T23:45'));
    await later.service.start();
    expect(later.notifier.shown).toEqual([]);
    await later.clock.advanceTo(local('2025-04-02T09:00'), later.service);
    expect(shownLocal(later)).toEqual(['2025-04-02 07:00 You missed 2 reminders']);
  });

  it('a daytime period (12:00–14:00) holds until 14:00 the same day', async () => {
    const world = await missEvening('2025-04-01', local('2025-04-01T12:30'), { enabled: true, start: '12:00', end: '14:00' });
    // The evening reminders are not due yet at 12:30; sleep through them into the next day's quiet hours.
    world.clock.sleepUntil(local('2025-04-02T12:30'));
    await world.service.reevaluate('resume');
    expect(world.notifier.shown).toEqual([]);
    await world.clock.advanceTo(local('2025-04-02T15:00'), world.service);
    expect(shownLocal(world)).toEqual(['2025-04-02 14:00 You missed 2 reminders']);
  });

  it('quiet hours turned off, absent, or empty (start equal to end) hold nothing', async () => {
    for (const quietHours of [{ ...NIGHT, enabled: false }, undefined, { enabled: true, start: '22:00', end: '22:00' }]) {
      const world = await missEvening('2025-04-01', local('2025-04-01T23:30'), quietHours);
      expect(shownLocal(world)).toEqual(['2025-04-01 23:30 You missed 2 reminders']);
    }
  });

  it('a later sync that turns quiet hours off releases what was held', async () => {
    const world = await missEvening('2025-04-01', local('2025-04-01T23:30'), NIGHT);
    expect(world.notifier.shown).toEqual([]);
    world.clock.sleepUntil(local('2025-04-01T23:40'));
    await world.service.sync({ reminders: [reminder('a', '2025-04-01T18:00'), reminder('b', '2025-04-01T19:00')], quietHours: { ...NIGHT, enabled: false } });
    expect(shownLocal(world)).toEqual(['2025-04-01 23:40 You missed 2 reminders']);
  });

  it('a snooze that ends inside quiet hours comes when they end', async () => {
    const world = createWorld(local('2025-04-01T21:00'));
    await world.service.sync({ reminders: [reminder('a', '2025-04-01T21:30')], quietHours: NIGHT });
    await world.clock.advanceTo(local('2025-04-01T21:30'), world.service);
    world.notifier.shown[0]?.act('snooze-hour');
    await world.clock.advanceTo(local('2025-04-02T08:00'), world.service);
    expect(shownLocal(world)).toEqual(['2025-04-01 21:30 Reminder a', '2025-04-02 07:00 Reminder a']);
  });

  it('while holding, the scheduler sleeps on a timer instead of spinning', async () => {
    const world = await missEvening('2025-04-01', local('2025-04-01T23:30'), NIGHT);
    world.clock.delays.length = 0;
    await world.clock.advanceTo(local('2025-04-02T06:00'), world.service);
    expect(world.clock.delays.length).toBeGreaterThan(0);
    expect(world.clock.delays.every((ms) => ms > 0)).toBe(true);
    expect(world.notifier.shown).toEqual([]);
  });
});

describe('quiet hours across a daylight-saving change night', () => {
  it.each([
    // zone, evening, wake, expected release (UTC)
    ['America/New_York', '2025-03-08', '2025-03-08T23:30', utc(2025, 3, 9, 11)], // springs forward: 07:00 EDT
    ['America/New_York', '2025-11-01', '2025-11-01T23:30', utc(2025, 11, 2, 12)], // falls back: 07:00 EST
    ['Europe/London', '2025-03-29', '2025-03-30T01:30', utc(2025, 3, 30, 6)], // 07:00 BST
    ['Europe/London', '2025-10-25', '2025-10-25T22:05', utc(2025, 10, 26, 7)], // 07:00 GMT
    ['Australia/Sydney', '2025-10-04', '2025-10-04T23:00', utc(2025, 10, 4, 20)], // 07:00 AEDT
    ['Australia/Sydney', '2025-04-05', '2025-04-06T02:30', utc(2025, 4, 5, 21)], // 07:00 AEST
  ])('%s, evening of %s, woken at %s: released at 07:00 local', async (zone, day, wake, release) => {
    const previous = process.env.TZ;
    process.env.TZ = zone;
    try {
      const world = await missEvening(day, local(wake), NIGHT);
      expect(world.notifier.shown).toEqual([]);
      expect((await world.service.getState()).nextDueAt).toBe(release);
      await world.clock.advanceTo(release + 3 * 60 * 60 * 1000, world.service);
      expect(world.notifier.shown.map((n) => [n.title, n.at])).toEqual([['You missed 2 reminders', release]]);
    } finally {
      if (previous === undefined) delete process.env.TZ;
      else process.env.TZ = previous;
    }
  });
});

describe('when quiet hours end', () => {
  it.each([
    ['2025-04-01T23:30', '2025-04-02T07:00'],
    ['2025-12-31T22:00', '2026-01-01T07:00'],
    ['2024-02-28T22:10', '2024-02-29T07:00'],
    ['2025-04-02T06:59', '2025-04-02T07:00'],
    ['2025-04-02T07:00', null],
    ['2025-04-01T21:59', null],
  ])('at %s they end at %s', (at, end) => {
    expect(quietHoursEndAt(at, NIGHT)).toBe(end);
  });
});

describe('quiet hours in the schedule file', () => {
  useTimeZone('Europe/London');
  let dir: string;
  let file: string;
  beforeEach(async () => {
    dir = await fs.mkdtemp(path.join(os.tmpdir(), 'coderpath-quiet-'));
    file = path.join(dir, SCHEDULE_FILE_NAME);
  });
  afterEach(async () => {
    await fs.rm(dir, { recursive: true, force: true });
  });

  it('are kept across a restart, so a missed batch on the next start still waits', async () => {
    const first = await missEvening('2025-04-01', local('2025-04-01T17:30'), NIGHT, createFileScheduleStore(file));
    await first.service.stop();
    const again = createWorld(local('2025-04-01T22:30'), createFileScheduleStore(file));
    await again.service.start();
    expect(again.notifier.shown).toEqual([]);
    await again.clock.advanceTo(local('2025-04-02T08:00'), again.service);
    expect(shownLocal(again)).toEqual(['2025-04-02 07:00 You missed 2 reminders']);
  });

  it('an older file without quiet hours still loads, with none', async () => {
    const old = {
      version: 1,
      entries: [{ reminder: reminder('a', '2025-04-01T18:00'), firedAt: null, snoozedUntil: null, delivery: null }],
      retired: [],
      pausedUntil: null,
      lastSyncAt: 1,
      recovery: null,
    };
    await fs.writeFile(file, JSON.stringify(old));
    const loaded = await createFileScheduleStore(file).load();
    expect(loaded.recovery).toBeNull();
    expect(loaded.schedule?.quietHours).toBeNull();
    const world = createWorld(local('2025-04-01T23:30'), createFileScheduleStore(file));
    await world.service.start();
    expect(shownLocal(world)).toEqual(['2025-04-01 23:30 Reminder a']);
  });
});
