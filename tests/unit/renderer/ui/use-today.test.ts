// useToday's midnight timer lands on the next local midnight, whatever the
// zone the tests run in, across a DST change and a leap day.
import { describe, expect, it } from 'vitest';
import { msUntilLocalMidnight } from '../../../../src-renderer/ui/useToday';

describe('msUntilLocalMidnight', () => {
  it.each([
    new Date(2025, 2, 8, 23, 59, 30), // the night before US DST starts
    new Date(2025, 2, 9, 12, 0, 0), // a 23-hour day in New York
    new Date(2024, 1, 28, 18, 0, 0), // before a leap day
    new Date(2025, 10, 2, 0, 30, 0), // a 25-hour day in New York
  ])('from %s reaches the start of the next local day', (now) => {
    const at = new Date(now.getTime() + msUntilLocalMidnight(now));
    expect([at.getHours(), at.getMinutes(), at.getSeconds()]).toEqual([0, 0, 0]);
    const next = new Date(now.getFullYear(), now.getMonth(), now.getDate() + 1);
    expect(at.getDate()).toBe(next.getDate());
  });

  it('is never zero, so the timer cannot spin', () => {
    expect(msUntilLocalMidnight(new Date(2025, 0, 1, 0, 0, 0))).toBeGreaterThan(0);
  });
});
