/**
 * Presenter mode: one scene at a time on a projector. Keys: →/PageDown/Space next, ←/PageUp
 * previous, Home/End, P plays the scene's years, F full screen, N notes window, Esc leaves.
 * The scene number and theme live in the URL (extra keys `scene`, `theme`).
 */
import { useCallback, useEffect, useEffectEvent, useMemo, useRef, useState } from 'react';
import { createPortal } from 'react-dom';
import { useTranslation } from 'react-i18next';
import { useShallow } from 'zustand/react/shallow';
import { useDataset, useViewStore } from '../../store/index.ts';
import { summarize } from '../../domain/narrative/index.ts';
import { resolveYear } from '../overview/index.ts';
import { clampIndex, sceneState } from './deck.ts';
import { hydrateDeck, useDeckStore } from '../../store/deckStore.ts';
import { sceneCsv, sceneYears } from './sceneData.ts';
import { ExportMenu } from '../../ui/export/ExportMenu.tsx';
import { SceneBody } from './Scenes.tsx';
import { DeckEditor } from './DeckEditor.tsx';
import { KeysHelp } from './KeysHelp.tsx';
import { sourceParts } from '../../ui/export/sourceLine.ts';
import { downloadBlob, fileSlug } from '../../ui/export/download.ts';
import { buildPptx } from '../../ui/export/pptx.ts';
import { deckSlides } from './deckSlides.ts';
import i18next from 'i18next';
import { announce } from '../../ui/announce.ts';
import { playStep } from '../../ui/motion.ts';
import './present.css';

const STEP_MS = 900;
const CHART_KINDS = new Set(['trend', 'map', 'ranking']);

export default function PresentView() {
  const ds = useDataset();
  const { lang, extra, indicator, setExtra, setView } = useViewStore(useShallow((s) => ({
    lang: s.lang, extra: s.extra, indicator: s.indicator, setExtra: s.setExtra, setView: s.setView,
  })));
  const { t } = useTranslation('present');
  const { deck, setDeck, storageFailed } = useDeckStore(useShallow((s) => ({ deck: s.deck, setDeck: s.setDeck, storageFailed: s.storageFailed })));
  useEffect(() => { hydrateDeck(); }, []);

  const n = deck.scenes.length;
  const index = clampIndex(extra.scene, n);
  const scene = deck.scenes[index]!;
  const state = useMemo(() => sceneState(scene), [scene]);
  const theme = extra.theme === 'light' ? 'light' : 'dark';
  const years = useMemo(() => sceneYears(ds, state.indicator), [ds, state.indicator]);
  const sceneYear = resolveYear(ds, state.indicator, state.year);
  const [play, setPlay] = useState<{ scene: string; year: number } | null>(null);
  const [editing, setEditing] = useState(false);
  const [helpOpen, setHelpOpen] = useState(false);
  const [notesWin, setNotesWin] = useState<Window | null>(null);
  const [notice, setNoticeText] = useState('');
  // Shown on screen and read out once by the screen's live region.
  const setNotice = useCallback((text: string) => { setNoticeText(text); if (text) announce(text); }, []);
  const year = play && play.scene === scene.id ? play.year : sceneYear;
  const playing = play !== null && play.scene === scene.id && year !== (sceneYear ?? years[years.length - 1]);

  const go = useCallback((i: number) => {
    setPlay(null);
    setExtra('scene', String(Math.max(0, Math.min(n - 1, i)) + 1));
  }, [n, setExtra]);

  const startPlay = useCallback(() => {
    if (years.length < 2) return;
    setPlay({ scene: scene.id, year: years[0]! });
  }, [years, scene.id]);

  // Step through the years up to the scene's own year, then stop (one pass).
  useEffect(() => {
    if (!play || play.scene !== scene.id) return;
    const end = sceneYear ?? years[years.length - 1]!;
    if (play.year >= end) return;
    const timer = setTimeout(() => {
      const next = years.find((y) => y > play.year);
      setPlay(next === undefined ? null : { scene: scene.id, year: next });
    }, playStep(STEP_MS));
    return () => clearTimeout(timer);
  }, [play, scene.id, sceneYear, years]);

  const title = scene.title || t(`kind.${scene.kind}`);
  const narrative = useMemo(() => summarize(ds, lang, { year: sceneYear }), [ds, lang, sceneYear]);
  const notes = scene.notes || (index === 0 ? narrative.text : t(`defaultNotes.${scene.kind}`));
  const nextScene = deck.scenes[index + 1];
  const { t: tc } = useTranslation();
  // A scene change is announced (not on the first scene shown) and names the tab.
  const sceneLine = tc('a11y.scene', { n: index + 1, total: n, title });
  const shownScene = useRef<string | null>(null);
  useEffect(() => {
    document.title = `${sceneLine} · ${t('title')}`;
    if (shownScene.current !== null && shownScene.current !== sceneLine) announce(sceneLine);
    shownScene.current = sceneLine;
  }, [sceneLine, t]);

  const openNotes = useCallback(() => {
    if (notesWin && !notesWin.closed) { notesWin.focus(); return; }
    const w = window.open('', 'present-notes', 'width=720,height=480');
    if (!w) { setNotice(t('notesWindow.blocked')); return; }
    w.document.title = t('notesWindow.title');
    w.document.body.style.cssText = 'font: 24px/1.5 system-ui, sans-serif; margin: 1.5rem; background: #111; color: #f5f5f5;';
    w.addEventListener('pagehide', () => setNotesWin(null));
    setNotesWin(w);
  }, [notesWin, t, setNotice]);
  useEffect(() => () => { notesWin?.close(); }, [notesWin]);

  const leave = useCallback(() => {
    if (document.fullscreenElement) { void document.exitFullscreen(); return; }
    setView('overview');
  }, [setView]);

  const exportPptx = async () => {
    setNotice(t('pptx.busy'));
    try {
      const slides = deckSlides(deck, ds, lang, i18next.getFixedT(lang, 'present'), i18next.getFixedT(lang));
      downloadBlob(`${fileSlug(ds.title[lang])}.pptx`, await buildPptx(slides, { theme, title: ds.title[lang], lang }));
      setNotice('');
    } catch (e) {
      console.warn('pptx export failed', e);
      setNotice(t('pptx.failed'));
    }
  };

  const toggleFullscreen = () => {
    if (document.fullscreenElement) void document.exitFullscreen();
    else void document.documentElement.requestFullscreen?.().catch(() => {});
  };
  const letters = extra.keys !== 'off';
  const onKey = useEffectEvent((e: KeyboardEvent) => {
    const el = e.target instanceof HTMLElement ? e.target : null;
    if (editing || helpOpen) return; // dialogs are modal: they handle their own keys (Esc closes them)
    if (e.altKey || e.ctrlKey || e.metaKey) return;
    // Typing in a field: no key of ours applies. A focused button or link: Space and Enter press it.
    if (el && (/^(INPUT|TEXTAREA|SELECT)$/.test(el.tagName) || el.isContentEditable)) return;
    const k = e.key;
    if ((k === ' ' || k === 'Enter') && el?.closest('button, a[href], summary, [role=button], [role=checkbox]')) return;
    if (k === 'ArrowRight' || k === 'PageDown' || k === ' ' || k === 'ArrowDown') go(index + 1);
    else if (k === 'ArrowLeft' || k === 'PageUp' || k === 'ArrowUp') go(index - 1);
    else if (k === 'Home') go(0);
    else if (k === 'End') go(n - 1);
    else if (k === 'Escape') leave();
    else if (!letters || k.length !== 1) return;
    // Single-letter keys (2.1.4): off with keys=off (the help dialog's switch).
    else if (k === 'p' || k === 'P') { if (playing) setPlay(null); else startPlay(); }
    else if (k === 'f' || k === 'F') toggleFullscreen();
    else if (k === 'n' || k === 'N') openNotes();
    else if (k === '?') setHelpOpen(true);
    else return;
    e.preventDefault();
  });
  useEffect(() => {
    const on = (e: KeyboardEvent) => onKey(e);
    window.addEventListener('keydown', on);
    return () => window.removeEventListener('keydown', on);
  }, []);

  return (
    <div className={`present theme-${theme}`} data-testid="present" data-scene={index + 1} data-year={year ?? ''} data-playing={playing ? 'true' : 'false'}>
      <header className="p-head">
        <h1 className="p-title">{title}</h1>
        <span className="p-year" data-testid="p-year">{year ?? ''}</span>
        <span className="p-count">{t('sceneOf', { n: index + 1, total: n })}</span>
      </header>
      <main className="p-stage" aria-roledescription={t('deckLabel')}>
        <SceneBody kind={scene.kind} ds={ds} state={{ ...state, indicator: state.indicator || indicator }} year={year} lang={lang} title={title} />
        <p className="sr-only" data-testid="p-notes">{notes}</p>
      </main>
      <footer className="p-foot">
        <p className="p-source" data-testid="p-source"><span className="p-source-text">{sourceParts(ds, lang, year).source}</span>
          <span className="p-data-status" data-testid="p-data-status">{sourceParts(ds, lang).status}</span></p>
        <ExportMenu className="p-export" dataset={ds} lang={lang} title={title} {...(year !== null ? { subtitle: String(year) } : {})}
          {...(CHART_KINDS.has(scene.kind) ? { getSvg: () => document.querySelector<SVGSVGElement>('.p-stage svg.p-chart') } : {})}
          csv={() => sceneCsv(scene.kind, ds, state, year, lang)} />
        <button type="button" className="p-pptx" onClick={() => void exportPptx()} title={t('pptx.hint')}>{t('pptx.button')}</button>
        <div className="p-controls" role="toolbar" aria-label={t('controls.help')}>
          <button type="button" onClick={() => go(index - 1)} disabled={index === 0} aria-label={t('controls.prev')}>←</button>
          <button type="button" onClick={() => go(index + 1)} disabled={index >= n - 1} aria-label={t('controls.next')}>→</button>
          {/* A toggle with a fixed name: "Play the years, pressed" while it plays (never "Pause, pressed"). */}
          <button type="button" onClick={() => (playing ? setPlay(null) : startPlay())} aria-pressed={playing} aria-label={t('controls.play')} disabled={years.length < 2}>{playing ? '❚❚' : '▶'}</button>
          <button type="button" onClick={toggleFullscreen} aria-label={t('controls.fullscreen')}>□</button>
          <button type="button" onClick={openNotes} aria-label={t('controls.notes')}>✎</button>
          <button type="button" onClick={() => setExtra('theme', theme === 'dark' ? 'light' : undefined)} aria-label={t('controls.theme')}>◐</button>
          <button type="button" className="p-help-button" onClick={() => setHelpOpen(true)} aria-label={t('controls.keys')}>?</button>
          <button type="button" className="p-edit-button" onClick={() => setEditing(true)} aria-label={t('controls.edit')}>☰</button>
          <button type="button" onClick={leave} aria-label={t('controls.exit')}>✕</button>
        </div>
      </footer>
      {notice && <p className="p-notice">{notice}</p>}
      {editing && (
        <DeckEditor deck={deck} index={index} onDeck={setDeck} onGo={go} onClose={() => setEditing(false)}
          base={{ indicator, lang }} storageFailed={storageFailed} />
      )}
      {helpOpen && <KeysHelp letters={letters} onLetters={(on) => setExtra('keys', on ? undefined : 'off')} onClose={() => setHelpOpen(false)} />}
      {notesWin && !notesWin.closed && createPortal(
        <div>
          <h1 style={{ fontSize: '1.2em' }}>{index + 1}/{n} · {title}</h1>
          <p style={{ whiteSpace: 'pre-wrap' }}>{notes || t('notesWindow.none')}</p>
          {nextScene && <p style={{ opacity: 0.7 }}>{t('notesWindow.next')}: {nextScene.title || t(`kind.${nextScene.kind}`)}</p>}
        </div>,
        notesWin.document.body,
      )}
    </div>
  );
}
