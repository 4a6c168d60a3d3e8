// Re-planning after the exam registration (and maybe the scheduling) is done:
// the registration is not placed a second time, so the exam no longer waits
// 30 days for it and no short-registration-lead warning appears. The exam waits
// only for the remaining study.
import { describe, expect, it } from 'vitest';
import { buildPlan } from '../../../../../src-renderer/domain/plan';
import type { TrackedMilestone } from '../../../../../src-renderer/domain/progress';
import { replanFromToday, type ReplanResult } from '../../../../../src-renderer/domain/replan';
import type { PlanInput } from '../../../../../src-renderer/domain/types';
import { inTimeZone } from './time-zones';

/**
 * CPC part-time certificate, 15 h/week Monday–Friday (3 h per study day) from
 * Monday 2026-01-05. Since issue 17 the practice exams are spaced (about 6, 3
 * and 1 weeks before the exam), so registration falls between the first and
 * the second practice exam; the cases below take their dates from the plan
 * rather than from a calendar written out by hand.
 */
const input: PlanInput = { credential: 'CPC', path: 'certificate', pace: 'part-time', startDate: '2026-01-05', hoursPerWeek: 15 };
const original = buildPlan(input);
const ZONES = ['America/New_York', 'Australia/Sydney', 'Europe/London', 'Asia/Kolkata'] as const;
const byId = <T extends { id: string }>(list: readonly T[], id: string): T => {
  const found = list.find((m) => m.id === id);
  if (!found) throw new Error(`no milestone ${id}`);
  return found;
};
const dueOf = (list: readonly { id: string; dueDate: string }[], id: string) => byId(list, id).dueDate;
const weekday = (iso: string) => new Date(`${iso}T00:00:00Z`).getUTCDay();
const nextWeekdayAfter = (iso: string) => {
  const day = new Date(`${iso}T00:00:00Z`);
  do day.setUTCDate(day.getUTCDate() + 1);
  while (day.getUTCDay() === 0 || day.getUTCDay() === 6);
  return day.toISOString().slice(0, 10);
};

/** Everything due on or before `cutoff` is done, except the ids in `open`. */
function doneUpTo(cutoff: string, open: string[] = []): TrackedMilestone[] {
  return original.milestones.map((m) => ({ ...m, done: m.dueDate <= cutoff && !open.includes(m.id) }));
}

function expectDoneUnchangedAndOrdered(milestones: TrackedMilestone[], result: ReplanResult): void {
  for (const done of milestones.filter((m) => m.done)) expect(result.milestones.filter((m) => m.id === done.id)).toEqual([done]);
  expect(new Set(result.milestones.map((m) => m.id)).size).toBe(result.milestones.length);
  // Order rules hold among the steps still open; a done step (e.g. registration) need not precede anything new.
  const open = new Map(result.milestones.filter((m) => !m.done).map((m) => [m.id, m] as const));
  for (const m of open.values())
    for (const dep of m.dependsOn) {
      const before = open.get(dep);
      if (before) expect(before.dueDate <= m.dueDate, `${dep} (${before.dueDate}) before ${m.id} (${m.dueDate})`).toBe(true);
    }
  const exam = open.get('exam');
  if (exam) for (const m of open.values()) if (m.kind !== 'exam' && m.kind !== 'after-exam') expect(m.dueDate < exam.dueDate, `${m.id} before the exam`).toBe(true);
}

/** The first Monday–Friday day on or after `iso`. */
const weekdayOnOrAfter = (iso: string) => (weekday(iso) === 0 || weekday(iso) === 6 ? nextWeekdayAfter(iso) : iso);
const plusDays = (iso: string, days: number) => new Date(Date.parse(`${iso}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
/** The earliest exam once study is done: a week after the last practice exam starts, and after it ends. */
const examAfterStudy = (list: readonly { id: string; startDate: string; dueDate: string }[]) => {
  const last = byId(list, 'practice-exam-3');
  const weekLater = plusDays(last.startDate, 7);
  return weekdayOnOrAfter(weekLater > last.dueDate ? weekLater : nextWeekdayAfter(last.dueDate));
};
const registration = dueOf(original.milestones, 'exam-registration');

describe('the original plan (fixture check)', () => {
  it('registers after the first practice exam and before the second, 30 days or more before the exam', () => {
    expect(registration > dueOf(original.milestones, 'practice-exam-1')).toBe(true);
    expect(registration < byId(original.milestones, 'practice-exam-2').startDate).toBe(true);
    expect(Date.parse(original.examDate) - Date.parse(registration)).toBeGreaterThanOrEqual(30 * 86_400_000);
    expect(original.examDate).toBe(examAfterStudy(original.milestones));
  });
});

describe('registration done, scheduling still open, re-planned 11 days behind', () => {
  // Eleven days after registering, practice exam 2 is untouched: the exam waits only for it and
  // practice exam 3, not for a new registration and its 30-day lead.
  const milestones = doneUpTo(registration, ['exam-scheduling']);
  const today = weekdayOnOrAfter(plusDays(byId(original.milestones, 'practice-exam-2').startDate, 11));

  for (const timeZone of ZONES.slice(0, 2))
    it(`puts the exam right after the remaining study (${timeZone})`, () => {
      const result = inTimeZone(timeZone, () => replanFromToday({ input, milestones, today, keepExamDate: false }));
      expect(byId(result.milestones, 'practice-exam-2').startDate >= today).toBe(true);
      expect(result.newExamDate).toBe(examAfterStudy(result.milestones));
      expect(result.newExamDate > original.examDate).toBe(true);
      // The open scheduling step is due now, on the first study day, well before the exam.
      expect(byId(result.milestones, 'exam-scheduling')).toMatchObject({ dueDate: today, done: false });
      expect(result.warnings.map((w) => w.code)).not.toContain('registration-lead-short');
      expect(result.added).toEqual([]);
      expect(result.removed).toEqual([]);
      expectDoneUnchangedAndOrdered(milestones, result);
    });

  it('gives the same plan in four time zones', () => {
    const [reference, ...others] = ZONES.map((timeZone) => inTimeZone(timeZone, () => replanFromToday({ input, milestones, today, keepExamDate: false })));
    for (const other of others) expect(other).toEqual(reference);
  });
});

describe('registration and scheduling done', () => {
  const milestones = doneUpTo(dueOf(original.milestones, 'exam-scheduling'));
  const today = weekdayOnOrAfter(plusDays(byId(original.milestones, 'practice-exam-2').startDate, 11));

  for (const timeZone of ZONES.slice(0, 2))
    it(`leaves only study before the exam (${timeZone})`, () => {
      const result = inTimeZone(timeZone, () => replanFromToday({ input, milestones, today, keepExamDate: false }));
      expect(result.newExamDate).toBe(examAfterStudy(result.milestones));
      expect(result.moved.map((m) => m.id)).not.toContain('exam-scheduling');
      expect(result.milestones.filter((m) => m.kind === 'exam-registration' || m.kind === 'exam-scheduling').every((m) => m.done)).toBe(true);
      expect(result.warnings.map((w) => w.code)).not.toContain('registration-lead-short');
      expectDoneUnchangedAndOrdered(milestones, result);
    });

  it('on any later day, the exam comes a week after the last practice exam starts', () => {
    for (const timeZone of ZONES.slice(0, 2))
      inTimeZone(timeZone, () => {
        for (let day = new Date(Date.parse(`${dueOf(original.milestones, 'exam-scheduling')}T00:00:00Z`)); day <= new Date(Date.UTC(2026, 11, 30)); day.setUTCDate(day.getUTCDate() + 1)) {
          const today = day.toISOString().slice(0, 10);
          const result = replanFromToday({ input, milestones, today, keepExamDate: false });
          expect(result.newExamDate, today).toBe(examAfterStudy(result.milestones));
          expect([1, 2, 3, 4, 5]).toContain(weekday(result.newExamDate));
          expect(result.warnings.map((w) => w.code)).not.toContain('registration-lead-short');
          expectDoneUnchangedAndOrdered(milestones, result);
        }
      });
  });
});

describe('keeping the exam date after registering', () => {
  // The day after registering, on schedule with scheduling still open: the old exam date is kept
  // without a new registration and its short-lead warning.
  const milestones = doneUpTo(registration, ['exam-scheduling']);
  const today = nextWeekdayAfter(registration);

  for (const timeZone of ZONES.slice(0, 2))
    it(`keeps the exam date without a short-lead warning (${timeZone})`, () => {
      const result = inTimeZone(timeZone, () => replanFromToday({ input, milestones, today, keepExamDate: true }));
      expect(result.examDateKept).toBe(true);
      expect(result.newExamDate).toBe(original.examDate);
      expect(dueOf(result.milestones, 'practice-exam-3') < original.examDate).toBe(true);
      const codes = result.warnings.map((w) => w.code);
      expect(codes).not.toContain('registration-lead-short');
      expect(codes).not.toContain('target-infeasible');
      expect(byId(result.milestones, 'exam-scheduling')).toMatchObject({ dueDate: today, done: false });
      expectDoneUnchangedAndOrdered(milestones, result);
    });

  it('a second re-plan on the same day moves nothing', () => {
    const first = replanFromToday({ input, milestones, today, keepExamDate: false });
    const second = replanFromToday({ input: first.input, milestones: first.milestones, today, keepExamDate: false });
    expect(second.moved).toEqual([]);
    expect(second.newExamDate).toBe(first.newExamDate);
  });
});

describe('a done practice exam', () => {
  // On schedule, the day after practice exam 1: its 6 hours are not reserved again, so the exam stays.
  const milestones = doneUpTo(dueOf(original.milestones, 'practice-exam-1'));
  const today = nextWeekdayAfter(dueOf(original.milestones, 'practice-exam-1'));

  for (const timeZone of ZONES.slice(0, 2))
    it(`does not reserve its hours again (${timeZone})`, () => {
      const result = inTimeZone(timeZone, () => replanFromToday({ input, milestones, today, keepExamDate: false }));
      expect(byId(milestones, 'practice-exam-1').done).toBe(true);
      // With its hours not reserved again (and no gap after a practice exam already done) the exam is never later.
      expect(result.newExamDate <= original.examDate).toBe(true);
      expect(result.totalHours).toBe(12);
      expectDoneUnchangedAndOrdered(milestones, result);
    });
});
