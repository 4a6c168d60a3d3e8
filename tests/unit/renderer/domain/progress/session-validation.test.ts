import { describe, expect, it } from 'vitest';
import { validateStudySession } from '../../../../../src-renderer/domain/progress';
import { sessionWarnings } from '../../../../../src-renderer/domain/progress/session-validation';

const today = '2025-03-10';
const codes = (input: unknown) => {
  const result = validateStudySession(input, today);
  return result.ok ? [] : result.errors.map((e) => e.code);
};

describe('validateStudySession', () => {
  it('accepts a normal session and rounds to whole minutes', () => {
    expect(validateStudySession({ date: '2025-03-10', minutes: 44.6, moduleId: 'cpt', note: '  E/M chapter ' }, today)).toEqual({
      ok: true,
      value: { date: '2025-03-10', minutes: 45, moduleId: 'cpt', milestoneId: null, note: 'E/M chapter' },
    });
  });

  it('accepts exactly 24 hours and a session dated in the past', () => {
    expect(validateStudySession({ date: '2024-02-29', minutes: 1440 }, today).ok).toBe(true);
  });

  it('refuses a zero, negative or over-24-hour duration with a clear message', () => {
    const zero = validateStudySession({ date: today, minutes: 0 }, today);
    expect(zero).toEqual({ ok: false, errors: [{ field: 'minutes', code: 'minutes-zero', message: 'The duration must be at least 1 minute.' }] });
    expect(codes({ date: today, minutes: 0.4 })).toEqual(['minutes-zero']);
    expect(codes({ date: today, minutes: -30 })).toEqual(['minutes-negative']);
    expect(codes({ date: today, minutes: 1441 })).toEqual(['minutes-over-24h']);
    const over = validateStudySession({ date: today, minutes: 1500 }, today);
    expect(over.ok ? '' : over.errors[0]?.message).toMatch(/longer than 24 hours/);
  });

  it('refuses a missing or non-numeric duration', () => {
    expect(codes({ date: today })).toEqual(['minutes-missing']);
    expect(codes({ date: today, minutes: '90' })).toEqual(['minutes-not-a-number']);
    expect(codes({ date: today, minutes: Number.NaN })).toEqual(['minutes-not-a-number']);
    expect(codes({ date: today, minutes: Number.POSITIVE_INFINITY })).toEqual(['minutes-not-a-number']);
  });

  it('refuses a future date and names today', () => {
    const result = validateStudySession({ date: '2025-03-11', minutes: 30 }, today);
    expect(result).toEqual({
      ok: false,
      errors: [{ field: 'date', code: 'date-future', message: '2025-03-11 is in the future. Log a session on or before today (2025-03-10).' }],
    });
  });

  it('refuses a malformed or impossible date', () => {
    expect(codes({ date: '03/10/2025', minutes: 30 })).toEqual(['date-malformed']);
    expect(codes({ date: '2025-02-29', minutes: 30 })).toEqual(['date-malformed']);
    expect(codes({ date: 20250310, minutes: 30 })).toEqual(['date-malformed']);
    expect(codes({ minutes: 30 })).toEqual(['date-missing']);
  });

  it('reports every problem at once', () => {
    expect(codes({ date: '2025-04-01', minutes: -5, note: 'x'.repeat(2001) })).toEqual(['date-future', 'minutes-negative', 'note-too-long']);
    expect(codes({ date: today, minutes: 30, moduleId: 42 })).toEqual(['reference-invalid']);
    expect(codes(null)).toEqual(['date-missing', 'minutes-missing']);
  });
});

describe('sessionWarnings', () => {
  const planStart = '2025-01-06';

  it('warns about a date before the plan started, naming both dates, without making the session invalid', () => {
    expect(sessionWarnings('2022-01-06', planStart, today)).toEqual([
      { field: 'date', code: 'date-before-plan-start', message: '2022-01-06 is before this plan started (2025-01-06). Check the year; if you did study then, you can still log it.' },
    ]);
    expect(validateStudySession({ date: '2022-01-06', minutes: 30 }, today).ok).toBe(true);
  });

  it('says nothing from the plan start day on, for a leap day before it, or for dates that are already errors', () => {
    expect(sessionWarnings(planStart, planStart, today)).toEqual([]);
    expect(sessionWarnings('2025-03-10', planStart, today)).toEqual([]);
    expect(sessionWarnings('2024-02-29', planStart, today).map((w) => w.code)).toEqual(['date-before-plan-start']);
    // A future date or a malformed one is refused by validateStudySession; no warning on top.
    expect(sessionWarnings('2025-03-11', '2025-04-01', today)).toEqual([]);
    expect(sessionWarnings('2023-02-30', planStart, today)).toEqual([]);
    expect(sessionWarnings('', planStart, today)).toEqual([]);
  });
});
