// Exam readiness: practice-exam validation, score trend and pace against the
// real exam, a verdict with reasons, weak areas and review milestones.
// Thresholds and rules are documented in each module under readiness/.
import type { ExamFacts } from './readiness/exam-facts';
import type { PracticeAttempt } from './readiness/types';
import { readinessVerdict, type ReadinessVerdict } from './readiness/verdict';
import { weakAreas, type WeakArea } from './readiness/weak-areas';

export * from './readiness/exam-facts';
export * from './readiness/practice-exam-validation';
export { chronological, percentOf, type PracticeAttempt } from './readiness/types';
export * from './readiness/verdict';
export * from './readiness/weak-areas';
export * from './readiness/review-milestones';

export interface ReadinessReport extends ReadinessVerdict {
  weakAreas: WeakArea[];
}

/** Everything the readiness panel shows, from the plan's practice exams and the exam's facts. */
export function assessReadiness(attempts: readonly PracticeAttempt[], facts: ExamFacts): ReadinessReport {
  return { ...readinessVerdict(attempts, facts), weakAreas: weakAreas(attempts, facts) };
}
