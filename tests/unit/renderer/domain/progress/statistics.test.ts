import { describe, expect, it } from 'vitest';
import { computeProgress } from '../../../../../src-renderer/domain/progress';
import { januaryPlan, januarySessions } from './fixtures';

const today = '2025-01-15'; // a Wednesday

describe('weekly hours, planned against logged', () => {
  it('spreads each module over its study days and sums weeks starting Monday', () => {
    const stats = computeProgress(januaryPlan(), januarySessions, { today, weekStartsOn: 1 });
    expect(stats.weeks).toHaveLength(12);
    const [previous, current] = stats.weeks.slice(-2);
    expect(previous).toEqual({ weekStart: '2025-01-06', weekEnd: '2025-01-12', plannedHours: 10, actualHours: 7 }); // 120+60+90+120+30 min
    expect(current).toEqual({ weekStart: '2025-01-13', weekEnd: '2025-01-19', plannedHours: 10, actualHours: 3.25 }); // 120+45+30 min
    expect(stats.thisWeek).toEqual(current);
    expect(stats.weeks[0]?.weekStart).toBe('2024-10-28');
    expect(stats.weeks[0]?.plannedHours).toBe(0);
  });

  it('moves the weekend session into the next week when weeks start on Sunday', () => {
    const stats = computeProgress(januaryPlan(), januarySessions, { today, weekStartsOn: 0 });
    const [previous, current] = stats.weeks.slice(-2);
    expect(previous).toMatchObject({ weekStart: '2025-01-05', weekEnd: '2025-01-11', plannedHours: 10, actualHours: 7 });
    expect(current).toMatchObject({ weekStart: '2025-01-12', weekEnd: '2025-01-18', plannedHours: 10, actualHours: 3.25 });
  });

  it('shows more than twelve weeks when asked, never fewer', () => {
    expect(computeProgress(januaryPlan(), januarySessions, { today, weekStartsOn: 1, weeks: 26 }).weeks).toHaveLength(26);
    expect(computeProgress(januaryPlan(), januarySessions, { today, weekStartsOn: 1, weeks: 4 }).weeks).toHaveLength(12);
  });

  it('plans nothing on a break and spreads the module over the remaining study days', () => {
    const plan = januaryPlan();
    plan.input = { ...plan.input, breaks: [{ from: '2025-01-13', to: '2025-01-14' }] };
    const stats = computeProgress(plan, [], { today, weekStartsOn: 1 });
    // 20 h over 8 study days = 2.5 h/day: week of 01-06 has 5 days, week of 01-13 has 3.
    expect(stats.weeks.at(-2)?.plannedHours).toBe(12.5);
    expect(stats.weeks.at(-1)?.plannedHours).toBe(7.5);
    expect(stats.today.plannedMinutes).toBe(150);
  });
});

describe('ahead or behind', () => {
  it('converts the hour gap to calendar days at the weekly pace', () => {
    const { pace } = computeProgress(januaryPlan(), januarySessions, { today, weekStartsOn: 1 });
    // Planned before today: 7 study days × 2 h = 14 h; today: min(2 h planned, 0.5 h logged) = 0.5 h.
    expect(pace.plannedHours).toBe(14.5);
    expect(pace.loggedHours).toBe(10.25);
    expect(pace.gapHours).toBe(-4.25);
    // 4.25 h ÷ (10 h / 7 days) = 2.975 → 3 days.
    expect(pace).toMatchObject({ status: 'behind', days: -3, basis: 'hours', overdue: [] });
    expect(pace.explanation).toContain('Behind by 3 days');
    expect(pace.detail).toMatch(/^At \d+(\.\d)? h\/week: −/);
  });

  it('does not count today as missed before the user has studied', () => {
    const sessions = [
      { date: '2025-01-13', minutes: 120 },
      { date: '2025-01-14', minutes: 120 },
    ];
    const plan = januaryPlan();
    plan.milestones[0] = { ...plan.milestones[0]!, startDate: '2025-01-13' }; // 20 h over 01-13 … 01-17: 4 h/day
    const { pace } = computeProgress(plan, sessions, { today, weekStartsOn: 1 });
    expect(pace.plannedHours).toBe(8);
    expect(pace.loggedHours).toBe(4);
    // 4 h ÷ (10/7) = 2.8 → 3 days behind; today's unstudied 4 h are not counted yet.
    expect(pace.days).toBe(-3);
  });

  it('reports ahead when more was logged than planned', () => {
    const sessions = [...januarySessions, { date: '2025-01-12', minutes: 600 }];
    const { pace } = computeProgress(januaryPlan(), sessions, { today, weekStartsOn: 1 });
    // 20.25 h logged − 14.5 h planned = 5.75 h → 5.75 × 0.7 = 4.025 → 4 days.
    expect(pace).toMatchObject({ status: 'ahead', days: 4 });
    expect(pace.explanation).toContain('Ahead by 4 days');
  });

  it('is on track when the gap is under half a day', () => {
    const sessions = [...januarySessions, { date: '2025-01-12', minutes: 240 }];
    const { pace } = computeProgress(januaryPlan(), sessions, { today, weekStartsOn: 1 });
    // 14.25 − 14.5 = −0.25 h → −0.175 days → 0.
    expect(pace).toMatchObject({ status: 'on-track', days: 0 });
  });

  it('is behind by the overdue days when an unfinished milestone is late and the hours look fine', () => {
    const sessions = [...januarySessions, { date: '2025-01-21', minutes: 840 }];
    const { pace } = computeProgress(januaryPlan(), sessions, { today: '2025-01-22', weekStartsOn: 1 });
    // Hours: 24.25 logged − 24 planned → 0 days. Medical terminology was due 01-17: 5 days late.
    expect(pace.daysByHours).toBe(0);
    expect(pace).toMatchObject({ status: 'behind', days: -5, basis: 'milestones' });
    expect(pace.overdue).toEqual([{ id: 'mod-medterm', title: 'Medical terminology', dueDate: '2025-01-17', daysOverdue: 5 }]);
    expect(pace.explanation).toContain('"Medical terminology" was due 2025-01-17');
  });

  it('keeps the hours figure when it is worse than the overdue milestone', () => {
    const { pace } = computeProgress(januaryPlan(), januarySessions, { today: '2025-01-22', weekStartsOn: 1 });
    // 10.25 − 24 = −13.75 h → −9.625 → 10 days behind (worse than 5 days overdue).
    expect(pace).toMatchObject({ days: -10, basis: 'hours' });
  });

  it('ignores done milestones when looking for overdue ones', () => {
    const sessions = [...januarySessions, { date: '2025-01-21', minutes: 840 }];
    const { pace } = computeProgress(januaryPlan({ medterm: true }), sessions, { today: '2025-01-22', weekStartsOn: 1 });
    expect(pace).toMatchObject({ status: 'on-track', days: 0, overdue: [] });
  });
});

describe('streak', () => {
  it('counts study days with sessions, skips weekends, and is broken by a missed weekday', () => {
    const { streak } = computeProgress(januaryPlan(), januarySessions, { today, weekStartsOn: 1 });
    // 06 07 08 | Thu 09 missed | 10 11(Sat) 12(Sun, skipped) 13 14 15 → current 5, longest 5.
    expect(streak).toEqual({ current: 5, longest: 5, studiedToday: true, lastStudyDate: '2025-01-15' });
  });

  it('keeps the streak alive while today has no session yet', () => {
    const sessions = januarySessions.filter((s) => s.date !== '2025-01-15');
    const { streak } = computeProgress(januaryPlan(), sessions, { today, weekStartsOn: 1 });
    expect(streak).toMatchObject({ current: 4, studiedToday: false, lastStudyDate: '2025-01-14' });
  });

  it('ends the streak after a missed study day before today', () => {
    const { streak } = computeProgress(januaryPlan(), januarySessions, { today: '2025-01-17', weekStartsOn: 1 });
    // Thu 01-16 had no session.
    expect(streak).toMatchObject({ current: 0, longest: 5 });
  });

  it('does not break on a break day', () => {
    const plan = januaryPlan();
    plan.input = { ...plan.input, breaks: [{ from: '2025-01-09', to: '2025-01-09' }] };
    const { streak } = computeProgress(plan, januarySessions, { today, weekStartsOn: 1 });
    expect(streak.current).toBe(8);
  });

  it('is zero with no sessions', () => {
    expect(computeProgress(januaryPlan(), [], { today, weekStartsOn: 1 }).streak).toEqual({ current: 0, longest: 0, studiedToday: false, lastStudyDate: null });
  });
});

describe('heatmap of the last 12 months', () => {
  it('covers the day after the same date last year through today, with levels against the daily target', () => {
    const { heatmap } = computeProgress(januaryPlan(), [...januarySessions, { date: '2025-01-09', minutes: 180 }], { today, weekStartsOn: 1 });
    expect(heatmap.from).toBe('2024-01-16');
    expect(heatmap.to).toBe(today);
    expect(heatmap.days).toHaveLength(366); // includes 2024-02-29
    expect(heatmap.dailyTargetMinutes).toBe(120); // 10 h ÷ 5 study days
    const level = (date: string) => heatmap.days.find((d) => d.date === date)?.level;
    expect(level('2025-01-06')).toBe(3); // 120 min = target
    expect(level('2025-01-07')).toBe(2); // 60 min = half
    expect(level('2025-01-15')).toBe(1); // 30 min
    expect(level('2025-01-09')).toBe(4); // 180 min = 1.5×
    expect(level('2025-01-12')).toBe(0);
    expect(heatmap.days.find((d) => d.date === '2025-01-08')).toEqual({ date: '2025-01-08', minutes: 90, level: 2 });
    // 2024-01-16 is a Tuesday.
    expect(heatmap.leadingBlanks).toBe(1);
    expect(computeProgress(januaryPlan(), [], { today, weekStartsOn: 0 }).heatmap.leadingBlanks).toBe(2);
  });

  it('has 365 days when no leap day is inside', () => {
    const { heatmap } = computeProgress(januaryPlan(), [], { today: '2025-06-10', weekStartsOn: 1 });
    expect(heatmap.from).toBe('2024-06-11');
    expect(heatmap.days).toHaveLength(365);
  });

  it('starts on March 1 when today is a leap day', () => {
    const { heatmap } = computeProgress(januaryPlan(), [], { today: '2024-02-29', weekStartsOn: 1 });
    expect(heatmap.from).toBe('2023-03-01');
    expect(heatmap.days).toHaveLength(366);
  });
});

describe('modules, totals and the dashboard', () => {
  it('adds each session to the milestone it names, else to its module', () => {
    const { modules } = computeProgress(januaryPlan(), januarySessions, { today, weekStartsOn: 1 });
    expect(modules.map((m) => [m.milestoneId, m.loggedHours, m.estimatedHours, m.percent])).toEqual([
      ['mod-medterm', 9.5, 20, 48], // 570 min
      ['mod-anatomy', 0.75, 20, 4], // 45 min
    ]);
  });

  it('totals logged hours against the whole plan', () => {
    const { totals } = computeProgress(januaryPlan({ medterm: true }), januarySessions, { today, weekStartsOn: 1 });
    expect(totals).toEqual({
      loggedHours: 10.25,
      sessions: 8,
      daysStudied: 8,
      averageMinutesPerDayStudied: 615 / 8,
      plannedHours: 40,
      percentOfPlan: 26,
      milestonesDone: 1,
      milestonesTotal: 3,
    });
  });

  it('ignores sessions dated after today', () => {
    const stats = computeProgress(januaryPlan(), [...januarySessions, { date: '2025-01-20', minutes: 500 }], { today, weekStartsOn: 1 });
    expect(stats.totals.loggedHours).toBe(10.25);
  });

  it('gives the next milestone, days to the exam and what to study today', () => {
    const stats = computeProgress(januaryPlan(), januarySessions, { today, weekStartsOn: 1 });
    expect(stats.nextMilestone).toEqual({ id: 'mod-medterm', title: 'Medical terminology', kind: 'module', dueDate: '2025-01-17', daysUntilDue: 2, overdue: false });
    expect(stats.daysToExam).toBe(47); // 16 days left in January + 28 + 3
    expect(stats.today).toEqual({
      date: today,
      isStudyDay: true,
      plannedMinutes: 120,
      loggedMinutes: 30,
      focus: { milestoneId: 'mod-medterm', moduleId: 'medterm', title: 'Medical terminology', reason: 'scheduled' },
    });
  });

  it('points at an overdue module, then at the next one to start', () => {
    const saturday = '2025-01-18';
    const late = computeProgress(januaryPlan(), [], { today: saturday, weekStartsOn: 1 });
    expect(late.today.isStudyDay).toBe(false);
    expect(late.today.focus).toMatchObject({ milestoneId: 'mod-medterm', reason: 'overdue' });
    expect(late.nextMilestone).toMatchObject({ id: 'mod-medterm', daysUntilDue: -1, overdue: true });
    const onTime = computeProgress(januaryPlan({ medterm: true }), [], { today: saturday, weekStartsOn: 1 });
    expect(onTime.today.focus).toMatchObject({ milestoneId: 'mod-anatomy', reason: 'upcoming' });
    const finished = computeProgress(januaryPlan({ medterm: true, anatomy: true }), [], { today: saturday, weekStartsOn: 1 });
    expect(finished.today.focus).toBeNull();
    expect(finished.nextMilestone).toMatchObject({ id: 'exam', daysUntilDue: 44 });
  });
});

describe('the plan’s own weekly pace', () => {
  it('uses the plan’s scheduled weekly hours, when given, for ahead/behind and the heatmap target', () => {
    // A part-time program running at 14 h/week although the user said 10: 4.25 h ÷ (14/7) = 2.1 → 2 days.
    const plan = { ...januaryPlan(), weeklyHours: 14 };
    const stats = computeProgress(plan, januarySessions, { today, weekStartsOn: 1 });
    expect(stats.pace.days).toBe(-2);
    expect(stats.heatmap.dailyTargetMinutes).toBe(168);
  });
});
