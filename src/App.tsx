import { Suspense, useEffect, useRef, useState, type ComponentType } from 'react';
import { focusFirst } from './ui/focus.ts';
import { clearAnnouncement } from './ui/announce.ts';
import { Announcer } from './ui/Announcer.tsx';
import { useTranslation } from 'react-i18next';
import { useShallow } from 'zustand/react/shallow';
import { useDataStore, useDataset, useViewStore } from './store/index.ts';
import { datasetLabel } from './domain/dataset.ts';
import { VIEWS, toSearch, type Lang, type ViewId } from './store/url.ts';
import { VIEW_COMPONENTS } from './views/registry.ts';
import { ErrorBoundary } from './ui/ErrorBoundary.tsx';
import { DataBanner } from './ui/DataBanner.tsx';
import { ShareBar } from './ui/export/ShareBar.tsx';
import { sourceLine } from './ui/export/sourceLine.ts';
import { usePrinting } from './ui/usePrinting.ts';
import { StorageNotice } from './ui/StorageNotice.tsx';


export default function App() {
  const { view, lang, embed, year } = useViewStore(useShallow((s) => ({ view: s.view, lang: s.lang, embed: s.extra.embed === '1', year: s.year })));
  const { t, i18n } = useTranslation();
  const dataset = useDataset();
  const restoring = useDataStore((s) => s.restoring);

  useEffect(() => {
    if (i18n.language !== lang) void i18n.changeLanguage(lang);
    document.documentElement.lang = lang;
    // The tab names the screen first (2.4.2); the presenter names its scene itself.
    if (view === 'present') return;
    const title = `${t(`nav.${view}`)} · ${t('appTitle')} · ${datasetLabel(dataset, lang, year)}`;
    // In a task of its own: setting the title in the render that applies a national file took
    // ~27 ms of that task (Chromium profile), as pushState did (viewStore.ts).
    const id = setTimeout(() => { document.title = title; }, 0);
    return () => clearTimeout(id);
  }, [lang, i18n, t, dataset, year, view]);

  // Leaving the presenter removes the focused control: focus goes to the current screen's tab.
  const lastView = useRef(view);
  useEffect(() => {
    if (lastView.current === 'present' && view !== 'present') {
      focusFirst(() => document.querySelector('.app-nav a[aria-current="page"]'), () => document.getElementById('main'));
    }
    if (lastView.current !== view) clearAnnouncement();
    lastView.current = view;
  }, [view]);

  if (view === 'present') return <><ViewSlot view={view} /><Announcer /></>;
  if (embed) {
    // Read-only embed (?embed=1): no navigation, language switch or share menu; the source line stays.
    return (
      <div className="app app-embed">
        <DataBanner dataset={dataset} />
        <main id="main" tabIndex={-1}><ViewSlot view={view} /></main>
        <p className="embed-source">{sourceLine(dataset, lang)}</p>
        <Announcer />
      </div>
    );
  }
  return (
    <div className="app">
      <a className="skip-link" href="#main">{t('skipToContent')}</a>
      <header className="app-header">
        <div className="brand">
          <h1>{t('appTitle')}</h1>
          <p className="subtitle">{restoring ? '\u00a0' : datasetLabel(dataset, lang, year)}</p>
        </div>
        <LangSwitch lang={lang} />
        <ShareBar />
      </header>
      <Nav current={view} />
      <StorageNotice />
      {!restoring && <DataBanner dataset={dataset} />}
      <main id="main" tabIndex={-1}><ViewSlot view={view} /></main>
      <PrintBrief resetKey={view} />
      <Announcer />
    </div>
  );
}

/**
 * The print-only leadership brief (src/print.css). It summarises the whole dataset, which with a
 * national file is hundreds of milliseconds of work and 10,000+ map tiles, so it renders only while
 * printing. Its module is fetched after the first screen, so it is ready when the user prints.
 */
function PrintBrief({ resetKey }: { resetKey: string }) {
  const printing = usePrinting();
  const [Brief, setBrief] = useState<ComponentType | null>(null);
  useEffect(() => {
    let live = true;
    void import('./views/present/Brief.tsx').then((m) => { if (live) setBrief(() => m.default); });
    return () => { live = false; };
  }, []);
  if (!printing || !Brief) return null;
  // Its own boundary: a failure in the print brief must not take the app down.
  return <ErrorBoundary resetKey={resetKey}><Suspense fallback={null}><Brief /></Suspense></ErrorBoundary>;
}

/** One screen, lazy-loaded, behind its own error boundary. */
function ViewSlot({ view }: { view: ViewId }) {
  const { t } = useTranslation();
  const restoring = useDataStore((s) => s.restoring);
  const View = VIEW_COMPONENTS[view];
  if (restoring) return <p className="loading" role="status" data-testid="restoring">{t('restoring')}</p>;
  return (
    <ErrorBoundary resetKey={view}>
      <Suspense fallback={<p className="loading">{t('loading')}</p>}><View /></Suspense>
    </ErrorBoundary>
  );
}

function Nav({ current }: { current: ViewId }) {
  const { t } = useTranslation();
  const setView = useViewStore((s) => s.setView);
  const state = useViewStore();
  return (
    <nav className="app-nav" aria-label={t('navLabel')}>
      <ul>
        {VIEWS.map((v) => (
          <li key={v}>
            <a
              href={toSearch({ ...state, view: v })}
              aria-current={v === current ? 'page' : undefined}
              onClick={(e) => { e.preventDefault(); setView(v); }}
            >
              {t(`nav.${v}`)}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}

function LangSwitch({ lang }: { lang: Lang }) {
  const { t } = useTranslation();
  const setLang = useViewStore((s) => s.setLang);
  return (
    <div className="lang-switch" role="group" aria-label={t('language')}>
      {(['vi', 'en'] as const).map((l) => (
        <button key={l} type="button" aria-pressed={lang === l} lang={l} onClick={() => setLang(l)}>
          {l === 'vi' ? 'Tiếng Việt' : 'English'}
        </button>
      ))}
    </div>
  );
}
