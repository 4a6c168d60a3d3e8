import { describe, expect, it } from 'vitest';
import { contract } from '../../../../src-shared/ipc/contract';
import { FIRST_SIGHT_GRACE_MS } from '../../../../src-shared/reminders/merge-sync';
import { RETRY_AFTER_ERROR_MS } from '../../../../src-shared/reminders/service';
import { MAX_TIMER_DELAY_MS } from '../../../../src-shared/reminders/timer';
import { useTimeZone } from './fixtures';
import { MemoryStore, createWorld, local, reminder, restart } from './harness';

describe('reminder service', () => {
  useTimeZone('America/New_York');

  it('fires reminders in time order, each at its own local time', async () => {
    const world = createWorld(local('2025-04-01T08:00'));
    await world.service.start();
    await world.service.sync({
      reminders: [
        reminder('c', '2025-04-02T09:00'),
        reminder('a', '2025-04-01T09:00'),
        reminder('b', '2025-04-01T19:00'),
      ],
    });
    await world.clock.advanceTo(local('2025-04-03T00:00'), world.service);
    expect(world.notifier.shown.map((n) => [n.title, n.at])).toEqual([
      ['Reminder a', local('2025-04-01T09:00')],
      ['Reminder b', local('2025-04-01T19:00')],
      ['Reminder c', local('2025-04-02T09:00')],
    ]);
    expect(world.notifier.shown[0]?.actions?.map((a) => a.label)).toEqual(['Snooze 1 hour', 'Snooze until tomorrow']);
  });

  it('shows what was missed during sleep once, collapsed into one notification', async () => {
    const world = createWorld(local('2025-04-01T08:00'));
    await world.service.sync({
      reminders: [
        reminder('nudge', '2025-04-01T19:00', { kind: 'study-nudge', title: 'Time to study', milestoneId: null }),
        reminder('reg', '2025-04-01T10:00', { kind: 'registration-deadline', title: 'Exam registration closes today' }),
        reminder('due', '2025-04-01T12:00'),
        reminder('later', '2025-04-02T09:00'),
      ],
    });
    world.clock.sleepUntil(local('2025-04-01T21:00'));
    await world.service.reevaluate('resume');
    expect(world.notifier.shown).toHaveLength(1);
    const summary = world.notifier.shown[0];
    expect(summary?.title).toBe('You missed 3 reminders');
    // The deadline is listed first: it costs most to miss.
    expect(summary?.body.split('\n')[0]).toContain('Exam registration closes today');
    summary?.click();
    expect(world.opened).toEqual([['plan-1', 'm-reg']]);
    await world.service.reevaluate('unlock-screen');
    await world.clock.advanceTo(local('2025-04-02T10:00'), world.service);
    expect(world.notifier.shown.map((n) => n.title)).toEqual(['You missed 3 reminders', 'Reminder later']);
  });

  it('shows a single missed reminder on its own, saying when it was due', async () => {
    const world = createWorld(local('2025-04-01T08:00'));
    await world.service.sync({ reminders: [reminder('a', '2025-04-01T09:00')], locale: 'en-GB' });
    world.clock.sleepUntil(local('2025-04-01T13:00'));
    await world.service.reevaluate('resume');
    expect(world.notifier.shown.map((n) => n.title)).toEqual(['Reminder a']);
    expect(world.notifier.shown[0]?.body).toBe('Missed — was due Tue 1 Apr, 9:00. Body a');
  });

  it('catches up after a restart and never fires a reminder twice across restarts', async () => {
    const first = createWorld(local('2025-04-01T08:00'));
    await first.service.start();
    await first.service.sync({
      reminders: [reminder('a', '2025-04-01T09:00'), reminder('b', '2025-04-01T18:00'), reminder('c', '2025-04-01T20:00'), reminder('d', '2025-04-03T09:00')],
    });
    await first.clock.advanceTo(local('2025-04-01T10:00'), first.service);
    await first.service.stop();
    expect(first.notifier.shown.map((n) => n.title)).toEqual(['Reminder a']);

    // Closed from 10:00 until 22:00: b and c were missed.
    const second = restart(first, local('2025-04-01T22:00'));
    await second.service.start();
    expect(second.notifier.shown.map((n) => n.title)).toEqual(['You missed 2 reminders']);
    await second.service.stop();

    const third = restart(second, local('2025-04-01T23:00'));
    await third.service.start();
    await third.clock.advanceTo(local('2025-04-04T00:00'), third.service);
    expect(third.notifier.shown.map((n) => n.title)).toEqual(['Reminder d']);

    const fourth = restart(third, local('2025-04-05T00:00'));
    await fourth.service.start();
    await fourth.clock.advanceTo(local('2025-04-10T00:00'), fourth.service);
    expect(fourth.notifier.shown).toEqual([]);
  });

  it('never fires twice or drops one when the same list is synced again, changed or extended', async () => {
    const world = createWorld(local('2025-04-01T08:00'));
    await world.service.sync({ reminders: [reminder('a', '2025-04-01T09:00')] });
    await world.clock.advanceTo(local('2025-04-01T09:30'), world.service);
    await world.service.sync({ reminders: [reminder('a', '2025-04-01T09:00'), reminder('b', '2025-04-01T11:00')] });
    await world.service.sync({ reminders: [reminder('a', '2025-04-01T09:00', { title: 'Renamed' }), reminder('b', '2025-04-01T11:00')] });
    // 'a' leaves the plan (milestone marked done) and comes back (un-done): still fired.
    await world.service.sync({ reminders: [reminder('b', '2025-04-01T11:00')] });
    await world.service.sync({ reminders: [reminder('a', '2025-04-01T09:00'), reminder('b', '2025-04-01T11:00')] });
    await world.clock.advanceTo(local('2025-04-02T00:00'), world.service);
    expect(world.notifier.shown.map((n) => n.title)).toEqual(['Reminder a', 'Reminder b']);
    const state = await world.service.getState();
    expect(state.states.every((s) => s.firedAt !== null)).toBe(true);
  });

  it('drops a reminder removed from the plan before it fired', async () => {
    const world = createWorld(local('2025-04-01T08:00'));
    const response = await world.service.sync({ reminders: [reminder('a', '2025-04-01T09:00'), reminder('b', '2025-04-01T10:00')] });
    expect(response).toEqual({ scheduled: 2 });
    await world.service.sync({ reminders: [reminder('b', '2025-04-01T10:00')] });
    await world.clock.advanceTo(local('2025-04-01T12:00'), world.service);
    expect(world.notifier.shown.map((n) => n.title)).toEqual(['Reminder b']);
  });

  it('follows a reminder whose time changed before it fired', async () => {
    const world = createWorld(local('2025-04-01T08:00'));
    await world.service.sync({ reminders: [reminder('nudge', '2025-04-01T19:00')] });
    await world.service.sync({ reminders: [reminder('nudge', '2025-04-01T20:30')] });
    await world.clock.advanceTo(local('2025-04-02T00:00'), world.service);
    expect(world.notifier.shown.map((n) => n.at)).toEqual([local('2025-04-01T20:30')]);
  });

  it('shows a reminder from earlier today on first sync, but not one long before it was ever scheduled', async () => {
    const world = createWorld(local('2025-04-01T20:00'));
    await world.service.sync({
      reminders: [reminder('morning', '2025-04-01T09:00'), reminder('stale', '2025-03-30T09:00')],
    });
    expect(world.notifier.shown.map((n) => n.title)).toEqual(['Reminder morning']);
    const state = await world.service.getState();
    expect(state.states.find((s) => s.id === 'stale')?.firedAt).toBeNull();
    // Just inside the grace window still counts as today's business.
    const edge = createWorld(local('2025-04-01T09:00') + FIRST_SIGHT_GRACE_MS - 60_000);
    await edge.service.sync({ reminders: [reminder('edge', '2025-04-01T09:00')] });
    expect(edge.notifier.shown).toHaveLength(1);
  });

  it('never arms a timer longer than the safe maximum, and still fires a reminder 40 days ahead on time', async () => {
    const world = createWorld(local('2025-04-01T08:00'));
    await world.service.sync({ reminders: [reminder('far', '2025-05-11T09:00')] });
    await world.clock.advanceTo(local('2025-05-12T00:00'), world.service);
    expect(world.notifier.shown.map((n) => n.at)).toEqual([local('2025-05-11T09:00')]);
    expect(Math.max(...world.clock.delays)).toBeLessThanOrEqual(MAX_TIMER_DELAY_MS);
    expect(world.clock.delays.length).toBeGreaterThan(40 * 24);
  });

  it('opens the app at the milestone when a notification is clicked', async () => {
    const world = createWorld(local('2025-04-01T08:00'));
    await world.service.sync({ reminders: [reminder('a', '2025-04-01T09:00', { planId: 'p9', milestoneId: 'icd10' })] });
    await world.clock.advanceTo(local('2025-04-01T09:00'), world.service);
    world.notifier.shown[0]?.click();
    expect(world.opened).toEqual([['p9', 'icd10']]);
  });

  it('snoozes from the notification for an hour or until 09:00 tomorrow', async () => {
    const world = createWorld(local('2025-04-01T08:00'));
    await world.service.sync({ reminders: [reminder('a', '2025-04-01T09:00'), reminder('b', '2025-04-01T21:00')] });
    await world.clock.advanceTo(local('2025-04-01T09:00'), world.service);
    world.notifier.shown[0]?.act('snooze-hour');
    await world.clock.advanceTo(local('2025-04-01T21:00'), world.service);
    world.notifier.shown[2]?.act('snooze-tomorrow');
    await world.clock.advanceTo(local('2025-04-03T00:00'), world.service);
    expect(world.notifier.shown.map((n) => [n.title, n.at])).toEqual([
      ['Reminder a', local('2025-04-01T09:00')],
      ['Reminder a', local('2025-04-01T10:00')],
      ['Reminder b', local('2025-04-01T21:00')],
      ['Reminder b', local('2025-04-02T09:00')],
    ]);
  });

  it('snoozes through the contract handler and refuses an unknown id', async () => {
    const world = createWorld(local('2025-04-01T08:00'));
    await world.service.sync({ reminders: [reminder('a', '2025-04-01T08:30')] });
    const response = await world.service.handlers['reminders:snooze']({ id: 'a', until: 'hour' });
    expect(response).toEqual({ snoozedUntil: local('2025-04-01T09:00') });
    await expect(world.service.snooze({ id: 'nope', until: 'hour' })).rejects.toThrow(/No scheduled reminder/);
    await world.clock.advanceTo(local('2025-04-01T10:00'), world.service);
    expect(world.notifier.shown.map((n) => n.at)).toEqual([local('2025-04-01T09:00')]);
  });

  it('holds reminders while paused and shows them when the pause ends; "off" resumes at once', async () => {
    const world = createWorld(local('2025-04-01T08:00'));
    await world.service.sync({ reminders: [reminder('a', '2025-04-01T08:20'), reminder('b', '2025-04-01T08:40'), reminder('c', '2025-04-01T12:00')] });
    const paused = await world.service.pause({ for: 'hour' });
    expect(paused).toEqual({ pausedUntil: local('2025-04-01T09:00') });
    expect((await world.service.getState()).pausedUntil).toBe(local('2025-04-01T09:00'));
    await world.clock.advanceTo(local('2025-04-01T10:00'), world.service);
    expect(world.notifier.shown.map((n) => [n.title, n.at])).toEqual([['You missed 2 reminders', local('2025-04-01T09:00')]]);
    await world.service.pause({ for: 'tomorrow' });
    expect((await world.service.getState()).pausedUntil).toBe(local('2025-04-02T09:00'));
    await world.service.pause({ for: 'off' });
    await world.clock.advanceTo(local('2025-04-01T12:00'), world.service);
    expect(world.notifier.shown.map((n) => n.title)).toEqual(['You missed 2 reminders', 'Reminder c']);
  });

  it('answers get-state in the shape the contract promises', async () => {
    const world = createWorld(local('2025-04-01T08:00'));
    await world.service.sync({ reminders: [reminder('a', '2025-04-01T09:00')] });
    const state = await world.service.handlers['reminders:get-state'](undefined);
    const full = await world.service.getState();
    expect(contract['reminders:get-state'].response.safeParse(state).success).toBe(true);
    expect(state).toMatchObject({ states: [{ id: 'a', firedAt: null, snoozedUntil: null }], pausedUntil: null, recovery: null });
    expect(full.nextDueAt).toBe(local('2025-04-01T09:00'));
  });

  it('sends a test notification and says whether it could', async () => {
    const world = createWorld(local('2025-04-01T08:00'));
    expect(await world.service.test()).toEqual({ shown: true });
    expect(world.notifier.shown[0]?.title).toBe('CoderPath test notification');
    world.notifier.supported = false;
    expect(await world.service.handlers['reminders:test'](undefined)).toEqual({ shown: false });
  });

  it('keeps firing when the schedule cannot be saved, and reports the save error', async () => {
    const store = new MemoryStore();
    const world = createWorld(local('2025-04-01T08:00'), store);
    await world.service.sync({ reminders: [reminder('a', '2025-04-01T09:00')] });
    store.failSaves = true;
    await world.clock.advanceTo(local('2025-04-01T10:00'), world.service);
    expect(world.notifier.shown).toHaveLength(1);
    expect((await world.service.getState()).lastSaveError).toBe('disk full');
  });
});

describe('reminder service faults', () => {
  useTimeZone('Europe/London');

  it('keeps its timer when showing a notification fails, so later reminders still fire', async () => {
    const world = createWorld(local('2025-04-01T08:00'));
    const realShow = world.notifier.show.bind(world.notifier);
    let failures = 1;
    world.notifier.show = (request) => {
      if (failures-- > 0) throw new Error('notification daemon crashed');
      return realShow(request);
    };
    await world.service.sync({ reminders: [reminder('a', '2025-04-01T09:00'), reminder('b', '2025-04-01T10:00')] });
    await world.clock.advanceTo(local('2025-04-01T11:00'), world.service);
    expect(world.notifier.shown.map((n) => n.title)).toEqual(['Reminder b']);
  });

  it('retries within a minute when the next due time cannot be computed', async () => {
    let broken = false;
    const world = createWorld(local('2025-04-01T08:00'), new MemoryStore(), {
      toInstant: (at) => {
        if (broken) throw new Error('zone database unavailable');
        return local(at);
      },
    });
    await world.service.sync({ reminders: [reminder('a', '2025-04-01T09:00')] });
    broken = true;
    await world.service.reevaluate('time-zone');
    expect(world.clock.delays.at(-1)).toBe(RETRY_AFTER_ERROR_MS);
    broken = false;
    await world.clock.advanceTo(local('2025-04-01T08:02'), world.service);
    expect((await world.service.getState()).nextDueAt).toBe(local('2025-04-01T09:00'));
    await world.clock.advanceTo(local('2025-04-01T09:00'), world.service);
    expect(world.notifier.shown.map((n) => n.at)).toEqual([local('2025-04-01T09:00')]);
  });
});
