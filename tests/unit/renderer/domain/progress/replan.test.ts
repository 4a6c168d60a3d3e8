import { describe, expect, it } from 'vitest';
import { buildPlan } from '../../../../../src-renderer/domain/plan';
import type { TrackedMilestone } from '../../../../../src-renderer/domain/progress';
import { replanFromToday } from '../../../../../src-renderer/domain/replan';
import type { PlanInput } from '../../../../../src-renderer/domain/types';
import { TIME_ZONES, inTimeZone } from './time-zones';

/** CPC, self-paced certificate, 10 h/week Monday–Friday from Monday 2026-01-05 (2 h per study day). */
const input: PlanInput = {
  credential: 'CPC',
  path: 'certificate',
  pace: 'self-paced',
  startDate: '2026-01-05',
  hoursPerWeek: 10,
  studyDays: [1, 2, 3, 4, 5],
  background: { diplomaOrGed: true, experienceMonths: 0, heldCredentials: [], completedModules: [] },
};
const original = buildPlan(input);

function tracked(doneIds: string[]): TrackedMilestone[] {
  return original.milestones.map((m) => ({ ...m, done: doneIds.includes(m.id) }));
}

/** Midnight UTC of a calendar date: an independent day count for checking deltas. */
const utcDay = (iso: string) => Date.UTC(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 1, Number(iso.slice(8, 10)));
const byId = <T extends { id: string }>(list: readonly T[], id: string): T | undefined => list.find((m) => m.id === id);

describe('replanFromToday, moving the exam', () => {
  // Behind: on Wednesday 2026-04-15 anatomy (due 04-10) is not done.
  const milestones = tracked(['enrollment', 'module-medical-terminology']);
  const result = replanFromToday({ input, milestones, today: '2026-04-15', keepExamDate: false });

  it('keeps done milestones exactly as they were', () => {
    for (const done of milestones.filter((m) => m.done)) expect(byId(result.milestones, done.id)).toEqual(done);
    expect(result.milestones.filter((m) => m.id === 'enrollment')).toHaveLength(1);
  });

  it('drops done modules from the engine run and starts the rest today', () => {
    expect(result.input).toMatchObject({ startDate: '2026-04-15', background: { completedModules: ['medical-terminology'] } });
    expect(result.input.targetExamDate).toBeUndefined();
    // Anatomy: 80 h at 2 h per weekday from Wed 04-15 = 40 study days → Tue 2026-06-09.
    expect(byId(result.milestones, 'module-anatomy-physiology')).toMatchObject({ startDate: '2026-04-15', dueDate: '2026-06-09', done: false });
    for (const m of result.milestones.filter((x) => !x.done)) expect(m.startDate >= '2026-04-15').toBe(true);
  });

  it('lists every moved milestone with its old and new due date', () => {
    expect(byId(result.moved, 'module-anatomy-physiology')).toEqual({
      id: 'module-anatomy-physiology',
      title: 'Anatomy and physiology',
      fromDue: '2026-04-10',
      toDue: '2026-06-09',
      deltaDays: 60,
    });
    expect(result.oldExamDate).toBe(original.examDate);
    expect(result.newExamDate > result.oldExamDate).toBe(true);
    expect(byId(result.moved, 'exam')).toMatchObject({ fromDue: result.oldExamDate, toDue: result.newExamDate });
    for (const move of result.moved) {
      const before = byId(milestones, move.id)!;
      const after = byId(result.milestones, move.id)!;
      expect([move.fromDue, move.toDue]).toEqual([before.dueDate, after.dueDate]);
      expect(move.deltaDays).toBe((utcDay(after.dueDate) - utcDay(before.dueDate)) / 86_400_000);
    }
  });

  it('keeps ids stable and unique, adding only the exam-year code books when the exam moves into a later code-set year', () => {
    const ids = result.milestones.map((m) => m.id);
    expect(new Set(ids).size).toBe(ids.length);
    // Since issue 17: the exam moves from late 2026 into 2027, so the plan adds "Get the 2027 code books for your exam".
    expect(original.examDate.slice(0, 4)).toBe('2026');
    expect(result.newExamDate.slice(0, 4)).toBe('2027');
    expect(new Set(ids)).toEqual(new Set([...original.milestones.map((m) => m.id), 'prerequisite-exam-year-code-books']));
    expect(result.added.map((m) => m.id)).toEqual(['prerequisite-exam-year-code-books']);
    expect(result.removed).toEqual([]);
  });

  it('gives the same answer in every time zone', () => {
    for (const timeZone of TIME_ZONES) {
      const again = inTimeZone(timeZone, () => replanFromToday({ input, milestones, today: '2026-04-15', keepExamDate: false }));
      expect(again).toEqual(result);
    }
  });
});

describe('replanFromToday, keeping the exam date', () => {
  it('says what the old date would need when the user’s hours no longer reach it', () => {
    const milestones = tracked(['enrollment', 'module-medical-terminology']);
    const result = replanFromToday({ input, milestones, today: '2026-04-15', keepExamDate: true });
    const atUsersHours = replanFromToday({ input, milestones, today: '2026-04-15', keepExamDate: false });
    expect(result.examDateKept).toBe(false);
    expect(result.earliestKeepableExamDate).toBe(atUsersHours.newExamDate);
    expect(result.newExamDate).toBe(atUsersHours.newExamDate);
    expect(result.warnings.map((w) => w.code)).toContain('target-infeasible');
    const needed = result.hoursPerWeekToKeepExamDate;
    expect(needed).toBeGreaterThan(10);
    // The engine keeps the date at that many hours, and not half an hour less.
    const target = { ...result.input, targetExamDate: original.examDate };
    const at = buildPlan({ ...target, hoursPerWeek: needed! });
    const below = buildPlan({ ...target, hoursPerWeek: needed! - 0.5 });
    expect(at.examDate).toBe(original.examDate);
    expect(below.warnings.map((w) => w.code)).toContain('target-infeasible');
  });

  it('keeps the date and lowers the weekly hours when ahead', () => {
    // Ahead: by Monday 2026-03-02 both first modules are done (anatomy was due 04-10).
    const milestones = tracked(['enrollment', 'module-medical-terminology', 'module-anatomy-physiology']);
    const result = replanFromToday({ input, milestones, today: '2026-03-02', keepExamDate: true });
    expect(result.examDateKept).toBe(true);
    expect(result.newExamDate).toBe(original.examDate);
    expect(result.weeklyHoursNeeded).toBeLessThan(10);
    expect(result.earliestKeepableExamDate).toBeUndefined();
    expect(result.hoursPerWeekToKeepExamDate).toBeUndefined();
    expect(result.input.targetExamDate).toBe(original.examDate);
    expect(byId(result.moved, 'exam')).toBeUndefined();
  });

  it('cannot keep an exam date that has passed', () => {
    const milestones = tracked(['enrollment']);
    // The day after the planned exam (its date depends on the plan's rules, so it is read from the plan).
    const after = new Date(Date.parse(`${original.examDate}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
    const result = replanFromToday({ input, milestones, today: after, keepExamDate: true });
    expect(result.warnings[0]?.code).toBe('exam-date-passed');
    expect(result.newExamDate > after).toBe(true);
    expect(result.hoursPerWeekToKeepExamDate).toBeNull();
  });
});

describe('replanFromToday, the user’s own milestones', () => {
  it('keeps custom milestones and warns about overdue ones', () => {
    const custom: TrackedMilestone = {
      id: 'custom-review-cpc.hcpcs',
      kind: 'custom',
      title: 'Review: HCPCS Level II',
      description: '',
      startDate: '2026-04-01',
      dueDate: '2026-04-02',
      hours: 4,
      dependsOn: [],
      done: false,
    };
    const result = replanFromToday({ input, milestones: [...tracked(['enrollment']), custom], today: '2026-04-15', keepExamDate: false });
    expect(byId(result.milestones, custom.id)).toEqual(custom);
    expect(result.warnings.find((w) => w.code === 'custom-overdue')?.message).toContain('"Review: HCPCS Level II"');
    expect(result.removed).toEqual([]);
  });

  it('counts a done GED milestone as a diploma', () => {
    const noDiploma = { ...input, background: { ...input.background!, diplomaOrGed: false } };
    const plan = buildPlan(noDiploma);
    const milestones = plan.milestones.map((m) => ({ ...m, done: m.id === 'prerequisite-diploma' }));
    expect(byId(milestones, 'prerequisite-diploma')).toBeDefined();
    const result = replanFromToday({ input: noDiploma, milestones, today: '2026-06-01', keepExamDate: false });
    expect(result.input.background?.diplomaOrGed).toBe(true);
    expect(result.milestones.filter((m) => m.id === 'prerequisite-diploma')).toEqual([byId(milestones, 'prerequisite-diploma')]);
  });
});
