// The exam run-up (practice exams, membership, registration, scheduling)
// stays next to the exam even when eligibility experience adds months between
// the program and the exam, and the code books come when the student starts
// coding with them: "Get the YYYY code books" before the first coding module
// in the year the student studies, plus a step for the exam year's books when
// the exam falls in a later code-set year (issue 17; the code books used to
// wait for the run-up, months after the coding modules that need them).
import fc from 'fast-check';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { buildPlan, type PlanProgress } from '../../../../src-renderer/domain/plan';
import { codeBookYearFor } from '../../../../src-renderer/domain/codesets';
import { listModules, getModule } from '../../../../src-renderer/domain/catalog';
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
 * How close to the exam the practice exams sit: the first about six weeks
 * before it (three weeks to the second, two to the third, a week to the
 * exam), plus at most the 30-day registration lead and a week of slack.
 */
const RUN_UP_WEEKS = 11;

const noExperience = { diplomaOrGed: true, experienceMonths: 0, heldCredentials: [], completedModules: [] };
const withWork = { ...noExperience, addRecommendedExperience: true };
const ccs: PlanInput = { credential: 'CCS', path: 'certificate', pace: 'self-paced', startDate: '2027-01-04', hoursPerWeek: 10, background: withWork };

const find = (plan: PlanResult, id: string) => plan.milestones.find((m) => m.id === id);
const get = (plan: PlanResult, id: string): Milestone => {
  const m = find(plan, id);
  if (!m) throw new Error(`no milestone ${id} in ${plan.milestones.map((x) => x.id).join(', ')}`);
  return m;
};
const practiceExams = (plan: PlanResult) => plan.milestones.filter((m) => m.kind === 'practice-exam');
const firstCodingModule = (plan: PlanResult) => plan.milestones.find((m) => m.kind === 'module' && m.moduleId && getModule(m.moduleId)?.usesCodeBooks);

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
  const daily = Math.min(plan.weeklyHoursNeeded, input.hoursPerWeek) / perWeek;
  const hours = practiceExams(plan).reduce((sum, m) => sum + m.hours, 0);
  const studyDays = Math.ceil(hours / daily) + 3;
  return Math.ceil(studyDays / perWeek) * 7 + 7; // each exam may start a week later than the one before allows
}

/** The code books come before the first module that codes with them, named for the year the student studies in. */
function expectBooksBeforeCoding(plan: PlanResult, credential: string): void {
  const books = get(plan, 'prerequisite-code-books');
  const coding = firstCodingModule(plan);
  const need = coding?.startDate ?? practiceExams(plan)[0]!.startDate;
  expect(books.dueDate <= need, `code books ${books.dueDate} after the first coding day ${need}`).toBe(true);
  const studyYear = Math.min(Number(need.slice(0, 4)), codeBookYearFor(plan.examDate, credential));
  expect(books.title).toBe(`Get the ${studyYear} code books`);
  const examYear = codeBookYearFor(plan.examDate, credential);
  const second = find(plan, 'prerequisite-exam-year-code-books');
  if (examYear > studyYear) {
    expect(second?.title).toBe(`Get the ${examYear} code books for your exam`);
    expect(second!.dueDate <= plan.examDate && second!.dueDate > books.dueDate).toBe(true);
  } else expect(second).toBeUndefined();
}

// Each test sets its zone (see beforeEach in the describes below); every test puts the original back.
afterEach(() => {
  if (ORIGINAL_TZ === undefined) delete process.env.TZ;
  else process.env.TZ = ORIGINAL_TZ;
});

/** The order a user reads: experience done, then practice exams, registration and scheduling, all before the exam. */
function expectRunUpAfterExperience(plan: PlanResult): void {
  const experience = get(plan, 'prerequisite-experience');
  const practice = practiceExams(plan);
  expect(practice).toHaveLength(3);
  expect(practice[0]!.startDate > experience.dueDate, `practice exam 1 from ${practice[0]!.startDate}, experience ends ${experience.dueDate}`).toBe(true);
  expect(practice[2]!.dueDate < plan.examDate).toBe(true);
  expect(get(plan, 'exam-registration').dueDate > experience.dueDate).toBe(true);
  expect(get(plan, 'exam-scheduling').dueDate > experience.dueDate).toBe(true);
  expectBooksBeforeCoding(plan, plan.milestones.find((m) => m.kind === 'exam')!.title.slice(0, 3));
}

for (const tz of TIME_ZONES) {
  describe(`the exam run-up after chosen eligibility experience, in ${tz}`, () => {
    beforeEach(() => {
      process.env.TZ = tz;
    });

    it('CCS choosing the year of work: work first, then practice exams about 6, 3 and 1 weeks before the exam', () => {
      const plan = buildPlan(ccs);
      const experience = get(plan, 'prerequisite-experience');
      expect(experience.title).toBe('Gain 12 more months of coding experience');
      expectRunUpAfterExperience(plan);
      const weeksBefore = practiceExams(plan).map((m) => Math.round(daysBetween(m.startDate, plan.examDate) / 7));
      expect(weeksBefore).toEqual([6, 3, 1]);
      expect(daysBetween(get(plan, 'exam-registration').dueDate, plan.examDate)).toBeGreaterThanOrEqual(30);
    });

    it('CCS choosing the year of work studies with its study year\'s books and gets the exam year\'s books later', () => {
      const plan = buildPlan(ccs);
      const books = get(plan, 'prerequisite-code-books');
      expect(books.dueDate <= get(plan, 'module-icd-10-cm').startDate).toBe(true);
      expect(codeBookYearFor(plan.examDate, 'CCS')).toBeGreaterThan(Number(books.title.slice(8, 12)));
      expectBooksBeforeCoding(plan, 'CCS');
    });

    it('CCS without choosing the work gets no experience step and the same run-up, sooner', () => {
      const chosen = buildPlan(ccs);
      const plain = buildPlan({ ...ccs, background: noExperience });
      expect(find(plain, 'prerequisite-experience')).toBeUndefined();
      expect(plain.warnings.map((w) => w.code)).toContain('eligibility-recommended');
      expect(plain.examDate < chosen.examDate).toBe(true);
      expect(practiceExams(plain).map((m) => m.hours)).toEqual(practiceExams(chosen).map((m) => m.hours));
      expect(plain.totalHours).toBe(chosen.totalHours);
    });

    it('CCS with 5 months of experience and a break during the work: the run-up follows the stretched experience', () => {
      const background = { ...withWork, experienceMonths: 5 };
      const plain = buildPlan({ ...ccs, pace: 'part-time', hoursPerWeek: 15, background });
      const from = get(plain, 'prerequisite-experience').startDate;
      const breaks = [{ from: isoDay(dayNumber(from) + 60), to: isoDay(dayNumber(from) + 80) }];
      const plan = buildPlan({ ...ccs, pace: 'part-time', hoursPerWeek: 15, breaks, background });
      expect(get(plan, 'prerequisite-experience').title).toBe('Gain 7 more months of coding experience');
      expect(daysBetween(get(plain, 'prerequisite-experience').dueDate, get(plan, 'prerequisite-experience').dueDate)).toBeGreaterThanOrEqual(21);
      expectRunUpAfterExperience(plan);
    });

    it('CCS choosing the work with a reachable target date: exam on the target, run-up after the experience', () => {
      const forward = buildPlan(ccs);
      const target = isoDay(dayNumber(forward.examDate) + 21);
      const plan = buildPlan({ ...ccs, targetExamDate: target });
      expect(plan.warnings.map((w) => w.code)).not.toContain('target-infeasible');
      expect(plan.examDate <= target).toBe(true);
      expectRunUpAfterExperience(plan);
    });

    for (const credential of ['CIC', 'COC'] as const)
      it(`${credential} with no experience and no credential: AAPC asks for none, so no experience step and the run-up sits before the exam`, () => {
        const plan = buildPlan({ ...ccs, credential, background: noExperience });
        expect(find(plan, 'prerequisite-experience')).toBeUndefined();
        expect(plan.warnings.map((w) => w.code)).not.toContain('eligibility-not-met');
        const membership = get(plan, 'membership');
        const registration = get(plan, 'exam-registration');
        expectBooksBeforeCoding(plan, credential);
        expect(practiceExams(plan).every((m) => m.dueDate < plan.examDate && m.startDate > get(plan, 'program-complete').dueDate)).toBe(true);
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
      addRecommendedExperience: fc.boolean(),
      heldCredentials: fc.oneof(fc.constant<string[]>([]), fc.subarray(['CCA', 'CPC', 'RHIT', 'CCS-P'])),
      completedModules: fc.subarray(moduleIds),
    }),
    progress: fc.record({ enrolled: fc.boolean(), registered: fc.boolean(), practiceExamsDone: fc.subarray(['practice-exam-1', 'practice-exam-2', 'practice-exam-3']) }, { requiredKeys: [] }),
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

    it('code books come before the first coding module; practice exams never before the experience ends, and sit within the run-up weeks of the exam', () => {
      fc.assert(
        fc.property(caseArb, ({ input, progress }) => {
          const plan = buildPlan(input, progress);
          const practice = practiceExams(plan);
          expect(practice).toHaveLength(3);
          expectBooksBeforeCoding(plan, input.credential);
          for (const m of practice) expect(m.dueDate < plan.examDate, `${m.id} ${m.dueDate} not before exam ${plan.examDate}`).toBe(true);

          const experience = find(plan, 'prerequisite-experience');
          if (experience) {
            for (const m of practice) expect(m.startDate > experience.dueDate, `${m.id} from ${m.startDate}, experience ends ${experience.dueDate}`).toBe(true);
            expect(get(plan, 'exam-registration').dueDate > experience.dueDate).toBe(true);
            // A registered re-plan books the seat at once (see logistics.ts); otherwise scheduling follows registration.
            if (!progress.registered) expect(get(plan, 'exam-scheduling').dueDate > experience.dueDate).toBe(true);
          }
          const membership = find(plan, 'membership');
          if (membership && !progress.registered)
            expect(workingDaysBetween(membership.dueDate, get(plan, 'exam-registration').dueDate, input.breaks ?? [])).toBeLessThanOrEqual(14);

          // A target date may sit far beyond the run-up; the practice exams then move up to it (6, 3, 1 weeks before).
          const bound = RUN_UP_WEEKS * 7 + practiceStudyDays(input, plan);
          const breaks = input.breaks ?? [];
          expect(workingDaysBetween(practice[0]!.startDate, plan.examDate, breaks), `practice exam 1 ${practice[0]!.startDate}, exam ${plan.examDate}`).toBeLessThanOrEqual(bound);
        }),
        { numRuns: 200 },
      );
    });

    it('CCS: with chosen experience the practice exams sit as close to the exam as for the same student already eligible', () => {
      fc.assert(
        fc.property(caseArb, ({ input }) => {
          const forward: PlanInput = { ...input, credential: 'CCS', targetExamDate: undefined, background: { ...input.background!, addRecommendedExperience: true } };
          const gapPlan = buildPlan(forward);
          const eligiblePlan = buildPlan({ ...forward, background: { ...forward.background!, heldCredentials: ['RHIT'] } });
          const experience = find(gapPlan, 'prerequisite-experience');
          if (!experience) return;
          expect(find(eligiblePlan, 'prerequisite-experience')).toBeUndefined();
          const breaks = forward.breaks ?? [];
          const bound = RUN_UP_WEEKS * 7 + practiceStudyDays(forward, gapPlan);
          expect(workingDaysBetween(practiceExams(gapPlan)[0]!.startDate, gapPlan.examDate, breaks)).toBeLessThanOrEqual(bound);
          expect(workingDaysBetween(practiceExams(eligiblePlan)[0]!.startDate, eligiblePlan.examDate, breaks)).toBeLessThanOrEqual(bound);
          expect(gapPlan.examDate > experience.dueDate).toBe(true);
          expect(gapPlan.totalHours).toBe(eligiblePlan.totalHours);
        }),
        { numRuns: 100 },
      );
    });
  });
}
