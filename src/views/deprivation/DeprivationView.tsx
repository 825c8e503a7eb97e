/**
 * The deprivation screen: a heat table of units × the standard's deprivation indicators (the
 * parent first), the selected unit's profile against its parent, its change over the years within
 * one standard, a sentence per unit naming its leading deprivations, and a CSV download.
 */
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useShallow } from 'zustand/react/shallow';
import { useDataset, useViewStore } from '../../store/index.ts';
import { downloadBlob, fileSlug } from '../../ui/export/download.ts';
import { sourceParts } from '../../ui/export/sourceLine.ts';
import { deriveDeprivation, MEASURES, parseMeasure, parseSort, sortParam } from './model.ts';
import { HeatTable } from './HeatTable.tsx';
import { UnitProfile } from './UnitProfile.tsx';
import { ChangeTable } from './ChangeTable.tsx';
import { leadSentence } from './narrative.ts';
import { heatCsv } from './exportCsv.ts';
import './deprivation.css';

/** Sentences shown before "show all" (the parent and the first units in the table's order). */
const SHOWN = 8;

export default function DeprivationView() {
  const dataset = useDataset();
  const { year, unit, lang, extra, setUnit, setYear, setExtra } = useViewStore(useShallow((s) => ({
    year: s.year, unit: s.unit, lang: s.lang, extra: s.extra, setUnit: s.setUnit, setYear: s.setYear, setExtra: s.setExtra,
  })));
  const { t } = useTranslation('deprivation');
  const measure = parseMeasure(extra.dm);
  const sort = parseSort(extra.ds);
  const [threshold, setThreshold] = useState(0);
  const m = useMemo(() => deriveDeprivation({ dataset, year, unit, measure, sort, lang }), [dataset, year, unit, measure, sort, lang]);
  const years = dataset.table.years();
  const tr = (key: string, params?: Record<string, string | number>) => t(key, params ?? {});

  const download = () => {
    const csv = heatCsv(m.heat, lang, threshold, sourceParts(dataset, lang));
    downloadBlob(`${fileSlug(t('title'))}-${m.heat.year ?? ''}.csv`, new Blob([`\uFEFF${csv}`], { type: 'text/csv;charset=utf-8' }));
  };

  return (
    <div className="deprivation">
      <h2>{t('title')}</h2>
      <p className="data-intro">{t('intro')}</p>
      <div className="toolbar">
        <label>
          {t('year')}
          <select value={m.heat.year ?? ''} onChange={(e) => setYear(Number(e.target.value))}>
            {years.map((y) => <option key={y} value={y}>{y}</option>)}
          </select>
        </label>
        <label>
          {t('measure')}
          <select value={measure} onChange={(e) => setExtra('dm', e.target.value === 'share' ? undefined : e.target.value)}>
            {MEASURES.map((x) => <option key={x} value={x}>{t(`measures.${x}`)}</option>)}
          </select>
        </label>
        {m.heat.rows.length > 0 && (
          <>
            <label title={t('thresholdHint')}>
              {t('threshold')}
              <input type="number" min={0} max={100} step={1} value={threshold} onChange={(e) => setThreshold(Math.max(0, Math.min(100, Math.round(Number(e.target.value) || 0))))} className="dep-threshold" />
            </label>
            <button type="button" data-testid="dep-csv" onClick={download}>{t('exportCsv')}</button>
          </>
        )}
      </div>
      {m.heat.empty && <p className="notice notice-info" role="status" data-testid="dep-empty">{t(`empty.${m.heat.empty}`)}</p>}
      {m.illustrative && <p className="notice notice-warn" data-testid="dep-illustrative">{t('illustrative')}</p>}
      {m.standard && !m.standard.verified && <p className="notice notice-warn">{t('unverified')}</p>}
      {m.heat.rows.length > 0 && (
        <>
          <HeatTable heat={m.heat} measure={measure} sort={sort} onSort={(s) => setExtra('ds', s.by === 'name' && !s.desc ? undefined : sortParam(s))}
            selected={m.selected?.code ?? null} onSelect={(c) => setUnit(c === dataset.rootUnit ? null : c)} lang={lang} />
          <div className="dep-grid">
            {m.selected && <UnitProfile unit={m.selected} parent={m.selected.code === m.parent?.code ? null : m.parent} list={m.heat.list} lang={lang} />}
            {m.selected && m.standard && <ChangeTable table={dataset.table} unit={m.selected.code} years={m.changeYears} list={m.heat.list} standard={m.standard.label} lang={lang} />}
          </div>
          <section className="dep-narrative card" aria-labelledby="dep-narrative-title">
            <h3 id="dep-narrative-title">{t('narrative')}</h3>
            <ul data-testid="dep-narrative">
              {m.heat.rows.slice(0, SHOWN).map((r) => <li key={r.code}>{leadSentence(r.name, r.profile, m.heat.list, lang, tr)}</li>)}
            </ul>
            {m.heat.rows.length > SHOWN && (
              <details>
                <summary>{t('allUnits', { count: m.heat.rows.length - SHOWN })}</summary>
                <ul>{m.heat.rows.slice(SHOWN).map((r) => <li key={r.code}>{leadSentence(r.name, r.profile, m.heat.list, lang, tr)}</li>)}</ul>
              </details>
            )}
          </section>
          {m.standard && <p className="chart-caption">{t('source', { source: m.standard.source })}</p>}
        </>
      )}
    </div>
  );
}
