import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createClock, formatHlc, migrationStamp, observe, parseHlc, tick } from '../../../src-shared/sync/hlc';

describe('hybrid logical clock', () => {
  it('orders every stamp after the ones before it, even when the wall clock goes backwards', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 2_000_000_000_000 }), { minLength: 1, maxLength: 40 }), (nows) => {
        let clock = createClock('laptop');
        let last = '';
        for (const now of nows) {
          const next = tick(clock, now);
          expect(next.stamp > last).toBe(true);
          last = next.stamp;
          clock = next.clock;
        }
      }),
    );
  });

  it('sorts local changes after a remote stamp it has seen, though this computer runs an hour slow', () => {
    const remote = formatHlc(1_733_000_000_000 + 3_600_000, 4, 'desktop');
    const clock = observe(createClock('laptop'), remote, 1_733_000_000_000);
    expect(tick(clock, 1_733_000_000_000).stamp > remote).toBe(true);
  });

  it('breaks a tie of wall time and counter by computer id, so the order is total', () => {
    expect(formatHlc(5, 1, 'aaaa') < formatHlc(5, 1, 'bbbb')).toBe(true);
    expect(formatHlc(5, 1, 'zzzz') < formatHlc(5, 2, 'aaaa')).toBe(true);
    expect(formatHlc(9, 0, 'zzzz') < formatHlc(10, 0, 'aaaa')).toBe(true);
  });

  it('round-trips a stamp and refuses what is not one', () => {
    expect(parseHlc(formatHlc(1_733_000_000_123, 7, 'laptop1'))).toEqual({ wall: 1_733_000_000_123, counter: 7, node: 'laptop1' });
    expect(() => parseHlc('1733-0-laptop')).toThrow(/Not a change stamp/);
    expect(() => createClock('My Laptop')).toThrow(/Not a computer id/);
  });

  it('gives pre-sync data its own last-change time, so the newer copy wins when two computers first meet', () => {
    expect(migrationStamp(2_000, 'desktop') > migrationStamp(1_000, 'laptop')).toBe(true);
    expect(migrationStamp(Number.NaN, 'laptop')).toBe(formatHlc(0, 0, 'laptop'));
  });
});
