// The wall clock set far ahead fires what lies in between; set back again,
// those reminders whose time is still to come fire again at their real time.
import { format } from 'date-fns';
import { describe, expect, it } from 'vitest';
import { TIME_ZONES, useTimeZone } from './fixtures';
import { createWorld, local, reminder, restart, type World } from './harness';

const shownLocal = (world: World) => world.notifier.shown.map((n) => `${format(n.at, 'yyyy-MM-dd HH:mm')} ${n.title}`);

/** Synced at 08:00 on 1 April; the clock is then moved to `ahead` and the scheduler looks again. */
async function clockSetAhead(ahead: string): Promise<World> {
  const world = createWorld(local('2025-04-01T08:00'));
  await world.service.start();
  await world.service.sync({
    reminders: [reminder('a', '2025-04-01T09:00'), reminder('b', '2025-04-03T09:00'), reminder('c', '2025-04-10T09:00')],
  });
  world.clock.sleepUntil(local(ahead));
  await world.service.reevaluate('clock-jump');
  return world;
}

describe.each(TIME_ZONES)('a clock set ahead and corrected, in %s', (zone) => {
  useTimeZone(zone);

  it('reminders shown ahead of their real time fire again at it, once each', async () => {
    const world = await clockSetAhead('2025-04-05T12:00');
    expect(shownLocal(world)).toEqual(['2025-04-05 12:00 You missed 2 reminders']);

    world.clock.sleepUntil(local('2025-04-01T08:30'));
    await world.service.reevaluate('clock-jump');
    const states = (await world.service.getState()).states;
    expect(states.filter((s) => s.firedAt === null).map((s) => s.id)).toEqual(['a', 'b', 'c']);
    expect((await world.service.getState()).nextDueAt).toBe(local('2025-04-01T09:00'));

    await world.clock.advanceTo(local('2025-04-04T00:00'), world.service);
    expect(shownLocal(world).slice(1)).toEqual(['2025-04-01 09:00 Reminder a', '2025-04-03 09:00 Reminder b']);
  });
});

describe('clock corrections', () => {
  useTimeZone('America/New_York');

  it('a reminder whose time has really passed by the correction is not shown again', async () => {
    const world = await clockSetAhead('2025-04-05T12:00');
    world.clock.sleepUntil(local('2025-04-02T12:00'));
    await world.service.reevaluate('clock-jump');
    await world.clock.advanceTo(local('2025-04-04T00:00'), world.service);
    expect(shownLocal(world)).toEqual(['2025-04-05 12:00 You missed 2 reminders', '2025-04-03 09:00 Reminder b']);
  });

  it('a step back of up to an hour (a time sync, a daylight-saving fix) does not show a reminder twice', async () => {
    const world = createWorld(local('2025-04-01T08:00'));
    await world.service.sync({ reminders: [reminder('a', '2025-04-01T09:00')] });
    await world.clock.advanceTo(local('2025-04-01T09:00'), world.service);
    for (const back of [30_000, 59 * 60_000]) {
      world.clock.sleepUntil(local('2025-04-01T09:00') - back);
      await world.service.reevaluate('clock-jump');
    }
    await world.clock.advanceTo(local('2025-04-01T12:00'), world.service);
    expect(shownLocal(world)).toEqual(['2025-04-01 09:00 Reminder a']);
  });

  it('a reminder first seen while the clock was ahead (recorded as passed) comes at its time', async () => {
    const world = createWorld(local('2025-04-05T22:00'));
    await world.service.sync({ reminders: [reminder('morning', '2025-04-05T09:00')] });
    expect(world.notifier.shown).toEqual([]);
    world.clock.sleepUntil(local('2025-04-05T07:00'));
    await world.service.reevaluate('clock-jump');
    await world.clock.advanceTo(local('2025-04-05T10:00'), world.service);
    expect(shownLocal(world)).toEqual(['2025-04-05 09:00 Reminder morning']);
  });

  it('the reopened reminders are saved, so a restart still fires them', async () => {
    const world = await clockSetAhead('2025-04-05T12:00');
    world.clock.sleepUntil(local('2025-04-01T08:30'));
    await world.service.reevaluate('clock-jump');
    await world.service.stop();
    const again = restart(world, local('2025-04-02T08:00'));
    await again.service.start();
    await again.clock.advanceTo(local('2025-04-04T00:00'), again.service);
    expect(shownLocal(again)).toEqual(['2025-04-02 08:00 Reminder a', '2025-04-03 09:00 Reminder b']);
  });
});
