import './app/zod-jitless';
import './app/boot';
import { createRoot } from 'react-dom/client';
import { StrictMode } from 'react';
import { App } from './app/App';
import { selectHost } from './host/select-host';
import './ui/tokens.css';
import './ui/base.css';
import './ui/layout.css';
import './ui/components.css';

const root = document.getElementById('root');
if (root) {
  createRoot(root).render(
    <StrictMode>
      <App host={selectHost()} />
    </StrictMode>,
  );
}
