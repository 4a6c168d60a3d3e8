// Runs the renderer's sync rounds: when the host asks (start, folder changed,
// resume, timer, retry, quit), a little after local changes, and on "Sync now".
// It keeps what the screens show (the host's status, whether a round runs, the
// last failure in words) and can be held while the student decides whether to
// merge a target that already holds data. Its database and timers are parameters.
import { errorText } from '../../src-shared/error-text';
import type { SyncDoc } from '../../src-shared/sync/merge';
import type { SyncHost, SyncReason, SyncStatus } from '../host/sync-host';

export interface RoundOutcome {
  sent: number;
  applied: number;
}

export interface SyncRunnerDeps {
  sync: SyncHost;
  /** One round over the local data (db/app-sync.ts `syncAppData`). */
  round: (exchange: (outgoing: SyncDoc | null, full?: SyncDoc) => Promise<{ incoming: SyncDoc }>, options: { withSnapshot?: boolean }) => Promise<RoundOutcome>;
  /** Reports how many local changes wait to be sent, now and after each change. */
  watchChanges: (listener: (unsent: number) => void) => () => void;
  setTimer?: (fn: () => void, ms: number) => unknown;
  clearTimer?: (handle: unknown) => void;
  /** How long after the last local change a round starts. */
  debounceMs?: number;
  /** Every this many rounds one sends everything known, so the host may compact. */
  snapshotEvery?: number;
}

export interface SyncView {
  /** null until the host has answered once. */
  status: SyncStatus | null;
  running: boolean;
  /** The last failure, in the host's words; cleared by the next success. */
  error: string | null;
}

export const CHANGE_DEBOUNCE_MS = 4_000;
export const SNAPSHOT_EVERY_ROUNDS = 25;

export function createSyncRunner(deps: SyncRunnerDeps) {
  const setTimer = deps.setTimer ?? ((fn, ms) => setTimeout(fn, ms));
  const clearTimer = deps.clearTimer ?? ((handle) => clearTimeout(handle as ReturnType<typeof setTimeout>));
  const debounceMs = deps.debounceMs ?? CHANGE_DEBOUNCE_MS;
  const snapshotEvery = deps.snapshotEvery ?? SNAPSHOT_EVERY_ROUNDS;
  let view: SyncView = { status: null, running: false, error: null };
  const listeners = new Set<() => void>();
  let holds = 0;
  let heldReason: SyncReason | null = null;
  let debounce: unknown = null;
  let rounds = 0;
  let active = 0;

  const update = (patch: Partial<SyncView>) => {
    view = { ...view, ...patch };
    for (const listener of [...listeners]) listener();
  };

  async function refresh(): Promise<SyncStatus | null> {
    try {
      const status = await deps.sync.status();
      update({ status });
      return status;
    } catch (error) {
      update({ error: errorText(error) });
      return null;
    }
  }

  /** Runs a round now; null when sync is off or held (a held request runs on release). */
  async function run(reason: SyncReason): Promise<RoundOutcome | null> {
    if (holds > 0) {
      heldReason = reason;
      return null;
    }
    const status = view.status ?? (await refresh());
    if (!status || status.state === 'off') return null;
    rounds++;
    active++;
    update({ running: true });
    try {
      const outcome = await deps.round(
        async (outgoing, full) => {
          const answer = await deps.sync.exchange(reason, outgoing, full);
          update({ status: answer.status });
          return answer;
        },
        { withSnapshot: rounds % snapshotEvery === 0 },
      );
      update({ error: null });
      return outcome;
    } catch (error) {
      update({ error: errorText(error) });
      // The host keeps the problem and when it tries again: show those.
      await refresh();
      return null;
    } finally {
      active--;
      update({ running: active > 0 });
    }
  }

  return {
    host: deps.sync,
    view: () => view,
    subscribe(listener: () => void): () => void {
      listeners.add(listener);
      return () => {
        listeners.delete(listener);
      };
    },
    refresh,
    run,
    /** Sets the status a screen got from the host (configure, turn off). */
    setStatus: (status: SyncStatus) => update({ status, error: null }),
    /** Holds rounds until the returned release is called; a request meanwhile runs then. */
    hold(): () => void {
      holds++;
      let released = false;
      return () => {
        if (released) return;
        released = true;
        holds--;
        if (holds === 0 && heldReason) {
          const reason = heldReason;
          heldReason = null;
          void run(reason);
        }
      };
    },
    /** Drops a request made while held (the student cancelled turning sync on). */
    forgetHeld: () => {
      heldReason = null;
    },
    /** Starts listening to the host and to local changes; returns the stop. */
    start(): () => void {
      void refresh();
      const stopRequests = deps.sync.onRequested((reason) => void run(reason));
      const stopChanges = deps.watchChanges((unsent) => {
        if (unsent === 0 || view.status?.state === 'off') return;
        if (debounce !== null) clearTimer(debounce);
        debounce = setTimer(() => {
          debounce = null;
          void run('change');
        }, debounceMs);
      });
      return () => {
        stopRequests();
        stopChanges();
        if (debounce !== null) clearTimer(debounce);
        debounce = null;
      };
    },
  };
}

export type SyncRunner = ReturnType<typeof createSyncRunner>;
