import './app/boot';
import { config as configureZod } from 'zod/mini';
import { createRoot } from 'react-dom/client';
import { StrictMode } from 'react';
import { App } from './app/App';
import { selectHost } from './host/select-host';
import './ui/tokens.css';
import './ui/base.css';
import './ui/layout.css';
import './ui/components.css';

// zod's faster validators compile code with `new Function`, which the strict
// CSP forbids; jitless keeps validation eval-free. (One setting shared by zod
// and zod/mini; set through the small build so start-up does not load the full one.)
configureZod({ jitless: true });

const root = document.getElementById('root');
if (root) {
  createRoot(root).render(
    <StrictMode>
      <App host={selectHost()} />
    </StrictMode>,
  );
}
