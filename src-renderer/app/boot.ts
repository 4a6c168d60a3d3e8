// Start-up work that must not wait for the rest of the code: main.tsx imports
// this module first, so the database opens and the first screen's code loads
// while React and the shared modules are still being evaluated.
import { openAppDatabase } from '../db/db';
import { parseHash } from '../nav/router';
import { preloadScreen } from './screens';

// App waits on the same promise and shows the failure in plain words.
openAppDatabase().catch(() => undefined);
preloadScreen(parseHash(window.location.hash).name);
