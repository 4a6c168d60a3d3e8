// The exam run-up (code books, practice exams, membership, registration,
// scheduling) stays next to the exam even when eligibility experience adds
// months between the program and the exam: a student never sees "practice
// exam" a year before exam day and "get the code books" for the wrong year.
import fc from 'fast-check';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { buildPlan, type PlanProgress } from '../../../../src-renderer/domain/plan';
import { codeBookYearFor } from '../../../../src-renderer/domain/codesets';
import { listModules } from '../../../../src-renderer/domain/catalog';
import { CREDENTIAL_IDS, PACES, PATHS, type DateRange, type Milestone, type PlanInput, type PlanResult } from '../../../../src-renderer/domain/types';

const TIME_ZONES = ['America/New_York', 'Europe/London', 'Australia/Sydney', 'Asia/Kolkata'] as const;
const ORIGINAL_TZ = process.env.TZ;

// Dates as UTC day numbers, so the test's own arithmetic does not depend on the time zone under test.
const DAY_MS = 86_400_000;
const EPOCH = Date.UTC(2024, 0, 1);
const isoDay = (n: number) => new Date(EPOCH + n * DAY_MS).toISOString().slice(0, 10);
const dayNumber = (iso: string) => Math.round((Date.parse(`${iso}T00:00:00Z`) - EPOCH) / DAY_MS);
const daysBetween = (from: string, to: string) => dayNumber(to) - dayNumber(from);

/**
 * How close to the exam a plan without an experience gap puts the run-up:
 * code books two weeks before the first practice exam (up to a week more to
 * reach a study day), and at most the 30-day registration lead plus a week
 * between the run-up and the exam. Measured over 12,000 random plans: at
 * most 35 days beyond the practice exams' own study time (28 with an
 * experience gap).
 */
const RUN_UP_WEEKS = 6;

const noExperience = { diplomaOrGed: true, experienceMonths: 0, heldCredentials: [], completedModules: [] };
const ccs: PlanInput = { credential: 'CCS', path: 'certificate', pace: 'self-paced', startDate: '2027-01-04', hoursPerWeek: 10, background: noExperience };

const find = (plan: PlanResult, id: string) => plan.milestones.find((m) => m.id === id);
const get = (plan: PlanResult, id: string): Milestone => {
  const m = find(plan, id);
  if (!m) throw new Error(`no milestone ${id} in ${plan.milestones.map((x) => x.id).join(', ')}`);
  return m;
};
const practiceExams = (plan: PlanResult) => plan.milestones.filter((m) => m.kind === 'practice-exam');

/** Days from `from` to `to` that are not inside a break (time off stretches every step alike). */
function workingDaysBetween(from: string, to: string, breaks: readonly DateRange[]): number {
  const first = dayNumber(from);
  const last = dayNumber(to);
  const off = new Set<number>();
  for (const b of breaks) for (let d = Math.max(dayNumber(b.from), first + 1); d <= Math.min(dayNumber(b.to), last); d += 1) off.add(d);
  return last - first - off.size;
}

/** Calendar days the plan's practice exams need at its weekly hours, rounded up to whole weeks (one study day may be shared). */
function practiceStudyDays(input: PlanInput, plan: PlanResult): number {
  const perWeek = new Set(input.studyDays ?? [1, 2, 3, 4, 5]).size;
  const daily = plan.weeklyHoursNeeded / perWeek;
  const hours = practiceExams(plan).reduce((sum, m) => sum + m.hours, 0);
  const studyDays = Math.ceil(hours / daily) + 1;
  return Math.ceil(studyDays / perWeek) * 7;
}

// Each test sets its zone (see beforeEach in the describes below); every test puts the original back.
afterEach(() => {
  if (ORIGINAL_TZ === undefined) delete process.env.TZ;
  else process.env.TZ = ORIGINAL_TZ;
});

/** The order a user reads: experience done, then code books, then practice exams, all before the exam. */
function expectRunUpAfterExperience(plan: PlanResult): void {
  const experience = get(plan, 'prerequisite-experience');
  const books = get(plan, 'prerequisite-code-books');
  const [first, second] = practiceExams(plan);
  expect(books.dueDate > experience.dueDate, `code books ${books.dueDate} before experience ends ${experience.dueDate}`).toBe(true);
  expect(first!.startDate > experience.dueDate, `practice exam 1 from ${first!.startDate}, experience ends ${experience.dueDate}`).toBe(true);
  expect(daysBetween(books.dueDate, first!.startDate)).toBeGreaterThanOrEqual(14);
  expect(second!.dueDate < plan.examDate).toBe(true);
  expect(get(plan, 'exam-registration').dueDate > experience.dueDate).toBe(true);
  expect(get(plan, 'exam-scheduling').dueDate > experience.dueDate).toBe(true);
  const ids = plan.milestones.map((m) => m.id);
  expect(ids.indexOf('prerequisite-experience')).toBeLessThan(ids.indexOf('prerequisite-code-books'));
  expect(ids.indexOf('prerequisite-code-books')).toBeLessThan(ids.indexOf('practice-exam-1'));
}

for (const tz of TIME_ZONES) {
  describe(`the exam run-up after eligibility experience, in ${tz}`, () => {
    beforeEach(() => {
      process.env.TZ = tz;
    });

    it('CCS with no experience: the year of work comes first, then code books and practice exams just before the exam', () => {
      const plan = buildPlan(ccs);
      const experience = get(plan, 'prerequisite-experience');
      expect(experience.title).toBe('Gain 12 more months of coding experience');
      expectRunUpAfterExperience(plan);
      // The exact dates a user would see (Mon–Fri, 10 hours a week).
      expect(experience.dueDate).toBe('2029-02-05');
      expect(get(plan, 'prerequisite-code-books').dueDate).toBe('2029-02-06');
      expect(practiceExams(plan).map((m) => [m.startDate, m.dueDate])).toEqual([
        ['2029-02-20', '2029-02-22'],
        ['2029-02-23', '2029-02-27'],
      ]);
      expect(get(plan, 'exam-registration').dueDate).toBe('2029-02-06');
      expect(plan.examDate).toBe('2029-03-08');
      expect(daysBetween(get(plan, 'exam-registration').dueDate, plan.examDate)).toBeGreaterThanOrEqual(30);
    });

    it('CCS with no experience buys the books in force on the later exam date, not at the end of the program', () => {
      const plan = buildPlan(ccs);
      const books = get(plan, 'prerequisite-code-books');
      const year = codeBookYearFor(plan.examDate, 'CCS');
      expect(books.title).toBe(`Get the ${year} code books`);
      expect(year).toBe(2028); // AHIMA switches on May 1: a March 2029 exam still uses the 2028 books.
      expect(codeBookYearFor(get(plan, 'program-complete').dueDate, 'CCS')).toBe(2027);
      expect(daysBetween(books.dueDate, plan.examDate)).toBeLessThanOrEqual(RUN_UP_WEEKS * 7);
      expect(daysBetween(books.dueDate, plan.examDate)).toBeGreaterThan(14);
    });

    it('CCS with no experience keeps the same run-up as an eligible student, only later', () => {
      const gap = buildPlan(ccs);
      const eligible = buildPlan({ ...ccs, background: { ...noExperience, heldCredentials: ['RHIT'] } });
      expect(find(eligible, 'prerequisite-experience')).toBeUndefined();
      for (const plan of [gap, eligible]) {
        const books = get(plan, 'prerequisite-code-books').dueDate;
        expect(daysBetween(books, plan.examDate)).toBeLessThanOrEqual(RUN_UP_WEEKS * 7);
        for (const m of practiceExams(plan)) expect(daysBetween(m.startDate, plan.examDate)).toBeLessThanOrEqual(RUN_UP_WEEKS * 7);
      }
      expect(practiceExams(gap).map((m) => m.hours)).toEqual(practiceExams(eligible).map((m) => m.hours));
      expect(gap.totalHours).toBe(eligible.totalHours);
    });

    it('CCS with 5 months of experience and a break during the work: the run-up follows the stretched experience', () => {
      const plain = buildPlan({ ...ccs, pace: 'part-time', hoursPerWeek: 15, background: { ...noExperience, experienceMonths: 5 } });
      const from = get(plain, 'prerequisite-experience').startDate;
      const breaks = [{ from: isoDay(dayNumber(from) + 60), to: isoDay(dayNumber(from) + 80) }];
      const plan = buildPlan({ ...ccs, pace: 'part-time', hoursPerWeek: 15, breaks, background: { ...noExperience, experienceMonths: 5 } });
      expect(get(plan, 'prerequisite-experience').title).toBe('Gain 7 more months of coding experience');
      expect(daysBetween(get(plain, 'prerequisite-experience').dueDate, get(plan, 'prerequisite-experience').dueDate)).toBeGreaterThanOrEqual(21);
      expectRunUpAfterExperience(plan);
      expect(daysBetween(get(plan, 'prerequisite-code-books').dueDate, plan.examDate)).toBeLessThanOrEqual(RUN_UP_WEEKS * 7);
    });

    it('CCS with no experience and a reachable target date: exam on the target, run-up after the experience', () => {
      const forward = buildPlan(ccs);
      const target = isoDay(dayNumber(forward.examDate) + 21);
      const plan = buildPlan({ ...ccs, targetExamDate: target });
      expect(plan.warnings.map((w) => w.code)).not.toContain('target-infeasible');
      expect(plan.examDate <= target).toBe(true);
      expectRunUpAfterExperience(plan);
      expect(get(plan, 'prerequisite-code-books').title).toBe(`Get the ${codeBookYearFor(plan.examDate, 'CCS')} code books`);
    });

    for (const credential of ['CIC', 'COC'] as const)
      it(`${credential} with no experience and no credential: AAPC asks for none, so no experience step and the run-up sits before the exam`, () => {
        const plan = buildPlan({ ...ccs, credential });
        expect(find(plan, 'prerequisite-experience')).toBeUndefined();
        expect(plan.warnings.map((w) => w.code)).not.toContain('eligibility-not-met');
        const books = get(plan, 'prerequisite-code-books');
        const membership = get(plan, 'membership');
        const registration = get(plan, 'exam-registration');
        expect(books.title).toBe(`Get the ${codeBookYearFor(plan.examDate, credential)} code books`);
        expect(daysBetween(books.dueDate, plan.examDate)).toBeLessThanOrEqual(RUN_UP_WEEKS * 7);
        expect(books.dueDate < practiceExams(plan)[0]!.startDate).toBe(true);
        expect(practiceExams(plan).every((m) => m.dueDate < plan.examDate && m.startDate >= get(plan, 'program-complete').dueDate)).toBe(true);
        expect(membership.dueDate < registration.dueDate).toBe(true);
        expect(daysBetween(registration.dueDate, plan.examDate)).toBeGreaterThanOrEqual(30);
      });
  });
}

const moduleIds = listModules().map((m) => m.id);

const caseArb = fc
  .record({
    // CCS twice as often: it is the credential whose eligibility adds experience.
    credential: fc.oneof({ arbitrary: fc.constant('CCS' as const), weight: 2 }, { arbitrary: fc.constantFrom(...CREDENTIAL_IDS), weight: 2 }),
    path: fc.constantFrom(...PATHS),
    pace: fc.constantFrom(...PACES),
    start: fc.integer({ min: 0, max: 8 * 365 }),
    halfHours: fc.integer({ min: 2, max: 200 }),
    studyDays: fc.option(fc.uniqueArray(fc.integer({ min: 0, max: 6 }), { minLength: 1, maxLength: 7 }), { nil: undefined }),
    target: fc.option(fc.integer({ min: 1, max: 1800 }), { nil: undefined }),
    breaks: fc.array(fc.record({ offset: fc.integer({ min: -30, max: 1200 }), length: fc.integer({ min: 0, max: 90 }) }), { maxLength: 3 }),
    background: fc.record({
      diplomaOrGed: fc.boolean(),
      experienceMonths: fc.oneof(fc.constant(0), fc.integer({ min: 0, max: 30 })),
      heldCredentials: fc.oneof(fc.constant<string[]>([]), fc.subarray(['CCA', 'CPC', 'RHIT', 'CCS-P'])),
      completedModules: fc.subarray(moduleIds),
    }),
    progress: fc.record({ enrolled: fc.boolean(), registered: fc.boolean(), practiceExamsDone: fc.subarray(['practice-exam-1', 'practice-exam-2']) }, { requiredKeys: [] }),
  })
  .map((g) => {
    const input: PlanInput = { credential: g.credential, path: g.path, pace: g.pace, startDate: isoDay(g.start), hoursPerWeek: g.halfHours / 2, background: g.background };
    if (g.studyDays) input.studyDays = g.studyDays;
    if (g.target !== undefined) input.targetExamDate = isoDay(g.start + g.target);
    if (g.breaks.length > 0) input.breaks = g.breaks.map((b) => ({ from: isoDay(g.start + b.offset), to: isoDay(g.start + b.offset + b.length) }));
    const progress: PlanProgress = g.progress;
    return { input, progress };
  });

for (const tz of TIME_ZONES) {
  describe(`run-up timing for any credential and background, in ${tz}`, () => {
    beforeEach(() => {
      process.env.TZ = tz;
    });

    it('code books and practice exams never come before the experience ends, and sit within the run-up weeks of the exam', () => {
      fc.assert(
        fc.property(caseArb, ({ input, progress }) => {
          const plan = buildPlan(input, progress);
          const books = get(plan, 'prerequisite-code-books');
          const practice = practiceExams(plan);
          expect(practice).toHaveLength(2);
          expect(books.title).toBe(`Get the ${codeBookYearFor(plan.examDate, input.credential)} code books`);
          for (const m of [books, ...practice]) expect(m.dueDate < plan.examDate, `${m.id} ${m.dueDate} not before exam ${plan.examDate}`).toBe(true);

          const experience = find(plan, 'prerequisite-experience');
          if (experience) {
            for (const m of [books, ...practice]) expect(m.startDate > experience.dueDate, `${m.id} from ${m.startDate}, experience ends ${experience.dueDate}`).toBe(true);
            expect(get(plan, 'exam-registration').dueDate > experience.dueDate).toBe(true);
            // A registered re-plan books the seat at once (see logistics.ts); otherwise scheduling follows registration.
            if (!progress.registered) expect(get(plan, 'exam-scheduling').dueDate > experience.dueDate).toBe(true);
          }
          const membership = find(plan, 'membership');
          if (membership && !progress.registered)
            expect(workingDaysBetween(membership.dueDate, get(plan, 'exam-registration').dueDate, input.breaks ?? [])).toBeLessThanOrEqual(14);

          // A target date may sit far beyond the run-up, with or without experience; the bound is for the earliest exam.
          if (input.targetExamDate === undefined) {
            const bound = RUN_UP_WEEKS * 7 + practiceStudyDays(input, plan);
            const breaks = input.breaks ?? [];
            expect(workingDaysBetween(books.dueDate, plan.examDate, breaks), `code books ${books.dueDate}, exam ${plan.examDate}`).toBeLessThanOrEqual(bound);
            expect(workingDaysBetween(practice[0]!.startDate, plan.examDate, breaks)).toBeLessThanOrEqual(bound);
          }
        }),
        { numRuns: 200 },
      );
    });

    it('CCS: the run-up sits as close to the exam with an experience gap as for the same student already eligible', () => {
      fc.assert(
        fc.property(caseArb, ({ input }) => {
          const forward: PlanInput = { ...input, credential: 'CCS', targetExamDate: undefined };
          const gapPlan = buildPlan(forward);
          const eligiblePlan = buildPlan({ ...forward, background: { ...input.background!, heldCredentials: ['RHIT'] } });
          const experience = find(gapPlan, 'prerequisite-experience');
          if (!experience) return;
          expect(find(eligiblePlan, 'prerequisite-experience')).toBeUndefined();
          const breaks = forward.breaks ?? [];
          const bound = RUN_UP_WEEKS * 7 + practiceStudyDays(forward, gapPlan);
          expect(workingDaysBetween(get(gapPlan, 'prerequisite-code-books').dueDate, gapPlan.examDate, breaks)).toBeLessThanOrEqual(bound);
          expect(workingDaysBetween(get(eligiblePlan, 'prerequisite-code-books').dueDate, eligiblePlan.examDate, breaks)).toBeLessThanOrEqual(bound);
          expect(gapPlan.examDate > experience.dueDate).toBe(true);
          expect(gapPlan.totalHours).toBe(eligiblePlan.totalHours);
        }),
        { numRuns: 100 },
      );
    });
  });
}
