// Validation of a study session before it is saved. Nothing is saved unless
// every check passes; each failure names its field and says what to change.
import { z } from 'zod';
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

const sessionShape = z.object({
  // Date and minutes get their own checks below, with messages written for the user.
  date: z.unknown().optional(),
  minutes: z.unknown().optional(),
  moduleId: z.string().min(1).nullish(),
  milestoneId: z.string().min(1).nullish(),
  note: z.string().max(MAX_NOTE_LENGTH).optional(),
});

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
  const parsed = sessionShape.safeParse(input ?? {});
  if (!parsed.success) {
    const errors = parsed.error.issues.map((issue): SessionError => {
      const field = issue.path[0];
      if (field === 'note') return { field: 'note', code: 'note-too-long', message: `The note is too long (at most ${MAX_NOTE_LENGTH} characters).` };
      const which: SessionField = field === 'moduleId' ? 'moduleId' : 'milestoneId';
      return { field: which, code: 'reference-invalid', message: `The ${which === 'moduleId' ? 'module' : 'milestone'} chosen is not valid; pick one from the list.` };
    });
    // Report field-level date/minutes problems too, so the user fixes everything at once.
    const raw = (typeof input === 'object' && input !== null ? input : {}) as Record<string, unknown>;
    return { ok: false, errors: [...dateErrors(raw.date, today), ...minutesErrors(raw.minutes), ...errors] };
  }
  const { date, minutes, moduleId, milestoneId, note } = parsed.data;
  const errors = [...dateErrors(date, today), ...minutesErrors(minutes)];
  if (errors.length > 0) return { ok: false, errors };
  return {
    ok: true,
    value: {
      date: date as IsoDate,
      minutes: Math.round(minutes as number),
      moduleId: moduleId ?? null,
      milestoneId: milestoneId ?? null,
      note: (note ?? '').trim(),
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
