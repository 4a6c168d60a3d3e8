// The fix buttons of plan warnings: each is a settings change the engine's own
// figures name, and applying it makes the warning go away.
import { describe, expect, it } from 'vitest';
import { buildPlan } from '../../../../src-renderer/domain/plan';
import { settingsWithFix, warningFixes, type PlanFix } from '../../../../src-renderer/domain/plan-fixes';
import { applySettings, settingsOf } from '../../../../src-renderer/domain/plan-settings';
import type { PlanInput } from '../../../../src-renderer/domain/types';

const base: PlanInput = { credential: 'CPC', path: 'certificate', pace: 'self-paced', startDate: '2027-01-04', hoursPerWeek: 10 };

function fixesOf(input: PlanInput, code: string): PlanFix[] {
  const warning = buildPlan(input).warnings.find((w) => w.code === code);
  expect(warning, `a ${code} warning`).toBeDefined();
  return warningFixes(warning!, input);
}

const withFix = (input: PlanInput, fix: PlanFix) => applySettings(input, settingsWithFix(settingsOf(input), fix));
const codes = (input: PlanInput) => buildPlan(input).warnings.map((w) => w.code);

describe('fixes for a target exam date the hours cannot reach', () => {
  const input: PlanInput = { ...base, targetExamDate: '2027-04-15' };
  const fixes = fixesOf(input, 'target-infeasible');

  it('offers the weekly hours the target needs and the earliest exam date at the current hours', () => {
    expect(fixes.map((f) => f.kind)).toEqual(['hours-per-week', 'exam-date']);
    const hours = fixes[0] as Extract<PlanFix, { kind: 'hours-per-week' }>;
    expect(hours.hoursPerWeek).toBeGreaterThan(10);
    expect(hours.hoursPerWeek * 2).toBe(Math.round(hours.hoursPerWeek * 2)); // half-hour steps
    expect(fixes[1]).toEqual({ kind: 'exam-date', date: buildPlan(base).examDate });
  });

  it('each fix, applied, clears the warning and changes nothing else', () => {
    for (const fix of fixes) {
      const fixed = withFix(input, fix);
      expect(codes(fixed)).not.toContain('target-infeasible');
      const blank = (i: PlanInput) => ({ ...settingsOf(i), hoursPerWeek: 0, targetExamDate: null, credential: i.credential, path: i.path, startDate: i.startDate });
      expect(blank(fixed)).toEqual(blank(input));
    }
    expect(buildPlan(withFix(input, fixes[0]!)).examDate).toBe('2027-04-15');
  });

  it('offers only the later date when no human week reaches the target', () => {
    const unreachable = fixesOf({ ...base, targetExamDate: '2027-01-06' }, 'target-infeasible');
    expect(unreachable).toEqual([{ kind: 'exam-date', date: buildPlan(base).examDate }]);
  });
});

describe('fixes that add a study day', () => {
  it('adds the weekday of a target that falls on a day off (a Saturday)', () => {
    const input: PlanInput = { ...base, pace: 'part-time', hoursPerWeek: 15, targetExamDate: '2027-12-04' };
    const fixes = fixesOf(input, 'target-moved');
    expect(fixes).toEqual([{ kind: 'study-day', day: 6 }]);
    const fixed = withFix(input, fixes[0]!);
    expect(fixed.studyDays).toEqual([1, 2, 3, 4, 5, 6]);
    expect(codes(fixed)).not.toContain('target-moved');
    expect(buildPlan(fixed).examDate).toBe('2027-12-04');
  });

  it('spreads very long study days over one more day, the weekend first', () => {
    expect(fixesOf({ ...base, hoursPerWeek: 40, studyDays: [1, 3] }, 'long-study-days')).toEqual([{ kind: 'study-day', day: 6 }]);
    expect(fixesOf({ ...base, hoursPerWeek: 40, studyDays: [6] }, 'long-study-days')).toEqual([{ kind: 'study-day', day: 0 }]);
  });

  it('offers nothing for warnings whose way out is not a setting', () => {
    const plan = buildPlan({ ...base, background: { diplomaOrGed: false, experienceMonths: 0, heldCredentials: [], completedModules: [] } });
    const diploma = plan.warnings.find((w) => w.code === 'diploma-needed')!;
    expect(warningFixes(diploma, base)).toEqual([]);
  });
});
