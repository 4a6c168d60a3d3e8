// The app's one sync runner per host, over the app's database, and hooks for
// the screens that show it (the sidebar status, Data → Sync).
import { useSyncExternalStore } from 'react';
import { openStore, store } from '../db/door';
import { useHost } from '../host/HostContext';
import type { SyncHost } from '../host/sync-host';
import { createSyncRunner, type SyncRunner, type SyncView } from './sync-runner';

const runners = new WeakMap<SyncHost, SyncRunner>();

export function appSyncRunner(sync: SyncHost): SyncRunner {
  let runner = runners.get(sync);
  if (!runner) {
    runner = createSyncRunner({ sync, round: store.syncAppData, watchChanges: watchUnsentChanges });
    runners.set(sync, runner);
  }
  return runner;
}

/** The runner of this host; null where the host cannot sync. */
export function useSyncRunner(): SyncRunner | null {
  const sync = useHost().sync;
  return sync ? appSyncRunner(sync) : null;
}

const NO_SYNC: SyncView = { status: null, running: false, error: null };
const noSubscription = () => () => undefined;

export function useSyncView(): SyncView {
  const runner = useSyncRunner();
  return useSyncExternalStore(runner ? runner.subscribe : noSubscription, runner ? runner.view : () => NO_SYNC);
}

/** The unsent-changes count as it changes, from when the store has loaded. */
function watchUnsentChanges(listener: (count: number) => void): () => void {
  let stop: (() => void) | undefined;
  let stopped = false;
  // A store that does not load is App's to report.
  openStore().then(
    (opened) => {
      if (!stopped) stop = opened.watchUnsentChanges(listener);
    },
    () => undefined,
  );
  return () => {
    stopped = true;
    stop?.();
  };
}
