// Shared test data: a small CPC plan and helpers to run a block under a time zone.
import { afterAll, beforeAll } from 'vitest';
import type { ReminderMilestone, ReminderPlan } from '../../../../src-renderer/domain/reminders';

export const TIME_ZONES = ['America/New_York', 'Europe/London', 'Australia/Sydney', 'Asia/Kolkata'] as const;

/** Runs the surrounding describe block with process.env.TZ set, restoring it after. */
export function useTimeZone(zone: string): void {
  let previous: string | undefined;
  beforeAll(() => {
    previous = process.env.TZ;
    process.env.TZ = zone;
  });
  afterAll(() => {
    if (previous === undefined) delete process.env.TZ;
    else process.env.TZ = previous;
  });
}

export function milestone(partial: Partial<ReminderMilestone> & Pick<ReminderMilestone, 'id' | 'kind' | 'dueDate'>): ReminderMilestone {
  return {
    title: partial.id,
    description: '',
    startDate: partial.dueDate,
    hours: 10,
    dependsOn: [],
    done: false,
    ...partial,
  };
}

export function cpcPlan(overrides: Partial<ReminderPlan> = {}): ReminderPlan {
  return {
    planId: 'plan-1',
    planName: 'CPC certificate',
    input: {
      credential: 'CPC',
      path: 'certificate',
      pace: 'part-time',
      startDate: '2025-03-03',
      hoursPerWeek: 10,
      studyDays: [1, 3, 5],
    },
    milestones: [
      milestone({ id: 'terminology', kind: 'module', title: 'Medical terminology', startDate: '2025-03-03', dueDate: '2025-03-28' }),
      milestone({ id: 'icd10', kind: 'module', title: 'ICD-10-CM', startDate: '2025-03-31', dueDate: '2025-05-09' }),
      milestone({ id: 'practice', kind: 'practice-exam', title: 'Timed practice exam', startDate: '2025-05-12', dueDate: '2025-05-16' }),
      milestone({ id: 'register', kind: 'exam-registration', title: 'Register for the CPC exam', dueDate: '2025-05-23' }),
      milestone({ id: 'schedule', kind: 'exam-scheduling', title: 'Schedule the CPC exam', dueDate: '2025-05-30' }),
      milestone({ id: 'exam', kind: 'exam', title: 'CPC exam', dueDate: '2025-06-20' }),
    ],
    examDate: '2025-06-20',
    ...overrides,
  };
}
