// The UI's one door to the database. The store — Dexie, the open database and
// every table's queries — is its own chunk: the first screen draws from the
// rows public/start-read.js read (start-reads.ts), so start-up need not load
// it. boot.ts opens the door right after the first paint (at once when there
// were no rows to draw from); a write opens it whenever it comes.
import { useSyncExternalStore } from 'react';
import type * as BackupStoreModule from './backup-store';
import type * as StoreModule from './store';

export type Store = typeof StoreModule;

/** A module's functions that answer with a promise: these can be called before it has loaded. */
export type LaterCalls<M> = {
  [K in keyof M as M[K] extends (...args: never[]) => Promise<unknown> ? K : never]: M[K];
};

let loading: Promise<Store> | undefined;
let loaded: Store | undefined;
let failure: { error: unknown } | undefined;
const onLoad = new Set<() => void>();

/** Loads the store (and begins opening the database); the same promise to every caller. */
export function openStore(): Promise<Store> {
  if (loading) return loading;
  failure = undefined; // a new try
  loading = import('./store').then(
    (store) => {
      loaded = store;
      // Opened now rather than at the first query; App says why when it fails.
      store.openAppDatabase().catch(() => undefined);
      for (const notify of onLoad) notify();
      return store;
    },
    (error: unknown) => {
      loading = undefined; // the next call tries again
      failure = { error };
      for (const notify of onLoad) notify();
      throw error;
    },
  );
  return loading;
}

/** The store once it has loaded; undefined before. */
export function loadedStore(): Store | undefined {
  return loaded;
}

/** Settles when the store has loaded (or failed to), without asking for it. */
export function whenStoreLoads(): Promise<Store> {
  if (loaded) return Promise.resolve(loaded);
  if (failure) return Promise.reject(failure.error);
  return new Promise((resolve, reject) => {
    const notify = () => {
      onLoad.delete(notify);
      if (loaded) resolve(loaded);
      else if (failure) reject(failure.error);
    };
    onLoad.add(notify);
  });
}

function subscribe(notify: () => void): () => void {
  onLoad.add(notify);
  return () => onLoad.delete(notify);
}

/** The store in a component: undefined until it has loaded, then a render with it. */
export function useStore(): Store | undefined {
  return useSyncExternalStore(subscribe, loadedStore);
}

/** Calls into a module that loads on the first call: `calls.name(…)` is `(await load()).name(…)`. */
function callsLoadedBy<M>(load: () => Promise<M>): LaterCalls<M> {
  return new Proxy({} as LaterCalls<M>, {
    get(_target, name) {
      // Not a thenable, and nothing for symbols (inspection, coercion).
      if (typeof name !== 'string' || name === 'then') return undefined;
      return async (...args: unknown[]) => {
        const loadedModule = (await load()) as Record<string, unknown>;
        const call = loadedModule[name];
        if (typeof call !== 'function') throw new TypeError(`No "${name}" to call.`);
        return (call as (...a: unknown[]) => unknown)(...args);
      };
    },
  });
}

/**
 * The store's queries and writes, callable at any time: `store.setMilestoneDone(key, true)`
 * loads the store first if it has not loaded yet.
 */
export const store: LaterCalls<Store> = callsLoadedBy(openStore);

/** Backups of the app's data (export, import with undo), with the backup format's checks: loaded when first used. */
export const backupStore: LaterCalls<typeof BackupStoreModule> = callsLoadedBy(() => import('./backup-store'));
