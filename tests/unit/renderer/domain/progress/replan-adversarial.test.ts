// Adversarial checks of re-planning: random plans, random "today"s and random
// sets of done milestones, in four time zones. Done work is untouched, ids stay
// stable, every move is reported with the right day count, a second re-plan on
// the same day moves nothing, and steps already done are not planned again.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildPlan } from '../../../../../src-renderer/domain/plan';
import type { TrackedMilestone } from '../../../../../src-renderer/domain/progress';
import { replanFromToday, type ReplanResult } from '../../../../../src-renderer/domain/replan';
import { CREDENTIAL_IDS, PACES, PATHS, type PlanInput } from '../../../../../src-renderer/domain/types';
import { TIME_ZONES, inTimeZone } from './time-zones';

const DAY_MS = 86_400_000;
const EPOCH = Date.UTC(2024, 0, 1);
const isoDay = (n: number) => new Date(EPOCH + n * DAY_MS).toISOString().slice(0, 10);
const dayNumber = (iso: string) => Math.round((Date.parse(`${iso}T00:00:00Z`) - EPOCH) / DAY_MS);
const weekday = (iso: string) => new Date(`${iso}T00:00:00Z`).getUTCDay();
const byId = <T extends { id: string }>(list: readonly T[], id: string): T | undefined => list.find((m) => m.id === id);

interface Scenario {
  input: PlanInput;
  milestones: TrackedMilestone[];
  today: string;
  keepExamDate: boolean;
}

// A plan, a day somewhere from its start to past its exam, and the milestones
// due before a cut-off marked done (some left undone: users skip ticks).
const scenarioArb: fc.Arbitrary<Scenario> = fc
  .record({
    credential: fc.constantFrom(...CREDENTIAL_IDS),
    path: fc.constantFrom(...PATHS),
    pace: fc.constantFrom(...PACES),
    start: fc.integer({ min: 0, max: 6 * 365 }),
    halfHours: fc.integer({ min: 8, max: 80 }),
    studyDays: fc.option(fc.uniqueArray(fc.integer({ min: 0, max: 6 }), { minLength: 1, maxLength: 7 }), { nil: undefined }),
    breaks: fc.array(fc.record({ offset: fc.integer({ min: 0, max: 600 }), length: fc.integer({ min: 0, max: 30 }) }), { maxLength: 2 }),
    experienceMonths: fc.integer({ min: 0, max: 14 }),
    diplomaOrGed: fc.boolean(),
    todayFraction: fc.double({ min: -0.1, max: 1.1, noNaN: true }),
    doneFraction: fc.double({ min: 0, max: 1, noNaN: true }),
    skipped: fc.array(fc.boolean(), { minLength: 40, maxLength: 40 }),
    keepExamDate: fc.boolean(),
  })
  .map((g): Scenario => {
    const input: PlanInput = {
      credential: g.credential,
      path: g.path,
      pace: g.pace,
      startDate: isoDay(g.start),
      hoursPerWeek: g.halfHours / 2,
      background: { diplomaOrGed: g.diplomaOrGed, experienceMonths: g.experienceMonths, heldCredentials: [], completedModules: [] },
    };
    if (g.studyDays) input.studyDays = g.studyDays;
    if (g.breaks.length > 0) input.breaks = g.breaks.map((b) => ({ from: isoDay(g.start + b.offset), to: isoDay(g.start + b.offset + b.length) }));
    const plan = buildPlan(input);
    const span = dayNumber(plan.examDate) - g.start;
    const today = isoDay(g.start + Math.round(span * g.todayFraction));
    const cutoff = isoDay(g.start + Math.round((dayNumber(today) - g.start) * g.doneFraction));
    const milestones = plan.milestones.map((m, i) => ({ ...m, done: m.dueDate < cutoff && !g.skipped[i % g.skipped.length] }));
    return { input, milestones, today, keepExamDate: g.keepExamDate };
  });

function checkReplan(s: Scenario, result: ReplanResult): void {
  const ids = result.milestones.map((m) => m.id);
  expect(new Set(ids).size).toBe(ids.length);

  // Done milestones: every one kept, unchanged, and never listed as moved.
  for (const done of s.milestones.filter((m) => m.done)) {
    expect(result.milestones.filter((m) => m.id === done.id)).toEqual([done]);
    expect(byId(result.moved, done.id)).toBeUndefined();
  }

  // Every old step is either in the new plan or listed as removed.
  const removed = new Set(result.removed.map((r) => r.id));
  for (const old of s.milestones) expect(ids.includes(old.id) || removed.has(old.id), old.id).toBe(true);

  // Moves: exactly the open steps whose due date changed, with the right day count.
  for (const after of result.milestones.filter((m) => !m.done)) {
    const before = byId(s.milestones, after.id);
    const move = byId(result.moved, after.id);
    if (!before) {
      expect(byId(result.added, after.id)).toBeDefined();
    } else if (before.dueDate === after.dueDate) {
      expect(move).toBeUndefined();
    } else {
      expect(move).toEqual({ id: after.id, title: after.title, fromDue: before.dueDate, toDue: after.dueDate, deltaDays: dayNumber(after.dueDate) - dayNumber(before.dueDate) });
    }
  }

  // The new steps start no earlier than today (or the plan's own later start), on study days, outside breaks.
  const newStart = s.today > s.input.startDate ? s.today : s.input.startDate;
  expect(result.input.startDate).toBe(newStart);
  const studyDays = s.input.studyDays ?? [1, 2, 3, 4, 5];
  for (const m of result.milestones.filter((x) => !x.done && x.kind !== 'custom')) {
    expect(m.startDate >= newStart, `${m.id} starts ${m.startDate} before ${newStart}`).toBe(true);
    expect(studyDays).toContain(weekday(m.dueDate));
    for (const b of s.input.breaks ?? []) expect(m.dueDate < b.from || m.dueDate > b.to).toBe(true);
  }
  expect(result.newExamDate > s.today || byId(s.milestones, 'exam')?.done === true).toBe(true);

  // Keeping the exam date: kept means the same date; not kept names the hours that would keep it, and they do.
  if (s.keepExamDate && result.examDateKept) expect(result.newExamDate).toBe(result.oldExamDate);
  if (s.keepExamDate && !result.examDateKept) {
    expect(result.earliestKeepableExamDate).toBe(result.newExamDate);
    const needed = result.hoursPerWeekToKeepExamDate;
    if (needed !== null && needed !== undefined) {
      expect(needed).toBeGreaterThan(result.input.hoursPerWeek);
      const atNeeded = replanFromToday({ ...s, input: { ...s.input, hoursPerWeek: needed } });
      expect(atNeeded.examDateKept).toBe(true);
    }
  }
}

describe('re-planning random plans', () => {
  it('keeps done work, stable ids and exact moves, the same in every time zone', () => {
    fc.assert(
      fc.property(scenarioArb, (s) => {
        const reference = inTimeZone(TIME_ZONES[0], () => replanFromToday(s));
        checkReplan(s, reference);
        for (const timeZone of TIME_ZONES.slice(1)) expect(inTimeZone(timeZone, () => replanFromToday(s))).toEqual(reference);
      }),
      { numRuns: 60 },
    );
  });

  it('a second re-plan on the same day moves nothing', () => {
    fc.assert(
      fc.property(scenarioArb, (s) => {
        const first = replanFromToday({ ...s, keepExamDate: false });
        const second = replanFromToday({ input: first.input, milestones: first.milestones, today: s.today, keepExamDate: false });
        expect(second.moved).toEqual([]);
        expect(second.added).toEqual([]);
        expect(second.removed).toEqual([]);
        expect(second.newExamDate).toBe(first.newExamDate);
      }),
      { numRuns: 60 },
    );
  });
});

describe('steps already done are not planned again', () => {
  // Part-time CPC certificate, 15 h/week Monday–Friday from Monday 2026-01-05:
  // the program's 14-day enrollment lead puts enrollment on Monday 2026-01-19.
  const partTime: PlanInput = { credential: 'CPC', path: 'certificate', pace: 'part-time', startDate: '2026-01-05', hoursPerWeek: 15 };
  const partTimePlan = buildPlan(partTime);

  it('a done enrollment does not add the enrollment lead time again', () => {
    expect(byId(partTimePlan.milestones, 'enrollment')?.dueDate).toBe('2026-01-19');
    const milestones = partTimePlan.milestones.map((m) => ({ ...m, done: m.id === 'enrollment' }));
    for (const timeZone of TIME_ZONES) {
      const result = inTimeZone(timeZone, () => replanFromToday({ input: partTime, milestones, today: '2026-01-19', keepExamDate: false }));
      // On schedule on the enrollment day: nothing moves (before the fix every step moved 14 days later).
      expect(result.moved).toEqual([]);
      expect(result.newExamDate).toBe(partTimePlan.examDate);
    }
  });

  it('a done enrollment with a week lost moves study by that week only', () => {
    const milestones = partTimePlan.milestones.map((m) => ({ ...m, done: m.id === 'enrollment' }));
    const result = replanFromToday({ input: partTime, milestones, today: '2026-01-26', keepExamDate: false });
    // Study starts Monday 01-26 instead of 01-19: each module ends 7 days later.
    for (const move of result.moved.filter((m) => m.id.startsWith('module-'))) expect(move.deltaDays).toBe(7);
    expect(byId(result.moved, 'module-medical-terminology')?.deltaDays).toBe(7);
  });

  it('done eligibility experience is not added a second time', () => {
    // CCS with no experience, choosing AHIMA's recommended route: 12 months of coding work after the program.
    const ccs: PlanInput = {
      credential: 'CCS',
      path: 'certificate',
      pace: 'self-paced',
      startDate: '2026-01-05',
      hoursPerWeek: 15,
      background: { diplomaOrGed: true, experienceMonths: 0, heldCredentials: [], completedModules: [], addRecommendedExperience: true },
    };
    const plan = buildPlan(ccs);
    const experience = byId(plan.milestones, 'prerequisite-experience')!;
    expect(experience).toBeDefined();
    const milestones = plan.milestones.map((m) => ({ ...m, done: m.dueDate <= experience.dueDate }));
    const result = replanFromToday({ input: ccs, milestones, today: experience.dueDate, keepExamDate: false });
    // Registration, scheduling and the exam stay within days of the old plan instead of moving a year.
    expect(Math.abs(byId(result.moved, 'exam')?.deltaDays ?? 0)).toBeLessThan(14);
    expect(result.newExamDate < '2028-01-01').toBe(true);
    expect(byId(result.milestones, 'prerequisite-experience')).toEqual(byId(milestones, 'prerequisite-experience'));
    expect(result.warnings.map((w) => w.code)).not.toContain('eligibility-not-met');
  });

  it('a plan that has not started yet keeps its start date', () => {
    const later: PlanInput = { credential: 'CPC', path: 'certificate', pace: 'self-paced', startDate: '2026-03-02', hoursPerWeek: 10 };
    const plan = buildPlan(later);
    const milestones = plan.milestones.map((m) => ({ ...m, done: false }));
    const result = replanFromToday({ input: later, milestones, today: '2026-01-05', keepExamDate: false });
    expect(result.input.startDate).toBe('2026-03-02');
    expect(result.moved).toEqual([]);
    expect(result.newExamDate).toBe(plan.examDate);
  });
});
