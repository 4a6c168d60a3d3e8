// Start-up work that must not wait for the rest of the code: main.tsx imports
// this module first, so the database opens, the first screen's data is taken
// (or read) and its code loads while React and the shared modules are still
// being evaluated.
import { openAppDatabase } from '../db/db';
import { keepEarlyStartRows, readStartValues } from '../db/start-reads';
import { parseHash } from '../nav/router';
import { preloadScreen } from './screens';

declare global {
  interface Window {
    /** Set by public/start-read.js before any module runs. */
    coderpathStartRead?: Promise<unknown>;
  }
}

// App waits on the same opening and says why if it fails.
const opening = openAppDatabase();
opening.catch(() => undefined);

/** Settles once the start values are kept, or the database turned out not to open (App then says why). */
export const startValuesRead: Promise<void> = keepEarlyStartRows(window.coderpathStartRead).then((kept) =>
  kept ? undefined : opening.then(readStartValues, () => undefined),
);
preloadScreen(parseHash(window.location.hash).name);
