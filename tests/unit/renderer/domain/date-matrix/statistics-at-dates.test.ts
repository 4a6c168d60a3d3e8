// Progress statistics at every date of the matrix (tests/date-matrix.ts), each
// in its own time zone. The plan is laid out around that date, and what the
// figures must be is worked out here from the same dates with date-fns, so a
// week boundary, a daylight-saving change, a leap day or the turn of the year
// that the statistics got wrong would show.
import { addDays, differenceInCalendarDays, eachDayOfInterval, format, getDay, startOfWeek, subMonths } from 'date-fns';
import { describe, expect, it } from 'vitest';
import { computeProgress, type LoggedSession, type ProgressPlan } from '../../../../../src-renderer/domain/progress';
import { DATE_MATRIX, matrixInstant } from '../../../../date-matrix';
import { useTimeZone } from '../../../shared/reminders/fixtures';

const iso = (date: Date) => format(date, 'yyyy-MM-dd');
const HOURS_PER_STUDY_DAY = 2;

interface Layout {
  today: string;
  studyDays: number[];
  /** Study days of the module's window, as dates. */
  windowStudyDays: Date[];
  plan: ProgressPlan;
}

/** One 2-hours-a-study-day module from four weeks before the matrix date to four weeks after. */
function layout(now: Date, studyDays: number[]): Layout {
  const from = addDays(now, -28);
  const to = addDays(now, 27);
  const windowStudyDays = eachDayOfInterval({ start: from, end: to }).filter((d) => studyDays.includes(getDay(d)));
  const hours = HOURS_PER_STUDY_DAY * windowStudyDays.length;
  const plan: ProgressPlan = {
    input: { credential: 'CPC', path: 'certificate', pace: 'part-time', startDate: iso(from), hoursPerWeek: HOURS_PER_STUDY_DAY * studyDays.length, studyDays },
    examDate: iso(addDays(now, 60)),
    milestones: [
      { id: 'terminology', kind: 'module', moduleId: 'medical-terminology', title: 'Medical terminology', description: '', startDate: iso(from), dueDate: iso(to), hours, dependsOn: [], done: false },
    ],
  };
  return { today: iso(now), studyDays, windowStudyDays, plan };
}

/** A session of the planned two hours on each study day before today. */
function onPlan(l: Layout): LoggedSession[] {
  return l.windowStudyDays.filter((d) => iso(d) < l.today).map((d) => ({ date: iso(d), minutes: HOURS_PER_STUDY_DAY * 60 }));
}

describe.each(DATE_MATRIX)('statistics at $name ($date $time, $zone)', (point) => {
  useTimeZone(point.zone);

  describe.each([
    ['Monday to Friday', [1, 2, 3, 4, 5]],
    ['Monday, Wednesday, Saturday', [1, 3, 6]],
    ['every day', [0, 1, 2, 3, 4, 5, 6]],
  ])('studying %s', (_label, studyDays) => {
    it('is on track after logging exactly what was planned, and behind by the days at the plan pace after skipping one', () => {
      const l = layout(matrixInstant(point), studyDays);
      const planned = onPlan(l);
      const on = computeProgress(l.plan, planned, { today: l.today, weekStartsOn: 1 });
      expect(on.pace).toMatchObject({ status: 'on-track', days: 0, plannedHours: planned.length * HOURS_PER_STUDY_DAY });

      // Skip the last planned session: 2 h missed at (2 h × study days) per week.
      const missed = computeProgress(l.plan, planned.slice(0, -1), { today: l.today, weekStartsOn: 1 });
      const dailyPace = (HOURS_PER_STUDY_DAY * studyDays.length) / 7;
      expect(missed.pace.days).toBe(-Math.round(HOURS_PER_STUDY_DAY / dailyPace));
      expect(missed.pace.gapHours).toBe(-HOURS_PER_STUDY_DAY);
    });

    it.each([0, 1] as const)('counts this week from its first day (weeks start on day %i)', (weekStartsOn) => {
      const now = matrixInstant(point);
      const l = layout(now, studyDays);
      const stats = computeProgress(l.plan, onPlan(l), { today: l.today, weekStartsOn });
      const weekStart = startOfWeek(now, { weekStartsOn });
      const weekDays = eachDayOfInterval({ start: weekStart, end: addDays(weekStart, 6) });
      const studyInWeek = weekDays.filter((d) => studyDays.includes(getDay(d)));

      expect(stats.thisWeek.weekStart).toBe(iso(weekStart));
      expect(stats.thisWeek.weekEnd).toBe(iso(addDays(weekStart, 6)));
      expect(stats.thisWeek.plannedHours).toBe(studyInWeek.length * HOURS_PER_STUDY_DAY);
      expect(stats.thisWeek.actualHours).toBe(studyInWeek.filter((d) => iso(d) < l.today).length * HOURS_PER_STUDY_DAY);
      // Twelve weeks, each starting seven calendar days after the one before, even across a clock change.
      expect(stats.weeks).toHaveLength(12);
      stats.weeks.forEach((week, i) => expect(week.weekStart).toBe(iso(addDays(weekStart, 7 * (i - 11)))));
    });
  });

  it('ends the calendar heatmap on today and counts every day studied in the last year', () => {
    const now = matrixInstant(point);
    const l = layout(now, [0, 1, 2, 3, 4, 5, 6]);
    const sessions = [...onPlan(l), { date: l.today, minutes: 30 }, { date: iso(addDays(now, -364)), minutes: 45 }];
    const stats = computeProgress(l.plan, sessions, { today: l.today, weekStartsOn: 1 });
    const { days } = stats.heatmap;
    const from = addDays(subMonths(now, 12), 1);
    expect(stats.heatmap.from).toBe(iso(from));
    expect(days.at(-1)?.date).toBe(l.today);
    expect(days).toHaveLength(differenceInCalendarDays(now, from) + 1);
    expect(days.filter((d) => d.minutes > 0)).toHaveLength(sessions.length);
    // Blank cells put the first day under its weekday column (weeks starting Monday).
    expect(stats.heatmap.leadingBlanks).toBe((getDay(from) + 6) % 7);
  });

  it('keeps the streak alive until today is over, then counts today', () => {
    const now = matrixInstant(point);
    const l = layout(now, [0, 1, 2, 3, 4, 5, 6]);
    const lastFive = [1, 2, 3, 4, 5].map((n) => ({ date: iso(addDays(now, -n)), minutes: 60 }));
    expect(computeProgress(l.plan, lastFive, { today: l.today, weekStartsOn: 1 }).streak.current).toBe(5);
    expect(computeProgress(l.plan, [...lastFive, { date: l.today, minutes: 20 }], { today: l.today, weekStartsOn: 1 }).streak.current).toBe(6);
  });
});
