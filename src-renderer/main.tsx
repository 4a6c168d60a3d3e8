import './app/zod-jitless';
import './app/boot';
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
// before the first screen's code is in (boot.ts began fetching it); mounting
// then lets the shell and the screen start their reads together, one round
// of reads and renders sooner than a screen that mounts after the shell.
const root = document.getElementById('root');
if (root) {
  void whenScreenLoaded(parseHash(window.location.hash).name).then(() =>
    createRoot(root).render(
      <StrictMode>
        <App host={selectHost()} />
      </StrictMode>,
    ),
  );
}
