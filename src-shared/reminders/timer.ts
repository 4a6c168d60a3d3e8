// One timer to the next due instant. Delays are clamped so a far-future
// reminder never overflows setTimeout (which fires at once past ~24.8 days),
// and so the scheduler looks again at least hourly even if a wake-up is missed.
export const MAX_TIMER_DELAY_MS = 60 * 60 * 1000;

export interface Timers {
  setTimeout(callback: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

export interface WakeTimer {
  /** Replaces any armed timer; null disarms. Returns the delay used, or null. */
  armAt(instant: number | null, now: number): number | null;
  cancel(): void;
}

export function createWakeTimer(timers: Timers, onWake: () => void): WakeTimer {
  let handle: unknown = null;
  const cancel = () => {
    if (handle !== null) timers.clearTimeout(handle);
    handle = null;
  };
  return {
    armAt(instant, now) {
      cancel();
      if (instant === null) return null;
      const delay = Math.min(Math.max(0, instant - now), MAX_TIMER_DELAY_MS);
      handle = timers.setTimeout(() => {
        handle = null;
        onWake();
      }, delay);
      return delay;
    },
    cancel,
  };
}
