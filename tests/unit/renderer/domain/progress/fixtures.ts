import type { LoggedSession, ProgressPlan, TrackedMilestone } from '../../../../../src-renderer/domain/progress';
import type { Milestone, PlanInput } from '../../../../../src-renderer/domain/types';

export function milestone(overrides: Partial<Milestone> & Pick<Milestone, 'id' | 'startDate' | 'dueDate'>, done = false): TrackedMilestone {
  return { kind: 'module', title: overrides.id, description: '', hours: 0, dependsOn: [], ...overrides, done };
}

export const januaryInput: PlanInput = {
  credential: 'CPC',
  path: 'certificate',
  pace: 'part-time',
  startDate: '2025-01-06',
  hoursPerWeek: 10,
  studyDays: [1, 2, 3, 4, 5],
};

/**
 * Two 20-hour modules on Monday–Friday, 10 h/week:
 * medical terminology Mon 2025-01-06 → Fri 01-17 (10 study days, 2 h each),
 * anatomy Mon 01-20 → Fri 01-31 (2 h each), exam Mon 2025-03-03.
 */
export function januaryPlan(done: { medterm?: boolean; anatomy?: boolean } = {}): ProgressPlan {
  return {
    input: januaryInput,
    examDate: '2025-03-03',
    milestones: [
      milestone({ id: 'mod-medterm', title: 'Medical terminology', moduleId: 'medterm', startDate: '2025-01-06', dueDate: '2025-01-17', hours: 20 }, done.medterm),
      milestone({ id: 'mod-anatomy', title: 'Anatomy and physiology', moduleId: 'anatomy', startDate: '2025-01-20', dueDate: '2025-01-31', hours: 20, dependsOn: ['mod-medterm'] }, done.anatomy),
      milestone({ id: 'exam', kind: 'exam', title: 'CPC exam', startDate: '2025-03-03', dueDate: '2025-03-03' }),
    ],
  };
}

/** 615 minutes logged between Mon 01-06 and Wed 01-15; no session on Thu 01-09. */
export const januarySessions: LoggedSession[] = [
  { date: '2025-01-06', minutes: 120, moduleId: 'medterm' },
  { date: '2025-01-07', minutes: 60, moduleId: 'medterm' },
  { date: '2025-01-08', minutes: 90, moduleId: 'medterm' },
  { date: '2025-01-10', minutes: 120, moduleId: 'medterm' },
  { date: '2025-01-11', minutes: 30, moduleId: 'medterm' },
  { date: '2025-01-13', minutes: 120, moduleId: 'medterm' },
  { date: '2025-01-14', minutes: 45, milestoneId: 'mod-anatomy' },
  { date: '2025-01-15', minutes: 30, moduleId: 'medterm' },
];
