// The sync service: its set-up and progress (kept in one small state file
// written atomically by main, in browser storage by the web host), and the
// handlers of the sync channels. Both hosts run this one copy. The
// renderer owns the data; it sends its new changes and receives the merge of
// everything new in the target. A failure changes nothing on either side: the
// renderer keeps its changes and main retries with backoff.
import { z } from 'zod';
import { COMPUTER_ID_PATTERN } from './hlc';
import { SyncTargetError, TRANSIENT_CODES, type SyncProblem } from './problems';
import { syncProblemSchema, type SyncHandlers, type SyncStatus, type SyncTargetInput } from './sync-contract';
import type { SyncDoc } from './merge';
import { compact, exchange, needsCompaction } from './exchange';
import type { SyncStore } from './store';
import { retryDelay, type SyncTriggers } from './triggers';
import { checkWebdavAddress } from './webdav-address';

const storedTargetSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('folder'), folder: z.string().min(1) }),
  z.object({ kind: z.literal('webdav'), url: z.string(), username: z.string(), sealedPassword: z.string() }),
]);
export type StoredTarget = z.infer<typeof storedTargetSchema>;

const stateSchema = z.object({
  computerId: z.string().regex(COMPUTER_ID_PATTERN),
  computerName: z.string(),
  target: storedTargetSchema.nullable(),
  seen: z.record(z.string(), z.string()),
  lastSyncAt: z.number().nullable(),
  lastBrought: z.record(z.string(), z.object({ live: z.number(), deleted: z.number() })),
  problems: z.array(syncProblemSchema),
});
type SyncState = z.infer<typeof stateSchema>;

export interface SyncServiceDeps {
  load: () => Promise<string | null>;
  save: (json: string) => Promise<void>;
  now: () => number;
  newComputerId: () => string;
  defaultComputerName: string;
  makeStore: (target: StoredTarget, password: string | null) => SyncStore;
  /** Checks a folder exists and is a folder (main's fs). */
  checkFolder: (folder: string) => Promise<void>;
  chooseFolder: () => Promise<string | null>;
  secrets: Secrets;
  triggers: SyncTriggers;
  log: (message: string) => void;
}

export type { SyncHandlers };

/** Seals the WebDAV password (main: the OS keychain) and opens it when a round needs it. */
export interface Secrets {
  seal(plain: string): string;
  open(sealed: string): string;
}

/** src-shared has neither DOM nor Node types; both runtimes have a setTimeout. */
declare function setTimeout(fn: () => void, ms: number): unknown;

function problemOf(error: unknown): SyncProblem {
  if (error instanceof SyncTargetError) return { code: error.code, message: error.message };
  return { code: 'failed', message: `Sync failed: ${error instanceof Error ? error.message : String(error)}` };
}

export async function createSyncService(deps: SyncServiceDeps) {
  let state = await loadState();
  let syncing = false;
  let failures = 0;
  let retryAt: number | null = null;
  let roundWaiters: Array<() => void> = [];
  const roundDone = () => {
    const waiters = roundWaiters;
    roundWaiters = [];
    for (const resolve of waiters) resolve();
  };

  async function loadState(): Promise<SyncState> {
    try {
      const text = await deps.load();
      const parsed = text ? stateSchema.safeParse(JSON.parse(text)) : null;
      if (parsed?.success) return parsed.data;
    } catch {
      // A damaged state file: start over. The target still holds every change, and merging again is harmless.
    }
    return { computerId: deps.newComputerId(), computerName: deps.defaultComputerName, target: null, seen: {}, lastSyncAt: null, lastBrought: {}, problems: [] };
  }

  const persist = () => deps.save(JSON.stringify(state));

  function status(): SyncStatus {
    const target = state.target;
    const lasting = state.problems.filter((problem) => !TRANSIENT_CODES.includes(problem.code));
    const transient = state.problems.some((problem) => problem.code !== 'incomplete-file' && TRANSIENT_CODES.includes(problem.code));
    return {
      state: !target ? 'off' : syncing ? 'syncing' : lasting.length ? 'needs-attention' : transient ? 'offline' : 'up-to-date',
      target: !target ? null : target.kind === 'folder' ? { kind: 'folder', folder: target.folder } : { kind: 'webdav', url: target.url, username: target.username },
      computerId: state.computerId,
      computerName: state.computerName,
      lastSyncAt: state.lastSyncAt,
      lastBrought: state.lastBrought,
      problems: state.problems,
      retryAt,
    };
  }

  function openStore(target: StoredTarget): SyncStore {
    return deps.makeStore(target, target.kind === 'webdav' ? deps.secrets.open(target.sealedPassword) : null);
  }

  function requireStore(): SyncStore {
    if (!state.target) throw new SyncTargetError('failed', 'Sync is off. Choose a folder or a WebDAV address in Data → Sync first.');
    return openStore(state.target);
  }

  async function toStoredTarget(input: SyncTargetInput): Promise<StoredTarget> {
    if (input.kind === 'folder') {
      await deps.checkFolder(input.folder);
      return { kind: 'folder', folder: input.folder };
    }
    checkWebdavAddress(input.url);
    return { kind: 'webdav', url: input.url, username: input.username, sealedPassword: deps.secrets.seal(input.password) };
  }

  async function fail(error: unknown): Promise<never> {
    failures++;
    const problem = problemOf(error);
    state.problems = [problem];
    const delay = retryDelay(failures);
    retryAt = deps.now() + delay;
    deps.triggers.retryIn(delay);
    deps.log(`Sync failed (${problem.code}); trying again in ${Math.round(delay / 1000)} s`);
    await persist();
    throw error instanceof SyncTargetError ? error : new SyncTargetError(problem.code, problem.message);
  }

  const handlers: SyncHandlers = {
    'sync:get-status': () => status(),
    'sync:choose-folder': async () => ({ folder: await deps.chooseFolder() }),
    'sync:configure': async ({ target, computerName }) => {
      const stored = await toStoredTarget(target);
      // Reach the target before keeping it, so a typo or a wrong password is said now.
      await openStore(stored).list();
      const sameTarget = JSON.stringify(status().target) === JSON.stringify(stored.kind === 'folder' ? { kind: 'folder', folder: stored.folder } : { kind: 'webdav', url: stored.url, username: stored.username });
      state = { ...state, target: stored, computerName: computerName.trim(), seen: sameTarget ? state.seen : {}, problems: [] };
      failures = 0;
      retryAt = null;
      await persist();
      deps.triggers.start(stored.kind === 'folder' ? stored.folder : null);
      return status();
    },
    'sync:preview': async () => {
      const result = await exchange(requireStore(), { computer: state.computerId, outgoing: null, seen: {} });
      return { counts: result.brought, problems: result.problems };
    },
    'sync:exchange': async ({ outgoing, full }) => {
      const store = requireStore();
      syncing = true;
      try {
        const result = await exchange(store, { computer: state.computerId, outgoing: outgoing as SyncDoc | null, seen: state.seen });
        let seen = result.seen;
        const problems = [...result.problems];
        if (full && needsCompaction((await store.list()).entries, state.computerId)) {
          const compacted = await compact(store, { computer: state.computerId, full: full as SyncDoc, seen });
          seen = compacted.seen;
          problems.push(...compacted.problems);
        }
        state = { ...state, seen, lastSyncAt: deps.now(), lastBrought: result.brought, problems };
        failures = 0;
        retryAt = null;
        await persist();
        syncing = false;
        return { incoming: result.incoming, brought: result.brought, status: status() };
      } catch (error) {
        syncing = false;
        return await fail(error);
      } finally {
        syncing = false;
        roundDone();
      }
    },
    'sync:turn-off': async () => {
      deps.triggers.stop();
      // The folder keeps every file: turning sync on again (here or elsewhere) loses nothing.
      state = { ...state, target: null, seen: {}, problems: [] };
      failures = 0;
      retryAt = null;
      await persist();
      return status();
    },
  };

  return {
    handlers,
    status,
    /** Starts the triggers for a target set up in an earlier run. */
    start() {
      if (state.target) deps.triggers.start(state.target.kind === 'folder' ? state.target.folder : null);
    },
    stop: () => deps.triggers.stop(),
    /** Resolves when the next round ends, or after `ms` (quitting waits for the last round, not for ever). */
    nextRound(ms: number, setTimer: (fn: () => void, ms: number) => unknown = setTimeout): Promise<void> {
      return new Promise((resolve) => {
        roundWaiters.push(resolve);
        setTimer(resolve, ms);
      });
    },
  };
}
export type SyncService = Awaited<ReturnType<typeof createSyncService>>;
