/**
 * The one-page leadership brief (A4 portrait). Always in the page but shown only in print
 * (src/print.css): narrative, KPIs, trend vs target, map, district status table, sources, date.
 */
import { sharedProvenance, StatusCells, StatusHead } from './StatusCells.tsx';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useShallow } from 'zustand/react/shallow';
import { useDataset, useViewStore } from '../../store/index.ts';
import { summarize } from '../../domain/narrative/index.ts';
import { describeIndicator } from '../../domain/catalogue.ts';
import { formatPercent, formatPp, formatValue } from '../../i18n/format.ts';
import { StatusBadge, statusWord } from '../../ui/StatusBadge.tsx';
import { figureNotes, sourceParts } from '../../ui/export/sourceLine.ts';
import { overviewFor, statusRows } from './sceneData.ts';
import { TrendSvg } from './charts.tsx';
import { mapPicture, TileMapSvg } from '../map/index.ts';
import { trendEvents } from './sceneEvents.ts';
import './present.css';
import '../../print.css';
import { datasetLabel } from '../../domain/dataset.ts';

export default function Brief() {
  const ds = useDataset();
  const { lang, indicator, unit, year, extra } = useViewStore(useShallow((s) => ({ lang: s.lang, indicator: s.indicator, unit: s.unit, year: s.year, extra: s.extra })));
  const { t } = useTranslation('present');
  const { t: tc } = useTranslation();
  const ind = describeIndicator(indicator).kind === 'rate' ? indicator : 'poverty_rate';
  const o = useMemo(() => overviewFor(ds, { indicator: ind, unit }, year, lang), [ds, ind, unit, year, lang]);
  const y = o.year;
  const narrative = useMemo(() => summarize(ds, lang, { year: y }), [ds, lang, y]);
  // One A4 page: at most 15 units (highest rates first), then a count of the rest.
  const allRows = useMemo(() => statusRows(ds, y, lang, extra.method), [ds, y, lang, extra.method]);
  const rows = allRows.slice(0, 15);
  const map = useMemo(() => mapPicture(ds, ind, y, lang, extra), [ds, ind, y, lang, extra]);
  const def = describeIndicator(ind);
  const fmt = (v: number) => formatValue(v, def.unit, lang);
  const h = o.headline;
  const src = sourceParts(ds, lang);
  const date = new Intl.DateTimeFormat(lang === 'vi' ? 'vi-VN' : 'en-GB', { dateStyle: 'long' }).format(new Date());

  return (
    <article className="brief" aria-hidden="true" data-testid="brief">
      <header className="brief-head">
        <h1>{t('brief.title')} · {datasetLabel(ds, lang, y)}</h1>
        <p>{t('brief.date', { date })} · {src.status}</p>
      </header>
      <p className="brief-lead">{narrative.text}</p>
      <section className="brief-kpis" aria-label={t('brief.kpis')}>
        <div><span>{t('kpi.latest', { year: h.latest?.year ?? '' })}</span><strong>{h.latest ? fmt(h.latest.value) : '–'}</strong></div>
        <div><span>{t('kpi.change', { year: h.previous?.year ?? '–' })}</span><strong>{h.changePp !== undefined ? formatPp(h.changePp, lang) : '–'}</strong></div>
        <div><span>{h.target ? t('kpi.target', { year: h.target.year }) : t('kpi.gap')}</span><strong>{h.target ? fmt(h.target.value) : '–'}</strong></div>
        <div><span>{t('kpi.status')}</span><strong><StatusBadge status={h.status} kind={h.latest?.provenance.kind} /></strong></div>
      </section>
      <section className="brief-charts">
        <figure>
          <figcaption>{t('brief.trend')} · {o.focus.name}</figcaption>
          <TrendSvg trend={o.trend} upTo={y} fmt={fmt} axisFmt={(v) => formatPercent(v, lang, Number.isInteger(v) ? 0 : 1)}
            title={t('brief.trend')} desc={narrative.text} targetLabel={(yr, v) => t('targetLine', { year: yr, value: v })}
            events={trendEvents(ds, o.trend.years, lang)} legend={{ actual: t('trendActual'), target: t('trendTarget'), path: t('trendPath'), event: t('trendEvent') }} />
        </figure>
        <figure>
          <figcaption>{t('brief.map', { year: y ?? '' })}</figcaption>
          <TileMapSvg map={map} fmt={fmt} title={t('brief.map', { year: y ?? '' })} desc={narrative.text} noValue={t('noValue')} />
        </figure>
      </section>
      <table className="brief-table">
        <caption>{t('brief.table', { year: y ?? '' })}</caption>
        <StatusHead provenance={sharedProvenance(rows)} />
        <tbody>
          {rows.map((r) => (
            <tr key={r.code}>
              <th scope="row">{r.name}</th>
              <StatusCells status={r.status} lang={lang} tagged={!sharedProvenance(rows)} />
              <td>{statusWord(r.status.status, r.status.provenance?.kind, tc)}</td>
            </tr>
          ))}
          {allRows.length > rows.length && (
            <tr><td colSpan={6}>{t('more', { count: allRows.length - rows.length })}</td></tr>
          )}
        </tbody>
      </table>
      <footer className="brief-sources">
        <strong>{t('brief.sources')}:</strong>{' '}
        {ds.sources.map((s) => (s.url ? `${s.label} (${s.url})` : s.label)).join('; ') || '–'}
        {figureNotes(ds, y, lang).map((n) => <span key={n.name} data-testid="brief-figure-note"> · {n.name} {n.year}: {n.asReported !== undefined ? tc('truth.asReported', { value: formatPercent(n.asReported, lang) }) : tc(`provenance.${n.kind}`)}</span>)}
      </footer>
    </article>
  );
}
