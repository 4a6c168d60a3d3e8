// Issue 17's rules as properties over random inputs, in four time zones:
// term-based degrees take their terms whatever the weekly hours; the code books
// come before the first coding module; no AAPC exam lands in the early-January
// blackout; practice exams are spaced out; a CCS plan never adds work the
// student did not choose; the three AAPC apprentice routes; and every fact the
// UI shows carries a source and a date.
import fc from 'fast-check';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { buildPlan, planDateChecks } from '../../../../src-renderer/domain/plan';
import { careerOutlook, getCredential, getModule, listCredentials } from '../../../../src-renderer/domain/catalog';
import { credentialFacts } from '../../../../src-renderer/shared/credential-facts';
import { APPRENTICE_ROUTES, CREDENTIAL_IDS, PACES, type PlanInput, type PlanResult } from '../../../../src-renderer/domain/types';

const TIME_ZONES = ['America/New_York', 'Europe/London', 'Australia/Sydney', 'Asia/Kolkata'] as const;
const ORIGINAL_TZ = process.env.TZ;
const DAY_MS = 86_400_000;
const EPOCH = Date.UTC(2024, 0, 1);
const isoDay = (n: number) => new Date(EPOCH + n * DAY_MS).toISOString().slice(0, 10);
const dayNumber = (iso: string) => Math.round((Date.parse(`${iso}T00:00:00Z`) - EPOCH) / DAY_MS);
const get = (plan: PlanResult, id: string) => {
  const m = plan.milestones.find((x) => x.id === id);
  if (!m) throw new Error(`no ${id} in ${plan.milestones.map((x) => x.id).join(', ')}`);
  return m;
};
const practice = (plan: PlanResult) => plan.milestones.filter((m) => m.kind === 'practice-exam');
const AAPC = new Set(['CPC', 'CPB', 'COC', 'CIC']);

const startArb = fc.integer({ min: 0, max: 8 * 365 });
const studyDaysArb = fc.option(fc.uniqueArray(fc.integer({ min: 0, max: 6 }), { minLength: 1, maxLength: 7 }), { nil: undefined });

afterEach(() => {
  if (ORIGINAL_TZ === undefined) delete process.env.TZ;
  else process.env.TZ = ORIGINAL_TZ;
});

for (const tz of TIME_ZONES) {
  describe(`the real path, in ${tz}`, () => {
    beforeEach(() => {
      process.env.TZ = tz;
    });

    it('a term-based associate degree ends on the same day whatever the weekly hours within the term load', () => {
      fc.assert(
        fc.property(fc.constantFrom(...CREDENTIAL_IDS), fc.constantFrom('part-time' as const, 'full-time' as const), startArb, studyDaysArb, fc.integer({ min: 10, max: 60 }), fc.integer({ min: 10, max: 60 }), (credential, pace, start, studyDays, a, b) => {
          const input: PlanInput = { credential, path: 'associate', pace, startDate: isoDay(start), hoursPerWeek: a, ...(studyDays ? { studyDays } : {}) };
          const one = buildPlan(input);
          const other = buildPlan({ ...input, hoursPerWeek: b });
          expect(get(other, 'program-complete').dueDate).toBe(get(one, 'program-complete').dueDate);
          expect(get(other, 'enrollment').dueDate).toBe(get(one, 'enrollment').dueDate);
          // Full time: four semesters, about two years; part time: about three to four years.
          const months = (dayNumber(get(one, 'program-complete').dueDate) - dayNumber(get(one, 'module-medical-terminology').startDate)) / 30.44;
          const [low, high] = pace === 'full-time' ? [18, 24] : [33, 48];
          expect(months).toBeGreaterThan(low);
          expect(months).toBeLessThan(high);
          // Study starts in the first week of a term (default fall 08-25 or spring 01-12), and the enrollment step comes before it.
          const first = get(one, 'module-medical-terminology').startDate;
          const termStart = first.slice(5) >= '08-25' ? `${first.slice(0, 4)}-08-25` : `${first.slice(0, 4)}-01-12`;
          expect(dayNumber(first) - dayNumber(termStart), first).toBeGreaterThanOrEqual(0);
          expect(dayNumber(first) - dayNumber(termStart), first).toBeLessThan(7);
          expect(get(one, 'enrollment').dueDate < get(one, 'module-medical-terminology').startDate).toBe(true);
        }),
        { numRuns: 40 },
      );
    });

    it('weekly hours far from the term load are named, near it are not', () => {
      const input: PlanInput = { credential: 'CCS', path: 'associate', pace: 'full-time', startDate: '2027-05-03', hoursPerWeek: 10 };
      const low = buildPlan(input);
      expect(low.warnings.map((w) => w.code)).toContain('hours-below-term-load');
      expect(low.warnings.find((w) => w.code === 'hours-below-term-load')!.message).toContain('4 terms from fall 2027');
      const near = buildPlan({ ...input, hoursPerWeek: low.weeklyHoursNeeded });
      expect(near.warnings.map((w) => w.code).filter((c) => c.includes('term-load'))).toEqual([]);
      expect(get(near, 'program-complete').dueDate).toBe(get(low, 'program-complete').dueDate);
    });

    it('user term dates move enrollment to the school’s term start; a summer term shortens the degree', () => {
      const base: PlanInput = { credential: 'CPB', path: 'associate', pace: 'part-time', startDate: '2027-02-01', hoursPerWeek: 18 };
      const own = buildPlan({ ...base, terms: { fall: '09-08', spring: '01-20', summer: null } });
      expect(get(own, 'module-medical-terminology').startDate).toBe('2027-09-08');
      const summers = buildPlan({ ...base, terms: { fall: '09-08', spring: '01-20', summer: '06-01' } });
      expect(get(summers, 'program-complete').dueDate < get(own, 'program-complete').dueDate).toBe(true);
    });

    it('a vocational certificate on terms is planned by terms; a self-paced certificate by hours', () => {
      fc.assert(
        fc.property(fc.constantFrom(...CREDENTIAL_IDS), startArb, fc.integer({ min: 10, max: 40 }), (credential, start, hours) => {
          const input: PlanInput = { credential, path: 'certificate', pace: 'full-time', startDate: isoDay(start), hoursPerWeek: hours, termBased: true };
          expect(get(buildPlan({ ...input, hoursPerWeek: hours + 5 }), 'program-complete').dueDate).toBe(get(buildPlan(input), 'program-complete').dueDate);
          const selfPaced = { ...input, pace: 'self-paced' as const, termBased: false };
          expect(get(buildPlan({ ...selfPaced, hoursPerWeek: hours * 2 }), 'program-complete').dueDate < get(buildPlan(selfPaced), 'program-complete').dueDate).toBe(true);
        }),
        { numRuns: 25 },
      );
    });

    it('the code books come before the first module that codes with them, for every credential, path and pace', () => {
      fc.assert(
        fc.property(fc.constantFrom(...CREDENTIAL_IDS), fc.constantFrom('certificate' as const, 'associate' as const), fc.constantFrom(...PACES), startArb, fc.integer({ min: 4, max: 80 }), (credential, path, pace, start, hours) => {
          const plan = buildPlan({ credential, path, pace, startDate: isoDay(start), hoursPerWeek: hours / 2 + 3 });
          const books = get(plan, 'prerequisite-code-books');
          const coding = plan.milestones.find((m) => m.kind === 'module' && getModule(m.moduleId ?? '')?.usesCodeBooks);
          expect(coding).toBeDefined();
          expect(books.dueDate <= coding!.startDate, `${books.dueDate} books, ${coding!.id} from ${coding!.startDate}`).toBe(true);
          expect(books.title).toMatch(/^Get the \d{4} code books$/);
        }),
        { numRuns: 60 },
      );
    });

    it('no AAPC exam falls in the January blackout, forward or with a target date in it', () => {
      fc.assert(
        fc.property(fc.constantFrom('CPC', 'CPB', 'COC', 'CIC'), fc.constantFrom(...PACES), startArb, fc.integer({ min: 4, max: 80 }), fc.option(fc.integer({ min: 2025, max: 2034 }), { nil: undefined }), fc.integer({ min: 1, max: 14 }), (credential, pace, start, hours, targetYear, targetDay) => {
          const input: PlanInput = { credential, path: 'certificate', pace, startDate: isoDay(start), hoursPerWeek: hours / 2 + 2 };
          const target = targetYear ? `${targetYear}-01-${String(targetDay).padStart(2, '0')}` : undefined;
          const plan = buildPlan(target && target > input.startDate ? { ...input, targetExamDate: target } : input);
          expect(plan.examDate.slice(5) >= '01-15', `exam ${plan.examDate}`).toBe(true);
          if (target && target > input.startDate && plan.warnings.some((w) => w.code === 'exam-blackout-moved'))
            expect(plan.warnings.find((w) => w.code === 'exam-blackout-moved')!.message).toContain(plan.examDate);
        }),
        { numRuns: 80 },
      );
    });

    it('a target in the blackout moves to the first study day after it, naming the date', () => {
      const plan = buildPlan({ credential: 'CPC', path: 'certificate', pace: 'self-paced', startDate: '2026-12-01', hoursPerWeek: 12, targetExamDate: '2028-01-10' });
      expect(plan.examDate).toBe('2028-01-17');
      expect(plan.warnings.find((w) => w.code === 'exam-blackout-moved')?.message).toContain('2028-01-17');
    });

    it('practice exams are spaced: three of them, weeks apart, the last about a week before the exam', () => {
      fc.assert(
        fc.property(fc.constantFrom(...CREDENTIAL_IDS), fc.constantFrom('certificate' as const, 'associate' as const), fc.constantFrom(...PACES), startArb, fc.integer({ min: 10, max: 60 }), (credential, path, pace, start, hours) => {
          const plan = buildPlan({ credential, path, pace, startDate: isoDay(start), hoursPerWeek: hours });
          const [a, b, c] = practice(plan);
          expect(practice(plan)).toHaveLength(3);
          expect(dayNumber(b!.startDate) - dayNumber(a!.startDate)).toBeGreaterThanOrEqual(14);
          expect(dayNumber(c!.startDate) - dayNumber(b!.startDate)).toBeGreaterThanOrEqual(10);
          expect(dayNumber(plan.examDate) - dayNumber(c!.startDate)).toBeGreaterThanOrEqual(7);
          expect(dayNumber(plan.examDate) - dayNumber(a!.startDate)).toBeGreaterThanOrEqual(35);
          expect(c!.dueDate < plan.examDate).toBe(true);
        }),
        { numRuns: 60 },
      );
    });

    it('a CCS plan without chosen experience has no work step, only the recommendation', () => {
      fc.assert(
        fc.property(fc.constantFrom('certificate' as const, 'associate' as const), fc.constantFrom(...PACES), startArb, fc.integer({ min: 0, max: 11 }), (path, pace, start, months) => {
          const plan = buildPlan({ credential: 'CCS', path, pace, startDate: isoDay(start), hoursPerWeek: 20, background: { diplomaOrGed: true, experienceMonths: months, heldCredentials: [], completedModules: [] } });
          expect(plan.milestones.map((m) => m.id)).not.toContain('prerequisite-experience');
          const warning = plan.warnings.find((w) => w.code === 'eligibility-recommended');
          expect(warning?.message).toContain('recommends one of these');
          expect(warning?.message).toContain('high-school diploma');
          if (path === 'associate') expect(plan.milestones.map((m) => m.id)).toContain('after-exam-next-credential');
        }),
        { numRuns: 30 },
      );
    });

    it('CPC-A and COC-A: every route ends with "send AAPC proof", timed by the route and the experience', () => {
      fc.assert(
        fc.property(fc.constantFrom('CPC' as const, 'COC' as const), fc.constantFrom(...APPRENTICE_ROUTES), fc.integer({ min: 0, max: 36 }), startArb, (credential, route, months, start) => {
          const plan = buildPlan({ credential, path: 'certificate', pace: 'self-paced', startDate: isoDay(start), hoursPerWeek: 15, background: { diplomaOrGed: true, experienceMonths: months, heldCredentials: [], completedModules: [], apprenticeRoute: route } });
          const step = get(plan, 'after-exam-apprentice');
          expect(step.title).toBe(`Send AAPC proof to remove the A (${credential}-A)`);
          const after = dayNumber(step.dueDate) - dayNumber(plan.examDate);
          const needed = months >= 24 ? 0 : route === 'experience' ? 24 - months : route === 'experience-plus-course' ? Math.max(0, 12 - months) : 0;
          if (needed === 0) expect(after).toBeLessThanOrEqual(35);
          else expect(Math.abs(after - needed * 30.44)).toBeLessThanOrEqual(6);
          if (months >= 24) expect(step.description).toContain('already covers it');
          if (route === 'course-plus-practicode' && months < 24) expect(step.description).toContain('Practicode');
        }),
        { numRuns: 50 },
      );
    });
  });
}

describe('keeping the credential', () => {
  it('AAPC: yearly membership renewal (revoked after 90 days), first CEU report pro-rated on a renewal date; 40 CEUs with two credentials', () => {
    const plan = buildPlan({ credential: 'CPC', path: 'certificate', pace: 'self-paced', startDate: '2026-12-01', hoursPerWeek: 10 });
    const membership = get(plan, 'membership');
    const renewal = get(plan, 'after-exam-membership-renewal');
    expect(Math.abs(dayNumber(renewal.dueDate) - (dayNumber(membership.dueDate) + 366))).toBeLessThanOrEqual(5);
    expect(renewal.description).toContain('90 days');
    const ceus = get(plan, 'after-exam-ceus');
    expect(ceus.title).toContain('up to 36 CEUs');
    expect(ceus.dueDate.slice(5, 7)).toBe(renewal.dueDate.slice(5, 7));
    const two = buildPlan({ credential: 'CPC', path: 'certificate', pace: 'self-paced', startDate: '2026-12-01', hoursPerWeek: 10, background: { diplomaOrGed: true, experienceMonths: 0, heldCredentials: ['CPB'], completedModules: [] } });
    expect(get(two, 'after-exam-ceus').title).toContain('40 CEUs');
  });

  it('AHIMA CCA and CCS: 20 CEUs in two years from the exam; PMI CMC: 12 a year', () => {
    for (const credential of ['CCA', 'CCS'] as const) {
      const plan = buildPlan({ credential, path: 'certificate', pace: 'self-paced', startDate: '2026-12-01', hoursPerWeek: 10 });
      const ceus = get(plan, 'after-exam-ceus');
      expect(ceus.title).toContain('20 CEUs');
      expect(Math.abs(dayNumber(ceus.dueDate) - dayNumber(plan.examDate) - 730)).toBeLessThanOrEqual(5);
    }
    const cmc = buildPlan({ credential: 'CMC', path: 'certificate', pace: 'self-paced', startDate: '2026-12-01', hoursPerWeek: 10 });
    expect(get(cmc, 'after-exam-ceus').title).toContain('12 CEUs');
    expect(get(cmc, 'after-exam-ceus').description).toContain('calendar year');
  });
});

describe('dates that cannot be right', () => {
  it('a start in 2020 gives an exam before today and offers to start from today; 2099 asks for confirmation', () => {
    const today = '2026-12-01';
    const old = buildPlan({ credential: 'CPC', path: 'certificate', pace: 'self-paced', startDate: '2020-03-02', hoursPerWeek: 10 });
    expect(planDateChecks('2020-03-02', old, today).map((c) => [c.code, c.action])).toEqual([['exam-before-today', 'start-from-today']]);
    const far = buildPlan({ credential: 'CPC', path: 'certificate', pace: 'self-paced', startDate: '2099-01-05', hoursPerWeek: 10 });
    expect(planDateChecks('2099-01-05', far, today).map((c) => c.code)).toEqual(['start-far-future']);
    const fine = buildPlan({ credential: 'CPC', path: 'certificate', pace: 'self-paced', startDate: today, hoursPerWeek: 10 });
    expect(planDateChecks(today, fine, today)).toEqual([]);
  });
});

describe('every fact the UI shows has a source and a date', () => {
  it('credential facts tables and the career outlook', () => {
    for (const credential of listCredentials()) {
      for (const row of credentialFacts(credential)) {
        expect(row.fact.source.name, `${credential.id} ${row.label}`).toMatch(/\w/);
        expect(row.fact.lastVerified, `${credential.id} ${row.label}`).toMatch(/^\d{4}-\d{2}-\d{2}$/);
        expect(row.text).not.toMatch(/\([a-z0-9]+-[a-z0-9-]+\)/); // no internal source ids
        if (row.fact.note) expect(row.fact.note).not.toMatch(/\([a-z0-9]+-[a-z0-9-]+\)/);
      }
    }
    for (const figure of careerOutlook('both')) {
      expect(figure.source.name).toMatch(/\w/);
      expect(figure.lastVerified).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(figure.asOf).toMatch(/\d{4}/);
    }
  });

  it('the corrected exam facts', () => {
    expect(getCredential('CPB').exam.questions.value).toBe(135);
    expect(getCredential('CPB').exam.minutes.value).toBe(240);
    expect([getCredential('CIC').exam.questions.value, getCredential('CIC').exam.cases?.value]).toEqual([40, 7]);
    expect(getCredential('CCS').exam.questions.value).toBe(107);
    expect(getCredential('CCS').renewal.ceus.value).toBe(20);
    for (const id of AAPC) {
      const c = getCredential(id as 'CPC');
      expect(c.fees.nonMember.value).toBeNull();
      expect(c.eligibility.membershipRequired.value).toBe(true);
      expect([c.fees.member.value, c.fees.retakeFee.value]).toEqual([399, 499]);
      expect(c.fees.member.status).toBe('unverified');
    }
    expect(getCredential('CCA').exam.delivery.value).toEqual(['test-center']);
    const cic = buildPlan({ credential: 'CIC', path: 'certificate', pace: 'self-paced', startDate: '2026-12-01', hoursPerWeek: 10 });
    expect(get(cic, 'exam').description).toContain('40 multiple-choice questions plus 7 coding cases');
  });
});
