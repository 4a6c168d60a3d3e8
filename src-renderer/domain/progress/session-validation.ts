// Validation of a study session before it is saved. Nothing is saved unless
// every check passes; each failure names its field and says what to change.
import { isIsoDate } from '../dates';
import type { IsoDate } from '../types';

export const MAX_SESSION_MINUTES = 24 * 60;
export const MAX_NOTE_LENGTH = 2000;

export type SessionField = 'date' | 'minutes' | 'moduleId' | 'milestoneId' | 'note';

export type SessionErrorCode =
  | 'date-missing'
  | 'date-malformed'
  | 'date-future'
  | 'minutes-missing'
  | 'minutes-not-a-number'
  | 'minutes-zero'
  | 'minutes-negative'
  | 'minutes-over-24h'
  | 'reference-invalid'
  | 'note-too-long';

export interface SessionError {
  field: SessionField;
  code: SessionErrorCode;
  message: string;
}

export interface ValidStudySession {
  date: IsoDate;
  /** Whole minutes, 1 to 1440. */
  minutes: number;
  moduleId: string | null;
  milestoneId: string | null;
  note: string;
}

export type SessionValidation = { ok: true; value: ValidStudySession } | { ok: false; errors: SessionError[] };

/** A module or milestone reference: absent, null or a non-empty id. */
const isReference = (value: unknown) => value === undefined || value === null || (typeof value === 'string' && value.length > 0);

function referenceErrors(raw: Record<string, unknown>): SessionError[] {
  const errors: SessionError[] = [];
  for (const field of ['moduleId', 'milestoneId'] as const) {
    if (isReference(raw[field])) continue;
    errors.push({ field, code: 'reference-invalid', message: `The ${field === 'moduleId' ? 'module' : 'milestone'} chosen is not valid; pick one from the list.` });
  }
  return errors;
}

function noteErrors(note: unknown): SessionError[] {
  if (note === undefined || (typeof note === 'string' && note.length <= MAX_NOTE_LENGTH)) return [];
  return [{ field: 'note', code: 'note-too-long', message: `The note is too long (at most ${MAX_NOTE_LENGTH} characters).` }];
}

function dateErrors(date: unknown, today: IsoDate): SessionError[] {
  if (date === undefined || date === null || date === '') {
    return [{ field: 'date', code: 'date-missing', message: 'Enter the date you studied.' }];
  }
  if (!isIsoDate(date)) {
    return [{ field: 'date', code: 'date-malformed', message: `"${String(date)}" is not a calendar date. Use YYYY-MM-DD, e.g. ${today}.` }];
  }
  if (date > today) {
    return [{ field: 'date', code: 'date-future', message: `${date} is in the future. Log a session on or before today (${today}).` }];
  }
  return [];
}

function minutesErrors(minutes: unknown): SessionError[] {
  if (minutes === undefined || minutes === null || minutes === '') {
    return [{ field: 'minutes', code: 'minutes-missing', message: 'Enter how long you studied.' }];
  }
  if (typeof minutes !== 'number' || !Number.isFinite(minutes)) {
    return [{ field: 'minutes', code: 'minutes-not-a-number', message: 'The duration must be a number of minutes.' }];
  }
  if (minutes < 0) {
    return [{ field: 'minutes', code: 'minutes-negative', message: 'The duration cannot be negative.' }];
  }
  if (Math.round(minutes) === 0) {
    return [{ field: 'minutes', code: 'minutes-zero', message: 'The duration must be at least 1 minute.' }];
  }
  if (Math.round(minutes) > MAX_SESSION_MINUTES) {
    return [{ field: 'minutes', code: 'minutes-over-24h', message: 'A session cannot be longer than 24 hours (1,440 minutes). Split it over the days you studied.' }];
  }
  return [];
}

/** Checks a session typed or timed by the user. Minutes are rounded to whole minutes. */
export function validateStudySession(input: unknown, today: IsoDate): SessionValidation {
  const raw = (typeof input === 'object' && input !== null ? input : {}) as Record<string, unknown>;
  const { date, minutes, moduleId, milestoneId, note } = raw;
  // Every problem at once, so the user fixes everything in one go.
  const errors = [...dateErrors(date, today), ...minutesErrors(minutes), ...referenceErrors(raw), ...noteErrors(note)];
  if (errors.length > 0) return { ok: false, errors };
  return {
    ok: true,
    value: {
      date: date as IsoDate,
      minutes: Math.round(minutes as number),
      moduleId: (moduleId as string | null | undefined) ?? null,
      milestoneId: (milestoneId as string | null | undefined) ?? null,
      note: ((note as string | undefined) ?? '').trim(),
    },
  };
}

export type SessionWarningCode = 'date-before-plan-start';

/** Something worth a second look that does not stop the session from being saved. */
export interface SessionWarning {
  field: 'date';
  code: SessionWarningCode;
  message: string;
}

/**
 * Warnings for a session date that is valid but unlikely: before the plan
 * started (often a mistyped year). `planStart` is the earliest date the plan
 * was studied from. Invalid or future dates get errors, not warnings.
 */
export function sessionWarnings(date: unknown, planStart: IsoDate, today: IsoDate): SessionWarning[] {
  if (!isIsoDate(date) || date > today || date >= planStart) return [];
  return [
    {
      field: 'date',
      code: 'date-before-plan-start',
      message: `${date} is before this plan started (${planStart}). Check the year; if you did study then, you can still log it.`,
    },
  ];
}
