import { describe, expect, it, vi } from 'vitest';
import { createClockWatch } from '../../../../src-shared/reminders/clock-watch';
import { MAX_TIMER_DELAY_MS, createWakeTimer } from '../../../../src-shared/reminders/timer';

describe('wake timer', () => {
  it('clamps far-future delays, fires past instants at once, and keeps only one timer', () => {
    const armed: number[] = [];
    const cleared: unknown[] = [];
    let id = 0;
    const timer = createWakeTimer(
      { setTimeout: (_cb, ms) => (armed.push(ms), ++id), clearTimeout: (handle) => cleared.push(handle) },
      () => undefined,
    );
    const fortyDays = 40 * 24 * 60 * 60 * 1000;
    expect(timer.armAt(fortyDays, 0)).toBe(MAX_TIMER_DELAY_MS);
    expect(timer.armAt(-5, 0)).toBe(0);
    expect(timer.armAt(null, 0)).toBeNull();
    expect(armed).toEqual([MAX_TIMER_DELAY_MS, 0]);
    expect(cleared).toEqual([1, 2]);
    expect(MAX_TIMER_DELAY_MS).toBeLessThan(2 ** 31 - 1);
  });
});

describe('clock watch', () => {
  function setup() {
    let wall = 1_000_000;
    let mono = 0;
    let zone = 'America/New_York|300';
    let tick: () => void = () => undefined;
    const onChange = vi.fn();
    const watch = createClockWatch({
      wallNow: () => wall,
      monotonicNow: () => mono,
      zoneSignature: () => zone,
      setInterval: (callback) => ((tick = callback), 1),
      clearInterval: vi.fn(),
      onChange,
    });
    return {
      onChange,
      watch,
      pass(wallMs: number, monoMs: number) {
        wall += wallMs;
        mono += monoMs;
        tick();
      },
      moveTo(next: string) {
        zone = next;
      },
    };
  }

  it('stays quiet while both clocks agree', () => {
    const world = setup();
    world.pass(30_000, 30_000);
    world.pass(30_500, 30_000);
    expect(world.onChange).not.toHaveBeenCalled();
  });

  it('notices the wall clock being set, or a sleep, and a change of time zone', () => {
    const world = setup();
    world.pass(2 * 60 * 60 * 1000 + 30_000, 30_000); // clock set two hours ahead
    world.pass(30_000 - 10 * 60_000, 30_000); // and ten minutes back
    world.moveTo('Europe/London|-60');
    world.pass(30_000, 30_000);
    expect(world.onChange.mock.calls).toEqual([['clock-jump'], ['clock-jump'], ['time-zone']]);
  });
});
