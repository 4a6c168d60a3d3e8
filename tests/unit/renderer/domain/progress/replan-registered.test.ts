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
 * Monday 2026-01-05. The original plan registers on Wed 07-22, schedules on
 * Wed 07-29, finishes guidelines and compliance on Thu 07-30, revenue cycle
 * (35 h) on Fri 08-14, the two 6-hour practice exams by Thu 08-20, and sits
 * the exam on Fri 2026-08-21.
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

describe('the original plan (fixture check)', () => {
  it('has the dates the cases below start from', () => {
    expect(original.examDate).toBe('2026-08-21');
    expect(dueOf(original.milestones, 'exam-registration')).toBe('2026-07-22');
    expect(dueOf(original.milestones, 'exam-scheduling')).toBe('2026-07-29');
    expect(dueOf(original.milestones, 'module-guidelines-compliance')).toBe('2026-07-30');
    expect(dueOf(original.milestones, 'module-reimbursement-revenue-cycle')).toBe('2026-08-14');
  });
});

describe('registration done, scheduling still open, re-planned 11 days behind', () => {
  // On Mon 2026-08-10: revenue cycle (35 h) untouched. At 3 h a weekday it runs
  // Mon 08-10 → Tue 08-25 (11 days + 2 h), practice exam 1 Tue 08-25 → Thu 08-27,
  // practice exam 2 Thu 08-27 → Mon 08-31, exam the next study day, Tue 09-01.
  // A new registration (after the open membership check, Tue 08-11) plus 30
  // days would have pushed the exam to Thu 09-10.
  const milestones = doneUpTo('2026-07-30', ['exam-scheduling']);

  for (const timeZone of ZONES.slice(0, 2))
    it(`puts the exam right after the remaining study (${timeZone})`, () => {
      const result = inTimeZone(timeZone, () => replanFromToday({ input, milestones, today: '2026-08-10', keepExamDate: false }));
      expect(dueOf(result.milestones, 'module-reimbursement-revenue-cycle')).toBe('2026-08-25');
      expect(dueOf(result.milestones, 'practice-exam-2')).toBe('2026-08-31');
      expect(result.newExamDate).toBe('2026-09-01');
      expect(byId(result.moved, 'exam')).toMatchObject({ fromDue: '2026-08-21', toDue: '2026-09-01', deltaDays: 11 });
      // The open scheduling step is due now, on the first study day, well before the exam.
      expect(byId(result.milestones, 'exam-scheduling')).toMatchObject({ dueDate: '2026-08-10', done: false });
      expect(result.warnings.map((w) => w.code)).not.toContain('registration-lead-short');
      expect(result.added).toEqual([]);
      expect(result.removed).toEqual([]);
      expectDoneUnchangedAndOrdered(milestones, result);
    });

  it('gives the same plan in four time zones', () => {
    const [reference, ...others] = ZONES.map((timeZone) => inTimeZone(timeZone, () => replanFromToday({ input, milestones, today: '2026-08-10', keepExamDate: false })));
    for (const other of others) expect(other).toEqual(reference);
  });
});

describe('registration and scheduling done', () => {
  const milestones = doneUpTo('2026-07-30');

  for (const timeZone of ZONES.slice(0, 2))
    it(`leaves only study before the exam (${timeZone})`, () => {
      const result = inTimeZone(timeZone, () => replanFromToday({ input, milestones, today: '2026-08-10', keepExamDate: false }));
      expect(result.newExamDate).toBe('2026-09-01');
      expect(result.moved.map((m) => m.id)).not.toContain('exam-scheduling');
      expect(result.milestones.filter((m) => m.kind === 'exam-registration' || m.kind === 'exam-scheduling').every((m) => m.done)).toBe(true);
      expect(result.warnings.map((w) => w.code)).not.toContain('registration-lead-short');
      expectDoneUnchangedAndOrdered(milestones, result);
    });

  it('on any later day, the exam is the next study day after the last practice exam', () => {
    for (const timeZone of ZONES.slice(0, 2))
      inTimeZone(timeZone, () => {
        for (let day = new Date(Date.UTC(2026, 6, 30)); day <= new Date(Date.UTC(2026, 9, 30)); day.setUTCDate(day.getUTCDate() + 1)) {
          const today = day.toISOString().slice(0, 10);
          const result = replanFromToday({ input, milestones, today, keepExamDate: false });
          const lastStudy = dueOf(result.milestones, 'practice-exam-2');
          expect(result.newExamDate, today).toBe(nextWeekdayAfter(lastStudy));
          expect([1, 2, 3, 4, 5]).toContain(weekday(result.newExamDate));
          expect(result.warnings.map((w) => w.code)).not.toContain('registration-lead-short');
          expectDoneUnchangedAndOrdered(milestones, result);
        }
      });
  });
});

describe('keeping the exam date after registering', () => {
  // On Wed 2026-07-29, a day ahead (guidelines and compliance already done) and
  // registered, scheduling still open: revenue cycle and the practice exams (47 h)
  // end on Wed 08-19, so the old exam date Fri 08-21 is kept. Before the fix a
  // new registration from Thu 07-30 left only 22 days and a short-lead warning.
  const milestones = doneUpTo('2026-07-30', ['exam-scheduling']);

  for (const timeZone of ZONES.slice(0, 2))
    it(`keeps the exam date without a short-lead warning (${timeZone})`, () => {
      const result = inTimeZone(timeZone, () => replanFromToday({ input, milestones, today: '2026-07-29', keepExamDate: true }));
      expect(result.examDateKept).toBe(true);
      expect(result.newExamDate).toBe('2026-08-21');
      expect(dueOf(result.milestones, 'practice-exam-2')).toBe('2026-08-19');
      const codes = result.warnings.map((w) => w.code);
      expect(codes).not.toContain('registration-lead-short');
      expect(codes).not.toContain('target-infeasible');
      expect(byId(result.milestones, 'exam-scheduling')).toMatchObject({ dueDate: '2026-07-29', done: false });
      expectDoneUnchangedAndOrdered(milestones, result);
    });

  it('a second re-plan on the same day moves nothing', () => {
    const first = replanFromToday({ input, milestones, today: '2026-07-29', keepExamDate: false });
    const second = replanFromToday({ input: first.input, milestones: first.milestones, today: '2026-07-29', keepExamDate: false });
    expect(second.moved).toEqual([]);
    expect(second.newExamDate).toBe(first.newExamDate);
  });
});

describe('a done practice exam', () => {
  // On Wed 2026-08-19, on schedule: everything up to practice exam 1 (due Tue 08-18)
  // is done. Practice exam 2 (6 h) takes Wed 08-19 and Thu 08-20, so the exam
  // stays on Fri 08-21; reserving practice exam 1's 6 hours again would push it to Tue 08-25.
  const milestones = doneUpTo('2026-08-18');

  for (const timeZone of ZONES.slice(0, 2))
    it(`does not reserve its hours again (${timeZone})`, () => {
      const result = inTimeZone(timeZone, () => replanFromToday({ input, milestones, today: '2026-08-19', keepExamDate: false }));
      expect(byId(milestones, 'practice-exam-1').done).toBe(true);
      expect(byId(result.milestones, 'practice-exam-2')).toMatchObject({ startDate: '2026-08-19', dueDate: '2026-08-20', done: false });
      expect(result.newExamDate).toBe('2026-08-21');
      expect(result.moved).toEqual([]);
      expect(result.totalHours).toBe(6);
      expectDoneUnchangedAndOrdered(milestones, result);
    });
});
