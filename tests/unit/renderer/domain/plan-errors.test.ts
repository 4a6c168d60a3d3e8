// Bad input gets a PlanInputError naming the field and saying what to do.
import { describe, expect, it } from 'vitest';
import { buildPlan, comparePaths, PlanInputError } from '../../../../src-renderer/domain/plan';
import type { PlanInput } from '../../../../src-renderer/domain/types';

const base: PlanInput = { credential: 'CPC', path: 'certificate', pace: 'self-paced', startDate: '2027-01-04', hoursPerWeek: 10 };

function errorFor(input: unknown): PlanInputError {
  try {
    buildPlan(input as PlanInput);
  } catch (error) {
    if (error instanceof PlanInputError) return error;
    throw error;
  }
  throw new Error('expected a PlanInputError');
}

describe('bad input', () => {
  it.each([
    ['an unknown credential', { credential: 'RHIA' }, 'credential', /Choose CPC, CPB, COC, CIC, CCA, CCS or CMC/],
    ['an unknown path', { path: 'bachelor' }, 'path', /certificate program or an associate degree/],
    ['an unknown pace', { pace: 'weekends' }, 'pace', /self-paced, part time or full time/],
    ['zero hours', { hoursPerWeek: 0 }, 'hoursPerWeek', /above 0/],
    ['negative hours', { hoursPerWeek: -5 }, 'hoursPerWeek', /above 0/],
    ['hours that are not a number', { hoursPerWeek: Number.NaN }, 'hoursPerWeek', /above 0/],
    ['more hours than a human week', { hoursPerWeek: 120 }, 'hoursPerWeek', /at most 100/],
    ['a malformed start date', { startDate: '2027-13-01' }, 'startDate', /YYYY-MM-DD/],
    ['February 29 in a common year', { startDate: '2027-02-29' }, 'startDate', /not a real calendar date/],
    ['a start date in another format', { startDate: '01/04/2027' }, 'startDate', /YYYY-MM-DD/],
    ['a malformed target', { targetExamDate: '2027-6-1' }, 'targetExamDate', /YYYY-MM-DD/],
    ['a target before the start', { targetExamDate: '2026-12-31' }, 'targetExamDate', /must be after your start date 2027-01-04/],
    ['a target on the start date', { targetExamDate: '2027-01-04' }, 'targetExamDate', /must be after/],
    ['no study days', { studyDays: [] }, 'studyDays', /at least one study day/],
    ['a day that is not a weekday', { studyDays: [1, 7] }, 'studyDays', /0 = Sunday/],
    ['a break that ends before it starts', { breaks: [{ from: '2027-03-10', to: '2027-03-01' }] }, 'breaks[0]', /ends \(2027-03-01\) before it starts \(2027-03-10\)/],
    ['a malformed break date', { breaks: [{ from: '2027-03-01', to: '2027-03-32' }] }, 'breaks[0].to', /last day of break 1/],
    ['negative experience', { background: { diplomaOrGed: true, experienceMonths: -1, heldCredentials: [], completedModules: [] } }, 'background.experienceMonths', /0 or more/],
    ['completed modules that are not names', { background: { diplomaOrGed: true, experienceMonths: 0, heldCredentials: [], completedModules: [3] } }, 'background.completedModules', /list of names/],
  ])('%s', (_label, change, field, message) => {
    const error = errorFor({ ...base, ...change });
    expect(error.field).toBe(field);
    expect(error.message).toMatch(message);
    expect(error.name).toBe('PlanInputError');
  });

  it('rejects input that is not an object', () => {
    expect(errorFor(null).field).toBe('input');
  });

  it('comparePaths rejects bad input once with the same error', () => {
    expect(() => comparePaths({ ...base, hoursPerWeek: 0 })).toThrow(PlanInputError);
  });

  it('accepts the edges: 100 hours a week, a leap day, one study day, duplicate study days', () => {
    expect(() => buildPlan({ ...base, hoursPerWeek: 100 })).not.toThrow();
    expect(buildPlan({ ...base, startDate: '2028-02-29' }).milestones[0]?.dueDate).toBe('2028-02-29');
    expect(buildPlan({ ...base, studyDays: [3, 3, 3] })).toEqual(buildPlan({ ...base, studyDays: [3] }));
  });
});

describe('plans that would never end', () => {
  it('too few hours a week for a plan within a century says how many would do', () => {
    const error = errorFor({ ...base, path: 'associate', hoursPerWeek: 0.25 });
    expect(error.field).toBe('hoursPerWeek');
    expect(error.message).toMatch(/over 100 years\. Plan at least [\d.]+ hours a week/);
  });

  it('a tiny but workable weekly load still gets a plan, with a warning', () => {
    const plan = buildPlan({ ...base, hoursPerWeek: 0.5 });
    expect(plan.warnings.map((w) => w.code)).toContain('duration-outside-typical');
  });

  it('breaks that push the exam past the year 9999 are rejected', () => {
    expect(errorFor({ ...base, startDate: '9998-01-04', breaks: [{ from: '9998-01-05', to: '9999-12-31' }] }).field).toBe('breaks');
  });
});
