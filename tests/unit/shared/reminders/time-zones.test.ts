import { format } from 'date-fns';
import { describe, expect, it } from 'vitest';
import { DEFAULT_REMINDER_SETTINGS, deriveReminders } from '../../../../src-renderer/domain/reminders';
import { cpcPlan, useTimeZone } from './fixtures';
import { createWorld, local, reminder } from './harness';

const everyDay = [0, 1, 2, 3, 4, 5, 6];

async function fireDailyNudges(from: string, days: number, startAt: number, endAt: number) {
  const plan = cpcPlan({ input: { ...cpcPlan().input, startDate: '2025-01-01', studyDays: everyDay }, examDate: '2026-12-01' });
  const reminders = deriveReminders([plan], { ...DEFAULT_REMINDER_SETTINGS, leadDays: 0 }, from, days).filter((r) => r.kind === 'study-nudge');
  const world = createWorld(startAt);
  await world.service.sync({ reminders });
  await world.clock.advanceTo(endAt, world.service);
  return world.notifier.shown.map((n) => n.at);
}

const utc = (y: number, m: number, d: number, h: number, min = 0) => Date.UTC(y, m - 1, d, h, min);

describe('a daily 19:00 reminder across daylight-saving changes', () => {
  describe('America/New_York', () => {
    useTimeZone('America/New_York');

    it('stays at 19:00 local when the clocks go forward (9 March 2025)', async () => {
      const fired = await fireDailyNudges('2025-03-07', 5, utc(2025, 3, 7, 12), utc(2025, 3, 12, 12));
      expect(fired).toEqual([
        utc(2025, 3, 8, 0), // Fri 7 Mar 19:00 EST
        utc(2025, 3, 9, 0), // Sat 8 Mar 19:00 EST
        utc(2025, 3, 9, 23), // Sun 9 Mar 19:00 EDT
        utc(2025, 3, 10, 23),
        utc(2025, 3, 11, 23),
      ]);
    });

    it('stays at 19:00 local when the clocks go back (2 November 2025)', async () => {
      const fired = await fireDailyNudges('2025-11-01', 3, utc(2025, 11, 1, 12), utc(2025, 11, 4, 12));
      expect(fired).toEqual([utc(2025, 11, 1, 23), utc(2025, 11, 3, 0), utc(2025, 11, 4, 0)]);
    });

    it('fires a time inside the spring-forward gap just after it, and an ambiguous fall-back time once', async () => {
      const world = createWorld(utc(2025, 3, 8, 12));
      await world.service.sync({ reminders: [reminder('gap', '2025-03-09T02:30'), reminder('twice', '2025-11-02T01:30')] });
      await world.clock.advanceTo(utc(2025, 11, 3, 12), world.service);
      // 02:30 does not exist on 9 March: shown at 03:30 EDT. 01:30 happens twice on 2 November: shown once.
      expect(world.notifier.shown.map((n) => n.at)).toEqual([utc(2025, 3, 9, 7, 30), utc(2025, 11, 2, 5, 30)]);
    });
  });

  describe('Europe/London', () => {
    useTimeZone('Europe/London');

    it('stays at 19:00 local when the clocks go forward (30 March 2025) and back (26 October 2025)', async () => {
      const spring = await fireDailyNudges('2025-03-29', 3, utc(2025, 3, 29, 8), utc(2025, 4, 1, 8));
      expect(spring).toEqual([utc(2025, 3, 29, 19), utc(2025, 3, 30, 18), utc(2025, 3, 31, 18)]);
      const autumn = await fireDailyNudges('2025-10-25', 3, utc(2025, 10, 25, 8), utc(2025, 10, 28, 8));
      expect(autumn).toEqual([utc(2025, 10, 25, 18), utc(2025, 10, 26, 19), utc(2025, 10, 27, 19)]);
    });
  });

  describe.each(['Australia/Sydney', 'Asia/Kolkata'])('%s', (zone) => {
    useTimeZone(zone);

    it('fires every daily nudge at 19:00 local through April 2025 (Sydney leaves DST on 6 April)', async () => {
      const fired = await fireDailyNudges('2025-04-03', 6, local('2025-04-03T08:00'), local('2025-04-09T08:00'));
      expect(fired.map((at) => format(at, 'yyyy-MM-dd HH:mm'))).toEqual([
        '2025-04-03 19:00',
        '2025-04-04 19:00',
        '2025-04-05 19:00',
        '2025-04-06 19:00',
        '2025-04-07 19:00',
        '2025-04-08 19:00',
      ]);
    });
  });
});

describe('a time-zone change while running', () => {
  useTimeZone('America/New_York');

  it('moves the next reminders to 19:00 in the new zone and never repeats one already shown', async () => {
    const reminders = ['2025-04-01', '2025-04-02', '2025-04-03'].map((day) => reminder(day, `${day}T19:00`, { kind: 'study-nudge' }));
    const world = createWorld(utc(2025, 4, 1, 12)); // 08:00 in New York
    await world.service.sync({ reminders });
    await world.clock.advanceTo(utc(2025, 4, 2, 0), world.service); // 1 April 19:00 EDT fired
    process.env.TZ = 'Europe/London'; // the user flies to London
    await world.service.reevaluate('time-zone');
    await world.clock.advanceTo(utc(2025, 4, 2, 20), world.service); // 2 April 19:00 BST fired
    process.env.TZ = 'America/New_York'; // and back: 2 April 19:00 New York must not fire again
    await world.service.reevaluate('time-zone');
    await world.clock.advanceTo(utc(2025, 4, 4, 12), world.service);
    expect(world.notifier.shown.map((n) => [n.title, n.at])).toEqual([
      ['Reminder 2025-04-01', utc(2025, 4, 1, 23)],
      ['Reminder 2025-04-02', utc(2025, 4, 2, 18)],
      ['Reminder 2025-04-03', utc(2025, 4, 3, 23)],
    ]);
  });
});
