// When main asks the renderer for a sync round: on start, when the folder
// changes (fs.watch, debounced; polling when watching is not possible), on
// resume from sleep, every few minutes, on a retry after a failure (with
// backoff) and before quit. Timers and the watcher come in as parameters.
import type { SYNC_REASONS } from './sync-contract';

export type SyncReason = (typeof SYNC_REASONS)[number];

export interface TriggerDeps {
  request: (reason: SyncReason) => void;
  setTimer: (fn: () => void, ms: number) => unknown;
  clearTimer: (handle: unknown) => void;
  /** Starts watching a folder; returns its stop function, or null when watching is not possible there. */
  watch: (folder: string, onChange: () => void) => (() => void) | null;
  intervalMs?: number;
  pollMs?: number;
  debounceMs?: number;
}

export const RETRY_BASE_MS = 5_000;
export const RETRY_MAX_MS = 5 * 60_000;

/** 5 s, 10 s, 20 s… up to 5 minutes: a server that is down is not hammered. */
export function retryDelay(failures: number): number {
  return Math.min(RETRY_MAX_MS, RETRY_BASE_MS * 2 ** Math.max(0, failures - 1));
}

export function createSyncTriggers(deps: TriggerDeps) {
  const intervalMs = deps.intervalMs ?? 3 * 60_000;
  const pollMs = deps.pollMs ?? 30_000;
  const debounceMs = deps.debounceMs ?? 2_000;
  let stopWatch: (() => void) | null = null;
  let periodic: unknown = null;
  let debounce: unknown = null;
  let retry: unknown = null;
  let active = false;

  const schedulePeriodic = (ms: number) => {
    periodic = deps.setTimer(() => {
      if (!active) return;
      deps.request('interval');
      schedulePeriodic(ms);
    }, ms);
  };

  const clearAll = () => {
    for (const handle of [periodic, debounce, retry]) if (handle !== null) deps.clearTimer(handle);
    periodic = debounce = retry = null;
    stopWatch?.();
    stopWatch = null;
  };

  return {
    /** (Re)starts for a target: a folder is watched, WebDAV polled on the interval. */
    start(folder: string | null) {
      clearAll();
      active = true;
      if (folder) {
        try {
          stopWatch = deps.watch(folder, () => {
            if (debounce !== null) deps.clearTimer(debounce);
            debounce = deps.setTimer(() => {
              debounce = null;
              if (active) deps.request('change');
            }, debounceMs);
          });
        } catch {
          stopWatch = null;
        }
      }
      schedulePeriodic(folder && !stopWatch ? pollMs : intervalMs);
      deps.request('start');
    },
    retryIn(ms: number) {
      if (!active) return;
      if (retry !== null) deps.clearTimer(retry);
      retry = deps.setTimer(() => {
        retry = null;
        if (active) deps.request('retry');
      }, ms);
    },
    resume() {
      if (active) deps.request('resume');
    },
    beforeQuit() {
      if (active) deps.request('quit');
    },
    stop() {
      active = false;
      clearAll();
    },
    get watching() {
      return stopWatch !== null;
    },
  };
}
export type SyncTriggers = ReturnType<typeof createSyncTriggers>;
