import { describe, expect, it } from 'vitest';
import { assessReadiness, examFactsFor, readinessVerdict, scoreTrend, suggestedReviewHours, weakAreas } from '../../../../../src-renderer/domain/readiness';
import { cpcFacts, early, first, second, third, withPace } from './fixtures';

describe('readiness verdict', () => {
  it('is "not yet" with no practice exam', () => {
    const result = readinessVerdict([], cpcFacts);
    expect(result.verdict).toBe('not-yet');
    expect(result.reasons).toEqual(['No practice exam logged yet. Take a timed practice exam to see where you stand.']);
  });

  it('is "not yet" when the latest score is more than 5 points below passing', () => {
    const result = readinessVerdict([first], cpcFacts);
    expect(result.verdict).toBe('not-yet');
    expect(result.reasons[0]).toBe('Not yet: your latest score is more than 5 points below passing.');
    expect(result.reasons).toContain('Latest score 62% on 2026-03-01 (passing: 70%).');
  });

  it('is "nearly" after one passing attempt at about exam pace', () => {
    const result = readinessVerdict([second, first], cpcFacts); // order of input does not matter
    expect(result.verdict).toBe('nearly');
    expect(result.reasons[0]).toBe('Nearly: your latest practice exam passed; pass one more at exam pace to be ready.');
    expect(result.pace.latestMinutesPerQuestion).toBe(2.5);
    expect(result.pace.realMinutesPerQuestion).toBe(2.4);
    expect(result.pace.withinRealPace).toBe(false);
  });

  it('is "ready" after two passing attempts in a row at exam pace', () => {
    const result = readinessVerdict([first, second, third], cpcFacts);
    expect(result.verdict).toBe('ready');
    expect(result.reasons).toEqual([
      'Ready: your last two practice exams passed at exam pace.',
      'Latest score 74% on 2026-03-29 (passing: 70%).',
      'Previous score 71% on 2026-03-15.',
      'Pace 2.3 min/question against the real exam’s 2.4 min/question.',
    ]);
  });

  it('is only "nearly" when two passes were slower than the real exam', () => {
    const result = readinessVerdict([first, second, withPace(third, 250)], cpcFacts);
    expect(result.verdict).toBe('nearly');
    expect(result.reasons).toContain('Pace 2.5 min/question against the real exam’s 2.4 min/question — too slow.');
  });

  it('is "not yet" when the pace is more than 15% too slow, even with a passing score', () => {
    // 290 min / 100 q = 2.9 min/q; 2.9 / 2.4 = 1.21.
    const result = readinessVerdict([withPace(third, 290)], cpcFacts);
    expect(result.verdict).toBe('not-yet');
    expect(result.reasons[0]).toBe('Not yet: your pace is more than 15% slower than the real exam allows.');
  });

  it('is "nearly" just under the passing mark', () => {
    const result = readinessVerdict([{ ...third, correct: 66 }], cpcFacts);
    expect(result.verdict).toBe('nearly');
    expect(result.reasons[0]).toBe('Nearly: your latest score is within 5 points of passing.');
  });

  it('assumes 70% and skips pace when the catalog has no percentage or timing', () => {
    const result = readinessVerdict([second, third], { ...cpcFacts, credential: 'CCA', passingScorePercent: null, questions: null });
    expect(result.verdict).toBe('ready');
    expect(result.reasons).toContain('The CCA passing mark is not published as a percentage; CoderPath assumes 70%.');
    expect(result.reasons).toContain('The real exam’s question count or time is unknown, so pace was not compared.');
    expect(result.pace.withinRealPace).toBeNull();
  });
});

describe('score trend', () => {
  it('fits the score per attempt: 62, 71, 74 rises 6 points per attempt', () => {
    const trend = scoreTrend([third, first, second], cpcFacts);
    expect(trend.points.map((p) => [p.date, p.percent, p.passed])).toEqual([
      ['2026-03-01', 62, false],
      ['2026-03-15', 71, true],
      ['2026-03-29', 74, true],
    ]);
    expect(trend.slopePerAttempt).toBe(6);
    expect(trend.direction).toBe('improving');
  });

  it('calls a falling score declining and a single attempt not enough data', () => {
    expect(scoreTrend([third, { ...second, id: 'b', date: '2026-04-05', correct: 60 }], cpcFacts).direction).toBe('declining');
    expect(scoreTrend([{ ...second, id: 'c', date: '2026-04-05', correct: 71 }, second], cpcFacts).direction).toBe('steady');
    expect(scoreTrend([first], cpcFacts)).toMatchObject({ slopePerAttempt: null, direction: 'not-enough-data' });
  });
});

describe('weak areas', () => {
  it('pools the last three attempts and lists sections below passing, weakest first', () => {
    const weak = weakAreas([early, first, second, third], cpcFacts);
    // HCPCS: (10+13+15)/60 = 63.3 %, 6.7 points below → 2 × ⌈6.7/5⌉ = 4 h.
    // ICD-10-CM: (18+20+21)/90 = 65.6 %, 4.4 below → 2 h. CPT: 110/150 = 73.3 % → not weak.
    // The February attempt (0/30 on ICD-10-CM) is outside the window.
    expect(weak.map((w) => [w.sectionId, Math.round(w.percent * 10) / 10, w.attempts, w.suggestedHours, w.moduleIds])).toEqual([
      ['cpc.hcpcs', 63.3, 3, 4, ['hcpcs-level-ii']],
      ['cpc.icd-10-cm', 65.6, 3, 2, ['icd-10-cm']],
    ]);
  });

  it('suggests 2 hours per 5 points below passing, from 2 to 20 hours', () => {
    expect(suggestedReviewHours(0)).toBe(0);
    expect(suggestedReviewHours(0.5)).toBe(2);
    expect(suggestedReviewHours(5)).toBe(2);
    expect(suggestedReviewHours(8)).toBe(4);
    expect(suggestedReviewHours(70)).toBe(20);
  });

  it('reports nothing when every section passes or no section was scored', () => {
    // 21/30 = 70 %, 38/50 = 76 %, 15/20 = 75 %: passing counts as not weak.
    expect(weakAreas([third], cpcFacts)).toEqual([]);
    expect(weakAreas([{ ...third, sections: [] }], cpcFacts)).toEqual([]);
  });

  it('assesses verdict and weak areas together', () => {
    const report = assessReadiness([first, second, third], cpcFacts);
    expect(report.verdict).toBe('ready');
    expect(report.weakAreas).toHaveLength(2);
  });
});

describe('exam facts from the catalog', () => {
  it('reads questions, time, passing mark and outline for the CPC', () => {
    const facts = examFactsFor('CPC');
    expect(facts).toMatchObject({ credential: 'CPC', questions: 100, minutes: 240, passingScorePercent: 70 });
    expect(facts.sections).toContainEqual({ id: 'cpc.icd-10-cm', title: 'ICD-10-CM diagnosis coding', moduleIds: ['icd-10-cm'] });
  });
});
