import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import App from './App.tsx';
import { initI18n } from './i18n/index.ts';
import { startUrlSync, useViewStore } from './store/index.ts';
import './styles.css';
import { bootOfflineReport, registerServiceWorker } from './ui/export/offlineBoot.ts';
import { startPersistence } from './store/persist.ts';

// A downloaded offline report carries its own data and deck; the served app caches itself for offline use.
// The offline report is read-only: it neither caches itself nor reads the user's stored data.
if (!bootOfflineReport()) {
  registerServiceWorker();
  void startPersistence();
}
initI18n(useViewStore.getState().lang);
startUrlSync();

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
