// Start-up work that must not wait for the rest of the code: main.tsx imports
// this module first, so the database opens, the first screen's data is read and
// its code loads while React and the shared modules are still being evaluated.
import { openAppDatabase } from '../db/db';
import { readStartValues } from '../db/start-reads';
import { parseHash } from '../nav/router';
import { preloadScreen } from './screens';

/** Settles once the start values are read, or the database turned out not to open (App then says why). */
export const startValuesRead: Promise<void> = openAppDatabase().then(readStartValues, () => undefined);
preloadScreen(parseHash(window.location.hash).name);
