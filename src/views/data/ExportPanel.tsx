/** Undo and import history; exports of the working data (tidy CSV, VN-Excel CSV, JSON) and the template. */
import { memo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { focusFirst } from '../../ui/focus.ts';
import { announce } from '../../ui/announce.ts';
import { useDataStore, useDataset } from '../../store/index.ts';
import { useImportStore } from '../../store/importStore.ts';
import { EXCEL_VN, PLAIN, templateCsv, tidyRecords, toTidyCsv, toTidyJson } from '../../ingest/export.ts';
import type { Lang } from '../../i18n/format.ts';
import { download } from './model.ts';

export const ExportPanel = memo(function ExportPanel({ lang }: { lang: Lang }) {
  const { t } = useTranslation('data');
  const { t: tc } = useTranslation();
  const ds = useDataset();
  const past = useDataStore((s) => s.past);
  const label = useDataStore((s) => s.current.label);
  const history = useImportStore((s) => s.history);
  const base = ds.id.replace(/[^\w.-]+/g, '_');
  const records = () => tidyRecords(ds.table, ds.units);
  const [historyOpen, setHistoryOpen] = useState(false);
  const undoButton = useRef<HTMLButtonElement>(null);
  const current = useRef<HTMLParagraphElement>(null);
  const undo = () => {
    const undone = useDataStore.getState().current.label;
    if (!useDataStore.getState().undo()) return;
    announce(tc('a11y.undone', { label: undone, current: useDataStore.getState().current.label }));
    // With nothing left to undo the button is disabled and loses focus: move to the current-data line.
    focusFirst(() => undoButton.current, () => current.current);
  };
  return (
    <section className="data-card" aria-labelledby="export-h">
      <h3 id="export-h">{t('export.heading')}</h3>
      <p ref={current} data-testid="data-current">{t('history.current', { label })}</p>
      <div className="toolbar">
        <button type="button" ref={undoButton} data-testid="undo" disabled={past.length === 0} onClick={undo}>
          {past.length ? t('history.undo', { label }) : t('history.nothing')}
        </button>
        <button type="button" onClick={() => download(`${base}.csv`, toTidyCsv(records(), PLAIN))}>{t('export.csv')}</button>
        <button type="button" onClick={() => download(`${base}.vn.csv`, toTidyCsv(records(), EXCEL_VN))}>{t('export.csvVn')}</button>
        <button type="button" onClick={() => download(`${base}.json`, toTidyJson(records(), { title: ds.title[lang], status: ds.status }), 'application/json')}>{t('export.json')}</button>
        <button type="button" data-testid="template" onClick={() => download('mau-nhap-lieu.csv', templateCsv())}>{t('export.template')}</button>
      </div>
      {history.length > 0 && (
        // The entries (up to 50, each with a localised date) are drawn once the list is opened.
        <details onToggle={(e) => setHistoryOpen(e.currentTarget.open)}>
          <summary>{t('history.heading', { n: history.length })}</summary>
          <ul>
            {historyOpen && [...history].reverse().map((h, k) => (
              <li key={k}>{t('history.item', { file: h.file, at: new Date(h.at).toLocaleString(lang === 'vi' ? 'vi-VN' : 'en-GB'), mode: t(`diff.${h.mode}`), added: h.added, changed: h.changed, rejected: h.rejected })}</li>
            ))}
          </ul>
        </details>
      )}
    </section>
  );
});
