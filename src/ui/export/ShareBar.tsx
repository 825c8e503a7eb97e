/**
 * The header's share menu: copy link, add the current view to the deck, embed code, print the
 * brief, download the offline report. Everything works from the URL state.
 */
import { useRef, useState } from 'react';
import { usePopup } from '../focus.ts';
import { announce } from '../announce.ts';
import { useTranslation } from 'react-i18next';
import { currentUrlState, useDataset, useViewStore } from '../../store/index.ts';
import { toSearch } from '../../store/url.ts';
import { sceneFromState } from '../../store/deck.ts';
import { appendScene, currentDeck } from '../../store/deckStore.ts';
import { currentBoundaries } from '../../store/boundaryStore.ts';
import { downloadBlob, fileSlug } from './download.ts';
import { buildOfflineReport, escapeHtml } from './offlineReport.ts';
import { ChartDownloads } from './ChartDownloads.tsx';
import './share.css';

export function shareUrl(search: string): string {
  return new URL(search, location.href).href;
}

export function embedSnippet(search: string, title: string): string {
  const p = new URLSearchParams(search);
  p.set('embed', '1');
  const src = shareUrl(`?${p.toString()}`);
  return `<iframe src="${escapeHtml(src)}" title="${escapeHtml(title)}" width="100%" height="720" style="border:0" loading="lazy"></iframe>`;
}

export function ShareBar() {
  const { t } = useTranslation('present');
  const ds = useDataset();
  const lang = useViewStore((s) => s.lang);
  const [msg, setMsgText] = useState('');
  const setMsg = (text: string) => { setMsgText(text); if (text) announce(text); };
  const [embed, setEmbed] = useState(false);
  const [busy, setBusy] = useState(false);
  // Phones: the actions fold behind one button (CSS shows the button and hides the bar below 600 px).
  const [open, setOpen] = useState(false);
  const search = () => toSearch(currentUrlState());
  const box = useRef<HTMLDivElement>(null);
  const toggle = useRef<HTMLButtonElement>(null);
  usePopup(box, open, () => setOpen(false), () => toggle.current);

  const copy = async () => {
    const url = shareUrl(search());
    try {
      await navigator.clipboard.writeText(url);
      setMsg(t('share.copied'));
    } catch {
      setMsg(`${t('share.copyFailed')} ${url}`);
    }
  };
  const offline = async () => {
    setBusy(true);
    setMsg(t('share.offlineBusy'));
    try {
      const title = `${t('brief.title')} · ${ds.title[lang]}`;
      // The map screen may not have run yet on this page: the store reads its stored file.
      const boundaries = await currentBoundaries() ?? undefined;
      const blob = await buildOfflineReport(ds, { deck: await currentDeck(), view: search(), lang, title, boundaries });
      downloadBlob(`${fileSlug(ds.title[lang])}-offline.html`, blob);
      setMsg('');
    } catch {
      setMsg(t('share.offlineFailed'));
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className={open ? 'share is-open' : 'share'} ref={box}>
      <button type="button" ref={toggle} className="share-toggle" aria-expanded={open} aria-controls="share-bar" onClick={() => setOpen((v) => !v)}>
        {t('share.menu')}
      </button>
      <div className="share-bar" id="share-bar" role="group" aria-label={t('share.label')}>
        <button type="button" onClick={() => void copy()}>{t('share.copyLink')}</button>
        <button type="button" onClick={() => void appendScene(sceneFromState(currentUrlState())).then(() => setMsg(t('share.added')))}>{t('share.addToDeck')}</button>
        <button type="button" aria-expanded={embed} onClick={() => setEmbed((v) => !v)}>{t('share.embed')}</button>
        <ChartDownloads dataset={ds} lang={lang} />
        <button type="button" onClick={() => window.print()}>{t('share.print')}</button>
        <button type="button" disabled={busy} onClick={() => void offline()} data-testid="offline-report">{t('share.offline')}</button>
      </div>
      {embed && (
        <label className="share-embed">{t('share.embedHint')}
          <textarea readOnly rows={3} value={embedSnippet(search(), ds.title[lang])} onFocus={(e) => e.currentTarget.select()} />
        </label>
      )}
      {window.__OFFLINE_REPORT__ && (
        <p className="share-offline">{t('offline.banner', { date: new Date(window.__OFFLINE_REPORT__.madeAt).toLocaleString(lang === 'vi' ? 'vi-VN' : 'en-GB') })}</p>
      )}
      <p className="share-msg">{msg}</p>
    </div>
  );
}
