import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { computeProgress, effectivePlanned, freezePlannedHistory } from '../../../../../src-renderer/domain/progress';
import { studyCalendarOf } from '../../../../../src-renderer/domain/progress/calendar';
import { plannedMinutesByDate } from '../../../../../src-renderer/domain/progress/planned-hours';
import { januaryPlan, januarySessions, milestone } from './fixtures';
import type { ProgressPlan } from '../../../../../src-renderer/domain/progress';

// Re-planning januaryPlan on Wed 2025-01-22: medical terminology (20 h, due
// 01-17) is not done, anatomy had its first two days (01-20, 01-21). The new
// plan lays both out again from 01-22.
const replanDay = '2025-01-22';
function replanned(): ProgressPlan {
  const old = januaryPlan();
  const history = freezePlannedHistory(plannedMinutesByDate(old.milestones, studyCalendarOf(old.input)), null, replanDay);
  return {
    ...old,
    plannedHistory: history,
    milestones: [
      milestone({ id: 'mod-medterm', title: 'Medical terminology', moduleId: 'medterm', startDate: '2025-01-22', dueDate: '2025-02-04', hours: 20 }),
      milestone({ id: 'mod-anatomy', title: 'Anatomy and physiology', moduleId: 'anatomy', startDate: '2025-02-05', dueDate: '2025-02-18', hours: 20 }),
      milestone({ id: 'exam', kind: 'exam', title: 'CPC exam', startDate: '2025-03-03', dueDate: '2025-03-03' }),
    ],
  };
}

describe('re-plan keeps history', () => {
  it('leaves the planned hours of past weeks as they were', () => {
    const before = computeProgress(januaryPlan(), januarySessions, { today: replanDay, weekStartsOn: 1 });
    const after = computeProgress(replanned(), januarySessions, { today: replanDay, weekStartsOn: 1 });
    const past = (weeks: typeof before.weeks) => weeks.filter((w) => w.weekEnd < replanDay);
    expect(past(after.weeks)).toEqual(past(before.weeks));
    // Weeks of 01-06 and 01-13: 10 h planned each, as before the re-plan.
    expect(after.weeks.find((w) => w.weekStart === '2025-01-13')?.plannedHours).toBe(10);
    // The current week: Mon and Tue as frozen (anatomy, 2 h each), Wed–Fri from the new plan (medterm, 2 h each).
    expect(after.thisWeek.plannedHours).toBe(10);
  });

  it('is on track on the day of the re-plan, and the earlier shortfall stays visible', () => {
    const before = computeProgress(januaryPlan(), januarySessions, { today: replanDay, weekStartsOn: 1 });
    expect(before.pace.status).toBe('behind');
    const after = computeProgress(replanned(), januarySessions, { today: replanDay, weekStartsOn: 1 });
    expect(after.pace.status).toBe('on-track');
    expect(after.pace.days).toBe(0);
    // Before 01-22: medterm 20 h + anatomy 01-20 and 01-21 (4 h) planned; 615 min logged.
    expect(after.shortfall).toEqual({ since: replanDay, plannedHours: 24, loggedHours: 10.25, shortHours: 13.75 });
    expect(before.shortfall).toBeNull();
  });

  it('counts from the re-plan day afterwards: a missed day after it is behind again', () => {
    // Thu 01-23, nothing logged on 01-22: 2 h short at 10 h/week → behind by 1 day.
    const later = computeProgress(replanned(), januarySessions, { today: '2025-01-23', weekStartsOn: 1 });
    expect(later.pace.status).toBe('behind');
    expect(later.pace.days).toBe(-1);
    expect(later.pace.plannedHours).toBe(2);
  });

  it('a second re-plan keeps what the first one froze', () => {
    const first = replanned();
    const calendar = studyCalendarOf(first.input);
    const second = freezePlannedHistory(plannedMinutesByDate(first.milestones, calendar), first.plannedHistory, '2025-01-29');
    expect(second.frozenBefore).toBe('2025-01-29');
    // 01-20 still reads the original anatomy day, 01-22 the first re-plan's medterm day.
    expect(second.minutes['2025-01-20']).toBe(120);
    expect(second.minutes['2025-01-22']).toBe(120);
    expect(second.minutes['2025-01-10']).toBe(120);
    // A change dated before the last freeze (clock set back) keeps the later freeze.
    expect(freezePlannedHistory(new Map(), second, '2025-01-25')).toBe(second);
  });

  it('whatever the new plan, days before the freeze read their frozen minutes', () => {
    const date = fc.integer({ min: 1, max: 28 }).map((d) => `2025-02-${String(d).padStart(2, '0')}`);
    fc.assert(
      fc.property(fc.array(fc.tuple(date, fc.integer({ min: 1, max: 600 }))), fc.array(fc.tuple(date, fc.integer({ min: 1, max: 600 }))), date, (oldDays, newDays, day) => {
        const old = new Map(oldDays);
        const history = freezePlannedHistory(old, null, day);
        const effective = effectivePlanned(new Map(newDays), history);
        for (const [d, minutes] of old) if (d < day) expect(effective.get(d)).toBe(minutes);
        for (const [d, minutes] of newDays) if (d >= day) expect(effective.get(d)).toBe(new Map(newDays).get(d) ?? minutes);
        for (const d of effective.keys()) if (d < day) expect(old.has(d)).toBe(true);
      }),
    );
  });
});
