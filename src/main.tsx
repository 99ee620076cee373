import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import './app/app.css';
import { startup } from './state/startup';

// The scenario to open (share link > autosave > ?example= > baseline) is settled before the first render.
startup();

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);

// The service worker and file launches load after the first screen, off its JavaScript budget.
void import('./app/offline/start').then((m) => { m.startOffline(); });
