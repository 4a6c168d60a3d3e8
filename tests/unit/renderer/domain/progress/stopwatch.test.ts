import { describe, expect, it } from 'vitest';
import { isPaused, pauseStopwatch, resumeStopwatch, startStopwatch, stopStopwatch, stopwatchElapsedMs, type StopwatchState } from '../../../../../src-renderer/domain/progress';
import { TIME_ZONES, inTimeZone } from './time-zones';

const subject = { planId: 'plan-1', moduleId: 'icd10cm' };

function running(start: Date): StopwatchState {
  const started = startStopwatch(null, start, subject);
  if (!started.ok) throw new Error(started.error.message);
  return started.value;
}

describe('stopwatch', () => {
  it('refuses a second stopwatch while one runs', () => {
    inTimeZone('America/New_York', () => {
      const first = running(new Date(2025, 2, 10, 9, 5));
      const second = startStopwatch(first, new Date(2025, 2, 10, 9, 30), subject);
      expect(second).toEqual({
        ok: false,
        error: { code: 'already-running', message: expect.stringMatching(/^A stopwatch is already running \(started Mar 10, 9:05\sAM\)\. Stop it before starting another\.$/u) },
      });
    });
  });

  it('stores only the start instant, so a reloaded state stops the same way', () => {
    const state = running(new Date('2025-03-10T14:00:00Z'));
    const reloaded = JSON.parse(JSON.stringify(state)) as StopwatchState;
    expect(stopStopwatch(reloaded, new Date('2025-03-10T15:30:20Z'))).toEqual(stopStopwatch(state, new Date('2025-03-10T15:30:20Z')));
  });

  it('logs a session for the rounded minutes with the subject', () => {
    inTimeZone('Europe/London', () => {
      const result = stopStopwatch(running(new Date(2025, 5, 2, 18, 0, 0)), new Date(2025, 5, 2, 19, 29, 40));
      expect(result).toEqual({ ok: true, value: { planId: 'plan-1', date: '2025-06-02', minutes: 90, moduleId: 'icd10cm', milestoneId: null, note: '' } });
    });
  });

  it.each(TIME_ZONES)('dates a session that runs past midnight on its start day (%s)', (timeZone) => {
    inTimeZone(timeZone, () => {
      const result = stopStopwatch(running(new Date(2024, 11, 31, 23, 30)), new Date(2025, 0, 1, 0, 45));
      expect(result).toMatchObject({ ok: true, value: { date: '2024-12-31', minutes: 75 } });
    });
  });

  it('counts real elapsed time across a daylight-saving change', () => {
    inTimeZone('America/New_York', () => {
      // Spring forward 2025-03-09: 01:30 → 03:30 on the wall clock is one hour.
      expect(stopStopwatch(running(new Date(2025, 2, 9, 1, 30)), new Date(2025, 2, 9, 3, 30))).toMatchObject({ ok: true, value: { date: '2025-03-09', minutes: 60 } });
      // Fall back 2025-11-02: 23:30 the evening before → 03:00 is four and a half hours.
      expect(stopStopwatch(running(new Date(2025, 10, 1, 23, 30)), new Date(2025, 10, 2, 3, 0))).toMatchObject({ ok: true, value: { date: '2025-11-01', minutes: 270 } });
    });
    inTimeZone('Australia/Sydney', () => {
      // Clocks go forward 2025-10-05 at 02:00: 01:00 → 04:00 is two hours.
      expect(stopStopwatch(running(new Date(2025, 9, 5, 1, 0)), new Date(2025, 9, 5, 4, 0))).toMatchObject({ ok: true, value: { minutes: 120 } });
    });
  });

  it('refuses more than 24 hours and logs nothing', () => {
    inTimeZone('Asia/Kolkata', () => {
      const state = running(new Date(2025, 0, 1, 8, 0));
      expect(stopStopwatch(state, new Date(2025, 0, 2, 8, 0))).toMatchObject({ ok: true, value: { minutes: 1440 } });
      const result = stopStopwatch(state, new Date(2025, 0, 2, 8, 1));
      expect(result).toEqual({
        ok: false,
        error: {
          code: 'over-24h',
          message: expect.stringMatching(/^The stopwatch has run for more than 24 hours \(since Jan 1, 8:00\sAM\); it was probably left running\. Nothing was logged: discard it and enter the session by hand\.$/u),
        },
      });
    });
  });

  it('refuses a stop under a minute, a clock that went back, and a stop with nothing running', () => {
    const state = running(new Date('2025-03-10T14:00:00Z'));
    expect(stopStopwatch(state, new Date('2025-03-10T14:00:29Z'))).toMatchObject({ ok: false, error: { code: 'too-short' } });
    expect(stopStopwatch(state, new Date('2025-03-10T13:00:00Z'))).toMatchObject({ ok: false, error: { code: 'clock-went-back' } });
    expect(stopStopwatch(null, new Date())).toEqual({ ok: false, error: { code: 'not-running', message: 'No stopwatch is running.' } });
  });
});

describe('pause and resume', () => {
  it('does not count paused time, through any number of pauses', () => {
    const start = new Date(2025, 2, 10, 9, 0);
    let state = running(start);
    state = pauseStopwatch(state, new Date(2025, 2, 10, 9, 20));
    expect(isPaused(state)).toBe(true);
    // While paused the time studied stands still.
    expect(stopwatchElapsedMs(state, new Date(2025, 2, 10, 10, 0).getTime())).toBe(20 * 60_000);
    expect(pauseStopwatch(state, new Date(2025, 2, 10, 9, 30))).toBe(state);
    state = resumeStopwatch(state, new Date(2025, 2, 10, 10, 0));
    expect(isPaused(state)).toBe(false);
    state = resumeStopwatch(pauseStopwatch(state, new Date(2025, 2, 10, 10, 10)), new Date(2025, 2, 10, 10, 15));
    // 20 min + 10 min + 15 min running; 40 + 5 min paused.
    expect(stopStopwatch(state, new Date(2025, 2, 10, 10, 30))).toMatchObject({ ok: true, value: { minutes: 45, date: '2025-03-10' } });
    // Stopping while paused logs what was studied up to the pause.
    expect(stopStopwatch(pauseStopwatch(state, new Date(2025, 2, 10, 10, 20)), new Date(2025, 2, 10, 11, 0))).toMatchObject({ ok: true, value: { minutes: 35 } });
  });
});
