// Time to build the longest plan (a part-time associate degree with breaks,
// GED first, CCS eligibility experience, a target date) and to compare paths.
// Target: under 2 ms per plan.
import { bench, describe } from 'vitest';
import { buildPlan, comparePaths } from '../src-renderer/domain/plan';
import type { PlanInput } from '../src-renderer/domain/types';

const longest: PlanInput = {
  credential: 'CCS',
  path: 'associate',
  pace: 'part-time',
  startDate: '2027-01-04',
  hoursPerWeek: 10,
  studyDays: [1, 3, 5, 6],
  breaks: [
    { from: '2027-06-01', to: '2027-08-20' },
    { from: '2027-12-20', to: '2028-01-03' },
    { from: '2028-06-01', to: '2028-08-20' },
    { from: '2028-12-20', to: '2029-01-03' },
    { from: '2029-06-01', to: '2029-08-20' },
  ],
  background: { diplomaOrGed: false, experienceMonths: 0, heldCredentials: [], completedModules: [] },
};

describe('plan engine', () => {
  bench('buildPlan: longest plan (part-time associate, breaks, GED, eligibility)', () => {
    buildPlan(longest);
  });
  bench('buildPlan: self-paced certificate planned backward from a target date', () => {
    buildPlan({ credential: 'CPC', path: 'certificate', pace: 'self-paced', startDate: '2027-01-04', hoursPerWeek: 20, targetExamDate: '2028-03-01' });
  });
  bench('comparePaths: six plans for the longest input', () => {
    comparePaths(longest);
  });
  bench('comparePaths: with a target date', () => {
    comparePaths({ ...longest, targetExamDate: '2030-06-03' });
  });
});
