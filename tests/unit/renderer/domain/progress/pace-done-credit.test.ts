import { describe, expect, it } from 'vitest';
import { computeProgress } from '../../../../../src-renderer/domain/progress';
import { unloggedDoneMinutes } from '../../../../../src-renderer/domain/progress/pace';
import { januaryPlan, januarySessions } from './fixtures';

describe('done milestones count as their planned hours', () => {
  it('credits the unlogged hours of a module marked done', () => {
    // Medical terminology (20 h) is done with 9 h 30 min logged on it; anatomy has 45 min.
    // Done work = max(10 h 15 all logged, 45 min on open + 20 h done) = 20 h 45 → credit 10 h 30.
    const plan = januaryPlan({ medterm: true });
    expect(unloggedDoneMinutes(plan.milestones, januarySessions)).toBe(630);
  });

  it('credits nothing when the logged hours already cover the done work', () => {
    const plan = januaryPlan({ medterm: true });
    const more = [...januarySessions, { date: '2025-01-16', minutes: 660 }];
    expect(unloggedDoneMinutes(plan.milestones, more)).toBe(0);
  });

  it('puts a user who finished the first module on track at the start of the next one', () => {
    // On Mon Jan 20 the plan has medterm (20 h, Jan 6–17) behind it: 20 h planned so far.
    const withoutDone = computeProgress(januaryPlan(), januarySessions, { today: '2025-01-20', weekStartsOn: 1 });
    expect(withoutDone.pace.status).toBe('behind');
    const { pace } = computeProgress(januaryPlan({ medterm: true }), januarySessions, { today: '2025-01-20', weekStartsOn: 1 });
    expect(pace.status).not.toBe('behind');
    expect(pace.explanation).toMatch(/logged or done/);
  });
});

describe('the pace explanation in words', () => {
  it('says "0 h", not "+0.0 h", on the plan\'s first day', () => {
    const { pace } = computeProgress(januaryPlan(), [], { today: '2025-01-06', weekStartsOn: 1 });
    expect(pace.explanation).toBe('On track: 0 h against the plan (0 h logged, 0 h planned so far).');
    // Under the "On track" heading, the detail does not say it again.
    expect(pace.detail).toBe('Hours: 0 h against the plan (0 h logged, 0 h planned so far).');
  });

  it('writes hours to a tenth without a trailing ".0"', () => {
    const { pace } = computeProgress(januaryPlan(), januarySessions, { today: '2025-01-20', weekStartsOn: 1 });
    expect(pace.explanation).toMatch(/−\d+(\.\d)? h against the plan \(\d+(\.\d)? h logged, 20 h planned so far\)/);
    expect(pace.explanation).not.toMatch(/\.0 h/);
  });
});
