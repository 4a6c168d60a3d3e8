// The practice-exam form's text fields, turned into the domain's input and
// checked by validatePracticeExam. Errors come back keyed by form field so each
// one shows next to its control; a section row that is left empty is skipped.
import type { PracticeExamRecord } from '../db/schema';
import { validatePracticeExam, type ExamFacts, type PracticeExamError, type ValidPracticeExam } from '../domain/readiness';
import type { IsoDate } from '../domain/types';
import { durationText, parseDuration } from '../ui/duration';

export interface SectionDraft {
  questions: string;
  correct: string;
}

export interface PracticeExamDraft {
  date: IsoDate;
  questions: string;
  correct: string;
  minutes: string;
  /** By outline section id. */
  sections: Record<string, SectionDraft>;
  note: string;
}

/** Form keys: 'date', 'questions', 'correct', 'minutes', 'note', 'sections', and `sectionKey(id, part)` per section. */
export type DraftErrors = Record<string, string>;

export function sectionKey(sectionId: string, part: 'questions' | 'correct' | 'row'): string {
  return `section:${sectionId}:${part}`;
}

export function emptyDraft(today: IsoDate): PracticeExamDraft {
  return { date: today, questions: '', correct: '', minutes: '', sections: {}, note: '' };
}

export function draftFromRecord(record: PracticeExamRecord): PracticeExamDraft {
  const sections: Record<string, SectionDraft> = {};
  for (const s of record.sections) sections[s.sectionId] = { questions: String(s.questions), correct: String(s.correct) };
  return {
    date: record.date,
    questions: String(record.questions),
    correct: String(record.correct),
    minutes: durationText(record.minutesUsed),
    sections,
    note: record.note,
  };
}

/** A typed count: '' and anything that is not a plain number become NaN, which the validator refuses. */
function count(text: string): number {
  const value = text.trim();
  return /^-?\d+(?:\.\d+)?$/.test(value) ? Number(value) : Number.NaN;
}

function minutesOf(text: string): number {
  const parsed = parseDuration(text);
  return parsed.kind === 'minutes' ? parsed.minutes : Number.NaN;
}

const MISSING: Record<string, { exam: string; section: string }> = {
  date: { exam: 'Enter the date you took the practice exam.', section: '' },
  questions: { exam: 'Enter the number of questions (a whole number, at least 1).', section: 'Enter the number of questions in this section.' },
  correct: { exam: 'Enter how many answers were correct (a whole number, 0 or more).', section: 'Enter the correct answers in this section.' },
  minutesUsed: { exam: 'Enter the time used in minutes (for example 240) or hours and minutes (4:00).', section: '' },
  note: { exam: 'Keep the note under 2,000 characters.', section: '' },
};

/** Where a domain error shows on the form. */
function formKey(error: PracticeExamError, sectionIds: readonly string[]): string {
  const [head, index, part] = error.field.split('.');
  if (head === 'sections' && index !== undefined) {
    const id = sectionIds[Number(index)] ?? '';
    return sectionKey(id, part === 'questions' || part === 'correct' ? part : 'row');
  }
  if (head === 'minutesUsed') return 'minutes';
  return head ?? 'form';
}

function messageOf(error: PracticeExamError): string {
  if (error.code !== 'invalid-shape') return error.message;
  const parts = error.field.split('.');
  const inSection = parts[0] === 'sections';
  const known = MISSING[parts[parts.length - 1] ?? ''];
  return (known && (inSection ? known.section : known.exam)) || error.message;
}

export function checkPracticeDraft(
  draft: PracticeExamDraft,
  facts: ExamFacts,
  today: IsoDate,
): { ok: true; value: ValidPracticeExam } | { ok: false; errors: DraftErrors } {
  const filled = Object.entries(draft.sections).filter(([, s]) => s.questions.trim() !== '' || s.correct.trim() !== '');
  const sectionIds = filled.map(([id]) => id);
  const result = validatePracticeExam(
    {
      date: draft.date,
      questions: count(draft.questions),
      correct: count(draft.correct),
      minutesUsed: minutesOf(draft.minutes),
      sections: filled.map(([sectionId, s]) => ({ sectionId, questions: count(s.questions), correct: count(s.correct) })),
      note: draft.note,
    },
    facts,
    today,
  );
  if (result.ok) return result;
  const errors: DraftErrors = {};
  for (const error of result.errors) errors[formKey(error, sectionIds)] ??= messageOf(error);
  return { ok: false, errors };
}
