import { describe, expect, it } from 'vitest';
import { reviewMilestonesFor, weakAreas, type ReviewContext } from '../../../../../src-renderer/domain/readiness';
import { milestone } from '../progress/fixtures';
import { TIME_ZONES, inTimeZone } from '../progress/time-zones';
import { cpcFacts, first, second, third } from './fixtures';

const weak = weakAreas([first, second, third], cpcFacts); // HCPCS 4 h, then ICD-10-CM 2 h

/** 10 h/week on Monday–Friday = 2 h per study day; today is Wednesday 2026-04-01. */
function context(overrides: Partial<ReviewContext> = {}): ReviewContext {
  return {
    today: '2026-04-01',
    input: { credential: 'CPC', path: 'certificate', pace: 'part-time', startDate: '2025-09-01', hoursPerWeek: 10, studyDays: [1, 2, 3, 4, 5] },
    milestones: [
      { ...milestone({ id: 'mod-icd', moduleId: 'icd-10-cm', startDate: '2026-01-05', dueDate: '2026-02-27', hours: 70 }), done: true },
      milestone({ id: 'mod-hcpcs', moduleId: 'hcpcs-level-ii', startDate: '2026-03-16', dueDate: '2026-04-03', hours: 30 }),
      milestone({ id: 'registration', kind: 'exam-registration', startDate: '2026-04-20', dueDate: '2026-04-20' }),
    ],
    ...overrides,
  };
}

describe('reviewMilestonesFor', () => {
  it.each(TIME_ZONES)('places reviews weakest first, after their modules, on study days (%s)', (timeZone) => {
    inTimeZone(timeZone, () => {
      const { milestones, warnings } = reviewMilestonesFor(weak, context());
      expect(warnings).toEqual([]);
      expect(milestones.map((m) => [m.id, m.kind, m.startDate, m.dueDate, m.hours, m.moduleId, m.dependsOn])).toEqual([
        // HCPCS module is due Fri 04-03, so its 4 h review takes Mon 04-06 and Tue 04-07.
        ['custom-review-cpc.hcpcs', 'custom', '2026-04-06', '2026-04-07', 4, 'hcpcs-level-ii', ['mod-hcpcs']],
        // ICD-10-CM is done; its 2 h review follows on Wed 04-08.
        ['custom-review-cpc.icd-10-cm', 'custom', '2026-04-08', '2026-04-08', 2, 'icd-10-cm', ['custom-review-cpc.hcpcs', 'mod-icd']],
      ]);
      expect(milestones[0]?.title).toBe('Review: HCPCS Level II');
      expect(milestones[0]?.description).toContain('63.3% in this section, 6.7 points below passing');
    });
  });

  it('skips breaks', () => {
    const { milestones } = reviewMilestonesFor(weak, context({ input: { ...context().input, breaks: [{ from: '2026-04-06', to: '2026-04-10' }] } }));
    expect(milestones.map((m) => [m.startDate, m.dueDate])).toEqual([
      ['2026-04-13', '2026-04-14'],
      ['2026-04-15', '2026-04-15'],
    ]);
  });

  it('warns when a review would end after the registration deadline', () => {
    const { milestones, warnings } = reviewMilestonesFor(weak, context({ registrationDeadline: '2026-04-07' }));
    expect(milestones).toHaveLength(2);
    expect(warnings).toEqual([
      {
        code: 'review-after-registration',
        message: '"Review: ICD-10-CM diagnosis coding" would end on 2026-04-08, after the registration deadline (2026-04-07).',
        fix: 'Add hours per week, review fewer areas, or plan a later exam date.',
      },
    ]);
  });

  it('keeps ids unique when a review for the same section already exists', () => {
    const existing = milestone({ id: 'custom-review-cpc.hcpcs', kind: 'custom', startDate: '2026-03-02', dueDate: '2026-03-03', hours: 4 });
    const { milestones } = reviewMilestonesFor(weak, context({ milestones: [...context().milestones, existing] }));
    expect(milestones[0]?.id).toBe('custom-review-cpc.hcpcs-2');
  });

  it('schedules nothing without weak areas or without study hours', () => {
    expect(reviewMilestonesFor([], context())).toEqual({ milestones: [], warnings: [] });
    const none = reviewMilestonesFor(weak, context({ input: { ...context().input, hoursPerWeek: 0 } }));
    expect(none.milestones).toEqual([]);
    expect(none.warnings[0]?.code).toBe('review-no-study-time');
  });
});
