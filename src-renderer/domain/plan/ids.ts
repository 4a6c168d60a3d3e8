// Milestone ids are fixed per step (not per date) so a re-plan matches the same step.
import type { Milestone } from '../types';
import type { DayIndex } from './calendar';

export const MILESTONE_IDS = {
  diploma: 'prerequisite-diploma',
  enrollment: 'enrollment',
  programComplete: 'program-complete',
  codeBooks: 'prerequisite-code-books',
  examYearCodeBooks: 'prerequisite-exam-year-code-books',
  experience: 'prerequisite-experience',
  membership: 'membership',
  registration: 'exam-registration',
  scheduling: 'exam-scheduling',
  exam: 'exam',
  apprentice: 'after-exam-apprentice',
  ceus: 'after-exam-ceus',
  membershipRenewal: 'after-exam-membership-renewal',
  nextCredential: 'after-exam-next-credential',
  practiceExam: (n: number) => `practice-exam-${n}`,
  module: (id: string) => `module-${id}`,
} as const;

export type MilestoneAt = (m: Omit<Milestone, 'startDate' | 'dueDate'> & { start: DayIndex; due: DayIndex }) => Milestone;

