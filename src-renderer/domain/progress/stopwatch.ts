// The study stopwatch. Its state is just the start instant (epoch ms) plus what
// is being studied, so it survives a reload or restart when stored.
//
// Rules: only one stopwatch runs at a time. Stopping yields one session dated
// on the *local calendar date the stopwatch started* with the whole duration —
// a session that runs past midnight belongs to the evening it began (so the
// 23:30–00:30 session is not split into two half-sessions). More than 24 hours,
// less than a minute, or a clock that moved backwards is refused and nothing is
// logged; the user can then discard the stopwatch or enter the session by hand.
// A paused stopwatch stops counting: the time studied is the time since the
// start minus every pause (pausedMs, plus the pause under way since pausedAt).
import { todayIso } from '../dates';
import { MAX_SESSION_MINUTES, type ValidStudySession } from './session-validation';

export interface StopwatchState {
  /** Epoch milliseconds of the start. */
  startedAt: number;
  planId: string;
  moduleId: string | null;
  milestoneId: string | null;
  /** Epoch milliseconds the current pause began; null or absent while running. */
  pausedAt?: number | null;
  /** Milliseconds spent in earlier pauses. */
  pausedMs?: number;
}

export interface StopwatchSubject {
  planId: string;
  moduleId?: string | null;
  milestoneId?: string | null;
}

export type StopwatchErrorCode = 'already-running' | 'not-running' | 'too-short' | 'over-24h' | 'clock-went-back';

export interface StopwatchError {
  code: StopwatchErrorCode;
  message: string;
}

export type StopwatchResult<T> = { ok: true; value: T } | { ok: false; error: StopwatchError };

export interface TimedSession extends ValidStudySession {
  planId: string;
}

/** A local, readable instant for messages ("Mar 10, 9:05 AM"), never a raw ISO stamp. */
function clockTime(at: number): string {
  return new Date(at).toLocaleString(undefined, { month: 'short', day: 'numeric', hour: 'numeric', minute: '2-digit' });
}

/** Milliseconds studied so far: since the start, minus the pauses. */
export function stopwatchElapsedMs(state: StopwatchState, nowMs: number): number {
  return (state.pausedAt ?? nowMs) - state.startedAt - (state.pausedMs ?? 0);
}

export function isPaused(state: StopwatchState): boolean {
  return typeof state.pausedAt === 'number';
}

export function pauseStopwatch(state: StopwatchState, now: Date): StopwatchState {
  return isPaused(state) ? state : { ...state, pausedAt: now.getTime() };
}

export function resumeStopwatch(state: StopwatchState, now: Date): StopwatchState {
  if (!isPaused(state)) return state;
  const paused = Math.max(0, now.getTime() - (state.pausedAt as number));
  return { ...state, pausedAt: null, pausedMs: (state.pausedMs ?? 0) + paused };
}

export function startStopwatch(existing: StopwatchState | null, now: Date, subject: StopwatchSubject): StopwatchResult<StopwatchState> {
  if (existing) {
    return {
      ok: false,
      error: { code: 'already-running', message: `A stopwatch is already running (started ${clockTime(existing.startedAt)}). Stop it before starting another.` },
    };
  }
  return { ok: true, value: { startedAt: now.getTime(), planId: subject.planId, moduleId: subject.moduleId ?? null, milestoneId: subject.milestoneId ?? null } };
}

export function stopStopwatch(state: StopwatchState | null, now: Date): StopwatchResult<TimedSession> {
  if (!state) return { ok: false, error: { code: 'not-running', message: 'No stopwatch is running.' } };
  const elapsedMs = stopwatchElapsedMs(state, now.getTime());
  if (now.getTime() < state.startedAt || elapsedMs < 0) {
    return {
      ok: false,
      error: { code: 'clock-went-back', message: `The computer's clock is earlier than the stopwatch's start (${clockTime(state.startedAt)}). Nothing was logged; enter the session by hand.` },
    };
  }
  if (elapsedMs > MAX_SESSION_MINUTES * 60_000) {
    return {
      ok: false,
      error: { code: 'over-24h', message: `The stopwatch has run for more than 24 hours (since ${clockTime(state.startedAt)}); it was probably left running. Nothing was logged: discard it and enter the session by hand.` },
    };
  }
  const minutes = Math.round(elapsedMs / 60_000);
  if (minutes < 1) return { ok: false, error: { code: 'too-short', message: 'Less than a minute was timed, so nothing was logged.' } };
  return {
    ok: true,
    value: { planId: state.planId, date: todayIso(new Date(state.startedAt)), minutes, moduleId: state.moduleId, milestoneId: state.milestoneId, note: '' },
  };
}
