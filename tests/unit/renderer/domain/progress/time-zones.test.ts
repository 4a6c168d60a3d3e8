import { describe, expect, it } from 'vitest';
import { computeProgress, type LoggedSession } from '../../../../../src-renderer/domain/progress';
import { addDaysIso, eachDate } from '../../../../../src-renderer/domain/progress/calendar';
import { milestone } from './fixtures';
import { TIME_ZONES, inTimeZone } from './time-zones';
import type { PlanInput } from '../../../../../src-renderer/domain/types';

const everyDay: PlanInput = { credential: 'CPC', path: 'certificate', pace: 'self-paced', startDate: '2024-01-01', hoursPerWeek: 7, studyDays: [0, 1, 2, 3, 4, 5, 6] };

function dailySessions(from: string, to: string, minutes = 60): LoggedSession[] {
  return eachDate(from, to).map((date) => ({ date, minutes }));
}

/** A week in each zone that contains one of its own clock changes (Kolkata has none: a year end instead). */
const changeDays: Record<(typeof TIME_ZONES)[number], string[]> = {
  'America/New_York': ['2025-03-09', '2025-11-02'],
  'Europe/London': ['2025-03-30', '2025-10-26'],
  'Australia/Sydney': ['2025-04-06', '2025-10-05'],
  'Asia/Kolkata': ['2024-12-31', '2025-01-01'],
};

describe.each(TIME_ZONES)('weeks, streak and heatmap in %s', (timeZone) => {
  for (const changeDay of changeDays[timeZone]) {
    it(`keeps seven days a week across ${changeDay}`, () => {
      inTimeZone(timeZone, () => {
        const today = addDaysIso(changeDay, 2);
        const plan = {
          input: everyDay,
          examDate: addDaysIso(today, 60),
          // 1 h planned every day of the year around the change.
          milestones: [milestone({ id: 'm', startDate: addDaysIso(today, -400), dueDate: addDaysIso(today, 200), hours: 601 })],
        };
        const sessions = dailySessions(addDaysIso(today, -400), today);
        for (const weekStartsOn of [0, 1] as const) {
          const stats = computeProgress(plan, sessions, { today, weekStartsOn });
          const full = stats.weeks.slice(0, -1);
          for (const week of full) {
            expect(week.weekEnd).toBe(addDaysIso(week.weekStart, 6));
            expect(week.actualHours).toBe(7);
            expect(week.plannedHours).toBeCloseTo(7, 9);
          }
          for (let i = 1; i < stats.weeks.length; i += 1) expect(stats.weeks[i]?.weekStart).toBe(addDaysIso(stats.weeks[i - 1]!.weekStart, 7));
          const current = stats.thisWeek;
          const daysSoFar = eachDate(current.weekStart, today).length;
          expect(current.actualHours).toBe(daysSoFar);
          expect(current.plannedHours).toBeCloseTo(7, 9);
          expect(new Date(`${current.weekStart}T12:00:00`).getDay()).toBe(weekStartsOn);
          expect(stats.streak.current).toBe(401);
          expect(stats.pace).toMatchObject({ status: 'on-track', days: 0 });
          expect(new Set(stats.heatmap.days.map((d) => d.date)).size).toBe(stats.heatmap.days.length);
          expect(stats.heatmap.days.every((d) => d.minutes === 60 && d.level === 3)).toBe(true);
        }
      });
    });
  }

  it('splits the year-end week at the right day', () => {
    inTimeZone(timeZone, () => {
      const plan = { input: everyDay, examDate: '2025-06-01', milestones: [] };
      const sessions = [
        { date: '2024-12-28', minutes: 60 }, // Saturday
        { date: '2024-12-29', minutes: 60 }, // Sunday
        { date: '2024-12-31', minutes: 60 },
        { date: '2025-01-01', minutes: 60 },
        { date: '2025-01-02', minutes: 60 },
      ];
      const monday = computeProgress(plan, sessions, { today: '2025-01-02', weekStartsOn: 1 });
      expect(monday.thisWeek).toMatchObject({ weekStart: '2024-12-30', weekEnd: '2025-01-05', actualHours: 3 });
      expect(monday.weeks.at(-2)).toMatchObject({ weekStart: '2024-12-23', actualHours: 2 });
      const sunday = computeProgress(plan, sessions, { today: '2025-01-02', weekStartsOn: 0 });
      expect(sunday.thisWeek).toMatchObject({ weekStart: '2024-12-29', weekEnd: '2025-01-04', actualHours: 4 });
      expect(sunday.daysToExam).toBe(150);
    });
  });
});
