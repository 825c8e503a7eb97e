import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import App from './App.tsx';
import { initI18n } from './i18n/index.ts';
import { startUrlSync, useViewStore } from './store/index.ts';
import './styles.css';

initI18n(useViewStore.getState().lang);
startUrlSync();

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
