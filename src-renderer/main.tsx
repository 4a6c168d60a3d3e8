import './app/zod-jitless';
import { startValuesRead } from './app/boot';
import { createRoot } from 'react-dom/client';
import { StrictMode } from 'react';
import { App } from './app/App';
import { whenScreenLoaded } from './app/screens';
import { selectHost } from './host/select-host';
import { parseHash } from './nav/router';
import './ui/tokens.css';
import './ui/base.css';
import './ui/layout.css';
import './ui/components.css';

// index.html has already painted the frame, so nothing is gained by mounting
// before the first screen's code and data are in (boot.ts began both): the
// first render is then the one with the user's plan in it. A database slow to
// open (another window upgrading it) does not hold the app back for long.
const MOUNT_WAIT_LIMIT_MS = 1_000;
const root = document.getElementById('root');
if (root) {
  const waitLimit = new Promise<void>((resolve) => setTimeout(resolve, MOUNT_WAIT_LIMIT_MS));
  void Promise.all([whenScreenLoaded(parseHash(window.location.hash).name), Promise.race([startValuesRead, waitLimit])]).then(() =>
    createRoot(root).render(
      <StrictMode>
        <App host={selectHost()} />
      </StrictMode>,
    ),
  );
}
