import type { IsoDate } from '../types';
import type { PracticeExamSectionScore } from './practice-exam-validation';

/** A saved practice exam (a PracticeExamRecord fits). */
export interface PracticeAttempt {
  id: string;
  date: IsoDate;
  questions: number;
  correct: number;
  minutesUsed: number;
  sections: PracticeExamSectionScore[];
  /** Orders two attempts on the same day. */
  createdAt?: number;
}

export function chronological<T extends PracticeAttempt>(attempts: readonly T[]): T[] {
  return [...attempts].sort((a, b) => a.date.localeCompare(b.date) || (a.createdAt ?? 0) - (b.createdAt ?? 0));
}

export function percentOf(correct: number, questions: number): number {
  return questions > 0 ? (correct / questions) * 100 : 0;
}
