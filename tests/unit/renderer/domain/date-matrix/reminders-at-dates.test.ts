// Reminder derivation at every date of the matrix (tests/date-matrix.ts), each
// in its own time zone: which days get a study nudge, when the countdown and
// deadline reminders come, and that a wall-clock time stays that time on the
// clock once turned into an instant — across daylight-saving changes, leap
// days and the turn of the year. Expectations are worked out here with
// date-fns from the same dates.
import { addDays, differenceInCalendarDays, eachDayOfInterval, format, getDay } from 'date-fns';
import { describe, expect, it } from 'vitest';
import { DEFAULT_HORIZON_DAYS, DEFAULT_REMINDER_SETTINGS, deriveReminders, type ReminderPlan, type ReminderSettings } from '../../../../../src-renderer/domain/reminders';
import { machineToInstant, machineToLocalDateTime } from '../../../../../src-shared/reminders/local-zone';
import { DATE_MATRIX, matrixInstant } from '../../../../date-matrix';
import { milestone, useTimeZone } from '../../../shared/reminders/fixtures';

const iso = (date: Date) => format(date, 'yyyy-MM-dd');
const noQuiet: ReminderSettings = { ...DEFAULT_REMINDER_SETTINGS, quietHours: { enabled: false, start: '22:00', end: '07:00' } };
const STUDY_DAYS = [1, 3, 5, 6];

/** A plan around `now`: studying since ten days ago, a break next week, registration in 20 days, the exam in 45. */
function planAround(now: Date): ReminderPlan {
  const exam = iso(addDays(now, 45));
  return {
    planId: 'plan-1',
    planName: 'CPC certificate',
    input: {
      credential: 'CPC',
      path: 'certificate',
      pace: 'part-time',
      startDate: iso(addDays(now, -10)),
      hoursPerWeek: 8,
      studyDays: STUDY_DAYS,
      breaks: [{ from: iso(addDays(now, 5)), to: iso(addDays(now, 9)) }],
    },
    milestones: [
      milestone({ id: 'terminology', kind: 'module', title: 'Medical terminology', startDate: iso(addDays(now, -10)), dueDate: iso(addDays(now, 30)) }),
      milestone({ id: 'register', kind: 'exam-registration', title: 'Register for the CPC exam', dueDate: iso(addDays(now, 20)), hours: 0 }),
      milestone({ id: 'exam', kind: 'exam', title: 'CPC exam', dueDate: exam, hours: 0 }),
    ],
    examDate: exam,
  };
}

describe.each(DATE_MATRIX)('reminders at $name ($date $time, $zone)', (point) => {
  useTimeZone(point.zone);

  it('nudges on every study day from today to the day before the exam, outside the break, at the daily time', () => {
    const now = matrixInstant(point);
    const plan = planAround(now);
    const nudges = deriveReminders([plan], noQuiet, iso(now)).filter((r) => r.kind === 'study-nudge');
    const lastDay = addDays(now, Math.min(44, DEFAULT_HORIZON_DAYS - 1));
    const breakDays = new Set(eachDayOfInterval({ start: addDays(now, 5), end: addDays(now, 9) }).map(iso));
    const expected = eachDayOfInterval({ start: now, end: lastDay })
      .filter((d) => STUDY_DAYS.includes(getDay(d)) && !breakDays.has(iso(d)))
      .map((d) => `${iso(d)}T19:00`);
    expect(nudges.map((n) => n.at)).toEqual(expected);
  });

  it('counts down to the exam 30, 7 and 1 days before and on the morning of, and warns of registration before it closes', () => {
    const now = matrixInstant(point);
    const reminders = deriveReminders([planAround(now)], noQuiet, iso(now));
    const countdown = reminders.filter((r) => r.kind === 'exam-countdown' || r.kind === 'exam-day').map((r) => r.at);
    expect(countdown).toEqual([`${iso(addDays(now, 15))}T09:00`, `${iso(addDays(now, 38))}T09:00`, `${iso(addDays(now, 44))}T09:00`, `${iso(addDays(now, 45))}T07:00`]);
    const registration = reminders.filter((r) => r.milestoneId === 'register').map((r) => r.at.slice(0, 10));
    expect(registration).toEqual([iso(addDays(now, 18)), iso(addDays(now, 20))]);
    expect(reminders.every((r) => r.at.slice(0, 10) >= iso(now))).toBe(true);
  });

  it('gives the same reminder the same id when derived again the next day, so a re-sync never shows it twice', () => {
    const now = matrixInstant(point);
    const plan = planAround(now);
    const todayList = deriveReminders([plan], noQuiet, iso(now));
    const tomorrow = iso(addDays(now, 1));
    const tomorrowList = deriveReminders([plan], noQuiet, tomorrow);
    const stillAhead = todayList.filter((r) => r.at.slice(0, 10) >= tomorrow && r.at.slice(0, 10) < iso(addDays(now, 45)));
    const idsTomorrow = new Map(tomorrowList.map((r) => [r.id, r.at]));
    for (const r of stillAhead) expect(idsTomorrow.get(r.id)).toBe(r.at);
    expect(new Set(todayList.map((r) => r.id)).size).toBe(todayList.length);
  });

  it('keeps every reminder at its wall-clock time when turned into an instant, a day apart except across a clock change', () => {
    const now = matrixInstant(point);
    const nudges = deriveReminders([planAround(now)], noQuiet, iso(now)).filter((r) => r.kind === 'study-nudge');
    for (const n of nudges) expect(machineToLocalDateTime(machineToInstant(n.at))).toBe(n.at);
    for (let i = 1; i < nudges.length; i += 1) {
      const [a, b] = [nudges[i - 1]!, nudges[i]!];
      const days = differenceInCalendarDays(new Date(`${b.at}:00`), new Date(`${a.at}:00`));
      const drift = machineToInstant(b.at) - machineToInstant(a.at) - days * 86_400_000;
      // Zero, or the one hour a daylight-saving change adds or takes away between them.
      expect([0, 3_600_000, -3_600_000]).toContain(drift);
    }
  });

  it('moves a nudge inside quiet hours to the end of them, on the same day', () => {
    const now = matrixInstant(point);
    const quiet: ReminderSettings = { ...DEFAULT_REMINDER_SETTINGS, quietHours: { enabled: true, start: '18:30', end: '20:15' } };
    const nudges = deriveReminders([planAround(now)], quiet, iso(now)).filter((r) => r.kind === 'study-nudge');
    expect(nudges.length).toBeGreaterThan(0);
    for (const n of nudges) expect(n.at.slice(11)).toBe('20:15');
  });
});
