// The exam facts readiness needs, as a plain value so the logic is testable
// without the catalog. `examFactsFromCredential` adapts a catalog credential.
import { getCredential } from '../catalog';
import type { Credential } from '../catalog/types';
import type { CredentialId } from '../types';

export interface ExamSection {
  id: string;
  title: string;
  /** Study modules that teach this section (catalog module ids). */
  moduleIds: string[];
}

export interface ExamFacts {
  credential: string;
  /** Multiple-choice questions on the real exam, when known. */
  questions: number | null;
  /** Coding cases on top of the questions (the CIC's 7 medical-record cases), 0 when the exam has none. */
  cases?: number;
  /** Minutes allowed on the real exam, when known. */
  minutes: number | null;
  /** Passing mark as a percentage of questions, when the body publishes one. */
  passingScorePercent: number | null;
  sections: ExamSection[];
}

export function examFactsFromCredential(credential: Credential): ExamFacts {
  return {
    credential: credential.id,
    questions: credential.exam.questions.value,
    cases: credential.exam.cases?.value ?? 0,
    minutes: credential.exam.minutes.value,
    passingScorePercent: credential.exam.passingScorePercent.value,
    sections: credential.outline.map((section) => ({ id: section.id, title: section.title, moduleIds: [...section.moduleIds] })),
  };
}

/** The shipped catalog's facts for a credential. */
export function examFactsFor(credential: CredentialId): ExamFacts {
  return examFactsFromCredential(getCredential(credential));
}

/** Used when the body publishes no percentage (e.g. a scaled score): a CoderPath assumption, said so in the verdict. */
export const ASSUMED_PASSING_PERCENT = 70;

export function passingPercentOf(facts: ExamFacts): { percent: number; assumed: boolean } {
  return facts.passingScorePercent === null
    ? { percent: ASSUMED_PASSING_PERCENT, assumed: true }
    : { percent: facts.passingScorePercent, assumed: false };
}

/** Minutes per item (questions and coding cases) on the real exam, or null when questions or time are unknown. */
export function realPaceOf(facts: ExamFacts): number | null {
  return facts.questions && facts.minutes ? facts.minutes / (facts.questions + (facts.cases ?? 0)) : null;
}
