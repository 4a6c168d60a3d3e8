// Weak areas: exam sections scored below the passing mark across the recent
// attempts (the last 3 by date). A section's score pools its questions over
// those attempts: Σ correct ÷ Σ questions. Suggested review hours =
// 2 h for every 5 points (or part of 5) below passing, at least 2 h, at most 20 h:
// 62 % against 70 % is 8 points below → 2 × ⌈8/5⌉ = 4 h.
import { passingPercentOf, type ExamFacts } from './exam-facts';
import { chronological, percentOf, type PracticeAttempt } from './types';

export const RECENT_ATTEMPTS = 3;
export const HOURS_PER_FIVE_POINTS = 2;
export const MAX_REVIEW_HOURS = 20;

export interface WeakArea {
  sectionId: string;
  title: string;
  moduleIds: string[];
  percent: number;
  questions: number;
  correct: number;
  /** How many of the recent attempts scored this section. */
  attempts: number;
  pointsBelowPassing: number;
  suggestedHours: number;
}

export function suggestedReviewHours(pointsBelow: number): number {
  if (!(pointsBelow > 0)) return 0;
  return Math.min(MAX_REVIEW_HOURS, Math.max(HOURS_PER_FIVE_POINTS, HOURS_PER_FIVE_POINTS * Math.ceil(pointsBelow / 5)));
}

/** Weakest first. */
export function weakAreas(attempts: readonly PracticeAttempt[], facts: ExamFacts, recent: number = RECENT_ATTEMPTS): WeakArea[] {
  const passing = passingPercentOf(facts).percent;
  const window = chronological(attempts).slice(-recent);
  const totals = new Map<string, { questions: number; correct: number; attempts: number }>();
  for (const attempt of window) {
    for (const s of attempt.sections) {
      const t = totals.get(s.sectionId) ?? { questions: 0, correct: 0, attempts: 0 };
      totals.set(s.sectionId, { questions: t.questions + s.questions, correct: t.correct + s.correct, attempts: t.attempts + 1 });
    }
  }
  const weak: WeakArea[] = [];
  for (const section of facts.sections) {
    const t = totals.get(section.id);
    if (!t || t.questions === 0) continue;
    const percent = percentOf(t.correct, t.questions);
    if (percent >= passing) continue;
    const pointsBelowPassing = passing - percent;
    weak.push({
      sectionId: section.id,
      title: section.title,
      moduleIds: section.moduleIds,
      percent,
      questions: t.questions,
      correct: t.correct,
      attempts: t.attempts,
      pointsBelowPassing,
      suggestedHours: suggestedReviewHours(pointsBelowPassing),
    });
  }
  return weak.sort((a, b) => a.percent - b.percent || a.sectionId.localeCompare(b.sectionId));
}
