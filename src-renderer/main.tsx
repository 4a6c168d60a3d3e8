import { z } from 'zod';
import { createRoot } from 'react-dom/client';
import { StrictMode } from 'react';
import { App } from './app/App';
import { selectHost } from './host/select-host';
import { parseHash } from './app/router';
import { preloadScreen } from './app/screens';
import './ui/tokens.css';
import './ui/base.css';
import './ui/layout.css';
import './ui/components.css';

// zod's faster validators compile code with `new Function`, which the strict
// CSP forbids; jitless keeps validation eval-free.
z.config({ jitless: true });

// Fetch the first screen's code alongside opening the database, not after it.
preloadScreen(parseHash(window.location.hash).name);

const root = document.getElementById('root');
if (root) {
  createRoot(root).render(
    <StrictMode>
      <App host={selectHost()} />
    </StrictMode>,
  );
}
