// The weekly chart starts at the plan's first study and reads the current week as in progress.
import { describe, expect, it } from 'vitest';
import { weeklySummary, weeksSincePlanStart } from '../../../../src-renderer/progress/WeeklyChart';
import type { WeekHours } from '../../../../src-renderer/domain/progress';

const week = (weekStart: string, plannedHours: number, actualHours: number): WeekHours => ({ weekStart, weekEnd: weekStart, plannedHours, actualHours });

describe('weeksSincePlanStart', () => {
  it('leaves out the empty weeks before the plan, keeps empty weeks inside it', () => {
    const weeks = [week('2026-10-04', 0, 0), week('2026-10-11', 0, 0), week('2026-10-18', 10, 0), week('2026-10-25', 0, 0), week('2026-11-01', 10, 2)];
    expect(weeksSincePlanStart(weeks).map((w) => w.weekStart)).toEqual(['2026-10-18', '2026-10-25', '2026-11-01']);
  });

  it('keeps a week with logged study even before anything was planned, and always the current week', () => {
    expect(weeksSincePlanStart([week('2026-10-04', 0, 1), week('2026-10-11', 5, 0)])).toHaveLength(2);
    expect(weeksSincePlanStart([week('2026-10-04', 0, 0), week('2026-10-11', 0, 0)]).map((w) => w.weekStart)).toEqual(['2026-10-11']);
  });
});

describe('weeklySummary', () => {
  it('counts met weeks among past weeks only: the current one is in progress', () => {
    const text = weeklySummary([week('2026-10-18', 10, 12), week('2026-10-25', 10, 3), week('2026-11-01', 10, 1)]);
    expect(text).toBe('Last 3 weeks: 16 h logged against 30 h planned; the plan was met in 1 of 2 past planned weeks. This week so far (in progress): 1 h of 10 h.');
    expect(weeklySummary([week('2026-11-01', 10, 1)])).toBe('This week so far (in progress): 1 h of 10 h.');
  });
});
