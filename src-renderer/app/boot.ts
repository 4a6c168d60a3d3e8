// Start-up work that must not wait for the rest of the code: main.tsx imports
// this module first, so the first screen's data is taken (or read) and its
// code loads while React and the shared modules are still being evaluated.
// The store (Dexie and the database, db/door.ts) loads at once only when
// public/start-read.js gave no rows to draw the first screen from.
import { openStore } from '../db/door';
import { keepEarlyStartRows } from '../db/start-reads';
import { parseHash } from '../nav/router';
import { preloadScreen } from './screens';

declare global {
  interface Window {
    /** Set by public/start-read.js before any module runs. */
    coderpathStartRead?: Promise<unknown>;
  }
}

/** Settles once the start values are kept, or read through the store (App says why when that fails). */
export const startValuesRead: Promise<void> = keepEarlyStartRows(window.coderpathStartRead).then((kept) => {
  // With the rows kept, App loads the store once the first screen has painted.
  if (kept) return undefined;
  // Never rejects: App mounts either way, and says why the database did not open.
  return openStore().then(
    (store) => store.openAppDatabase().then(store.readStartValues, () => undefined),
    () => undefined,
  );
});
preloadScreen(parseHash(window.location.hash).name);
