import { describe, expect, it } from 'vitest';
import { addDays, differenceInCalendarDays, format, parseISO } from 'date-fns';
import { PlanCalendar } from '../../../../src-renderer/domain/plan/calendar';
import { buildPlan } from '../../../../src-renderer/domain/plan';

describe('counting days outside breaks', () => {
  const calendar = new PlanCalendar('2026-01-01', [1, 2, 3, 4, 5], [
    { from: '2026-01-10', to: '2026-01-19' },
    { from: '2026-02-01', to: '2026-02-02' },
  ]);
  const at = (iso: string) => calendar.indexOf(iso);

  it('counts plain days when no break is in the way', () => {
    expect(calendar.isoAt(calendar.addDaysOutsideBreaks(at('2026-01-01'), 5))).toBe('2026-01-06');
  });
  it('skips every day of a break it crosses', () => {
    // Jan 2–9 is 8 days, then the break (10 days), then Jan 20–21.
    expect(calendar.isoAt(calendar.addDaysOutsideBreaks(at('2026-01-01'), 10))).toBe('2026-01-21');
  });
  it('skips several breaks', () => {
    expect(calendar.isoAt(calendar.addDaysOutsideBreaks(at('2026-01-01'), 30))).toBe('2026-02-12');
  });
  it('is strictly later for a later start day outside breaks', () => {
    const a = calendar.addDaysOutsideBreaks(at('2026-01-08'), 20);
    const b = calendar.addDaysOutsideBreaks(at('2026-01-09'), 20);
    expect(b).toBeGreaterThan(a);
  });
});

describe('experience the student chose to add for eligibility', () => {
  it('does not accrue during a break: the experience step stretches by the break', () => {
    const base = {
      credential: 'CCS' as const,
      path: 'certificate' as const,
      pace: 'full-time' as const,
      startDate: '2025-01-06',
      hoursPerWeek: 30,
      background: { diplomaOrGed: true, experienceMonths: 0, heldCredentials: [], completedModules: [], addRecommendedExperience: true },
    };
    const plain = buildPlan(base);
    const experience = (plan: typeof plain) => plan.milestones.find((m) => m.id === 'prerequisite-experience')!;
    const from = experience(plain).startDate;
    // A four-week break that starts a month into the experience period.
    const breakFrom = format(addDays(parseISO(from), 30), 'yyyy-MM-dd');
    const breakTo = format(addDays(parseISO(from), 57), 'yyyy-MM-dd');
    const withBreak = buildPlan({ ...base, breaks: [{ from: breakFrom, to: breakTo }] });
    expect(experience(withBreak).startDate).toBe(from);
    expect(differenceInCalendarDays(parseISO(experience(withBreak).dueDate), parseISO(experience(plain).dueDate))).toBeGreaterThanOrEqual(28);
  });
});
