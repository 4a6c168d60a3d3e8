// Validation of a logged practice exam. Nothing is saved unless every check
// passes; each error names its field (e.g. "sections.1.correct") and what to fix.
import { z } from 'zod';
import { isIsoDate } from '../dates';
import type { IsoDate } from '../types';
import type { ExamFacts } from './exam-facts';

export const MAX_PRACTICE_MINUTES = 24 * 60;

export type PracticeExamErrorCode =
  | 'invalid-shape'
  | 'date-malformed'
  | 'date-future'
  | 'questions-invalid'
  | 'correct-invalid'
  | 'correct-over-questions'
  | 'minutes-invalid'
  | 'minutes-negative'
  | 'minutes-over-24h'
  | 'section-unknown'
  | 'section-duplicate'
  | 'sections-over-total';

export interface PracticeExamError {
  field: string;
  code: PracticeExamErrorCode;
  message: string;
}

export interface PracticeExamSectionScore {
  sectionId: string;
  questions: number;
  correct: number;
}

export interface ValidPracticeExam {
  date: IsoDate;
  questions: number;
  correct: number;
  minutesUsed: number;
  sections: PracticeExamSectionScore[];
  note: string;
}

export type PracticeExamValidation = { ok: true; value: ValidPracticeExam } | { ok: false; errors: PracticeExamError[] };

const shape = z.object({
  date: z.string(),
  questions: z.number(),
  correct: z.number(),
  minutesUsed: z.number(),
  sections: z.array(z.object({ sectionId: z.string(), questions: z.number(), correct: z.number() })).default([]),
  note: z.string().max(2000).default(''),
});

const isCount = (n: number): boolean => Number.isInteger(n) && n >= 0;

function scoreErrors(prefix: string, questions: number, correct: number): PracticeExamError[] {
  const at = (name: string) => (prefix ? `${prefix}.${name}` : name);
  const label = prefix ? 'this section' : 'the exam';
  if (!Number.isInteger(questions) || questions < 1) {
    return [{ field: at('questions'), code: 'questions-invalid', message: `Enter the number of questions in ${label} (a whole number, at least 1).` }];
  }
  if (!isCount(correct)) {
    return [{ field: at('correct'), code: 'correct-invalid', message: `Correct answers in ${label} must be a whole number, 0 or more.` }];
  }
  if (correct > questions) {
    return [{ field: at('correct'), code: 'correct-over-questions', message: `${correct} correct is more than the ${questions} questions in ${label}.` }];
  }
  return [];
}

export function validatePracticeExam(input: unknown, facts: ExamFacts, today: IsoDate): PracticeExamValidation {
  const parsed = shape.safeParse(input);
  if (!parsed.success) {
    return {
      ok: false,
      errors: parsed.error.issues.map((issue) => ({
        field: issue.path.map(String).join('.') || 'form',
        code: 'invalid-shape',
        message: `Fill in ${issue.path.map(String).join('.') || 'the form'} with a valid value.`,
      })),
    };
  }
  const exam = parsed.data;
  const errors: PracticeExamError[] = [];

  if (!isIsoDate(exam.date)) errors.push({ field: 'date', code: 'date-malformed', message: `"${exam.date}" is not a calendar date. Use YYYY-MM-DD.` });
  else if (exam.date > today) errors.push({ field: 'date', code: 'date-future', message: `${exam.date} is in the future. Log a practice exam on or before today (${today}).` });

  errors.push(...scoreErrors('', exam.questions, exam.correct));

  if (!Number.isFinite(exam.minutesUsed)) errors.push({ field: 'minutesUsed', code: 'minutes-invalid', message: 'Enter the time used in minutes.' });
  else if (exam.minutesUsed < 0) errors.push({ field: 'minutesUsed', code: 'minutes-negative', message: 'The time used cannot be negative.' });
  else if (exam.minutesUsed === 0) errors.push({ field: 'minutesUsed', code: 'minutes-invalid', message: 'Enter the time used (at least 1 minute) so your pace can be compared with the real exam.' });
  else if (exam.minutesUsed > MAX_PRACTICE_MINUTES) errors.push({ field: 'minutesUsed', code: 'minutes-over-24h', message: 'The time used cannot be more than 24 hours.' });

  const outline = new Map(facts.sections.map((s) => [s.id, s] as const));
  const seen = new Set<string>();
  let sectionQuestions = 0;
  exam.sections.forEach((section, index) => {
    const prefix = `sections.${index}`;
    if (!outline.has(section.sectionId)) {
      const names = facts.sections.map((s) => s.title).join('; ');
      errors.push({
        field: `${prefix}.sectionId`,
        code: 'section-unknown',
        message: `"${section.sectionId}" is not a section of the ${facts.credential} exam outline. Choose one of: ${names}.`,
      });
    } else if (seen.has(section.sectionId)) {
      errors.push({ field: `${prefix}.sectionId`, code: 'section-duplicate', message: `"${outline.get(section.sectionId)?.title}" is listed twice; enter each section once.` });
    }
    seen.add(section.sectionId);
    errors.push(...scoreErrors(prefix, section.questions, section.correct));
    sectionQuestions += Number.isFinite(section.questions) ? section.questions : 0;
  });
  if (Number.isInteger(exam.questions) && sectionQuestions > exam.questions) {
    errors.push({
      field: 'sections',
      code: 'sections-over-total',
      message: `The sections add up to ${sectionQuestions} questions, more than the ${exam.questions} on the exam.`,
    });
  }

  if (errors.length > 0) return { ok: false, errors };
  return { ok: true, value: { ...exam, note: exam.note.trim() } };
}
