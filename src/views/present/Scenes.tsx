/** One scene's content, by kind, for a year (the year changes while a scene plays). */
import { sharedProvenance, StatusCells, StatusHead } from './StatusCells.tsx';
import { useTranslation } from 'react-i18next';
import { fmtRange, mapPicture, StillMap } from '../map/index.ts';
import type { Dataset } from '../../domain/dataset.ts';
import { narrativeFacts, narrativeText } from '../../domain/narrative/index.ts';
import { describeIndicator } from '../../domain/catalogue.ts';
import { formatPercent, formatPp, formatPpParts, formatValue, type Lang } from '../../i18n/format.ts';
import { StatusBadge, statusWord } from '../../ui/StatusBadge.tsx';
import { provenanceLabel } from '../../ui/figureText.ts';
import type { UrlState } from '../../store/url.ts';
import type { SceneKind } from './deck.ts';
import { noneBehindText, overviewFor, statusRows } from './sceneData.ts';
import { BarsSvg, TrendSvg } from './charts.tsx';
import { DeprivationScene } from '../deprivation/index.ts';
import { trendEvents } from './sceneEvents.ts';
import { ScorecardSlide } from './ScorecardSlide.tsx';
import { SceneTable } from './SceneTable.tsx';

interface Props { kind: SceneKind; ds: Dataset; state: UrlState; year: number | null; lang: Lang; title: string }

const SLIDE_ROWS = 10;
export function SceneBody({ kind, ds, state, year, lang, title }: Props) {
  const { t } = useTranslation('present');
  const { t: tc } = useTranslation();
  const def = describeIndicator(state.indicator);
  const rate = def.kind === 'rate';
  const fmt = (v: number) => (rate ? formatPercent(v, lang) : formatValue(v, def.unit, lang));
  const axisFmt = (v: number) => (rate ? formatPercent(v, lang, Number.isInteger(v) ? 0 : 1) : formatValue(v, def.unit, lang));
  const narrative = narrativeText(narrativeFacts(ds, { year, ...(state.extra.method === 'equal-pp' || state.extra.method === 'need-weighted' ? { method: state.extra.method } : {}) }), lang);
  const targetLabel = (y: number, v: string) => t('targetLine', { year: y, value: v });
  const diff = (v: number) => {
    if (!rate) return fmt(v);
    const p = formatPpParts(v, lang);
    return <>{p.number} <span className="p-kpi-unit">{p.unit}</span></>;
  };

  if (kind === 'kpis') {
    const o = overviewFor(ds, state, year, lang);
    const h = o.headline;
    return (
      <div className="p-kpis-scene">
        <div className="p-kpis" data-testid="p-kpis">
          <div className="p-kpi p-kpi-main"><span className="p-kpi-label">{t('kpi.latest', { year: h.latest?.year ?? '' })}</span>
            <span className="p-kpi-value" data-testid="p-kpi-latest">{h.latest ? fmt(h.latest.value) : '–'}</span><span className="p-kpi-note">{o.focus.name}{h.latest && h.latest.provenance.kind !== 'published' ? ` · ${provenanceLabel(h.latest.provenance, tc)}` : ''}</span></div>
          <div className="p-kpi"><span className="p-kpi-label">{t('kpi.change', { year: h.previous?.year ?? '–' })}</span>
            <span className="p-kpi-value">{h.changePp !== undefined ? diff(h.changePp) : '–'}</span></div>
          <div className="p-kpi"><span className="p-kpi-label">{h.target ? t('kpi.target', { year: h.target.year }) : t('kpi.gap')}</span>
            <span className="p-kpi-value">{h.target ? fmt(h.target.value) : '–'}</span>
            {h.gap !== undefined && <span className="p-kpi-note">{t('kpi.gap')}: {rate ? formatPp(h.gap, lang) : fmt(h.gap)}</span>}</div>
          <div className="p-kpi"><span className="p-kpi-label">{t('kpi.status')}</span><span className="p-kpi-value p-kpi-status"><StatusBadge status={h.status} kind={h.latest?.provenance.kind} /></span></div>
        </div>
        <p className="p-lead" data-testid="p-narrative">{narrative.text}</p>
      </div>
    );
  }
  if (kind === 'deprivation') return <DeprivationScene ds={ds} year={year} lang={lang} />;
  if (kind === 'trend') {
    const o = overviewFor(ds, state, year, lang);
    const shown = o.trend.points.filter((p) => p.value !== null && (year === null || p.year <= year));
    return (
      <>
        <TrendSvg trend={o.trend} upTo={year} fmt={fmt} axisFmt={axisFmt} title={title} desc={t('data.chart.trend')} targetLabel={targetLabel}
          events={trendEvents(ds, o.trend.years, lang)} legend={{ actual: t('trendActual'), target: t('trendTarget'), path: t('trendPath'), event: t('trendEvent') }} />
        <SceneTable caption={title} columns={[t('data.year'), `${t('data.value')} (${o.trend.unitName})`, t('data.target'), t('data.source')]}
          rows={shown.map((p) => {
            const target = o.trend.targets.find((x) => x.year === p.year);
            return [String(p.year), fmt(p.value!), target ? fmt(target.value) : '–', p.kind ? tc(`provenance.${p.kind}`) : '–'];
          })} />
      </>
    );
  }
  if (kind === 'map') {
    const m = mapPicture(ds, state.indicator, year, lang, state.extra);
    return (
      <div className="p-map-scene">
        <StillMap ds={ds} year={year} map={m} fmt={fmt} title={title} desc={t('data.chart.map')} noValue={t('noValue')} />
        <SceneTable caption={`${title} ${year ?? ''}`} columns={[t('col.unit'), t('data.value'), t('data.range')]}
          rows={m.cells.map((c) => {
            const cls = m.legend.find((l) => l.color === c.color);
            return [c.name, c.value === undefined ? t('noValue') : fmt(c.value), cls ? fmtRange(cls.from, cls.to, m.unit, lang, m.relative) : '–'];
          })} />
        <ul className="p-legend" aria-label={t('mapLegend')}>
          {m.legend.map((l) => (
            <li key={l.color}><span className="p-swatch" style={{ background: l.color }} />{fmtRange(l.from, l.to, m.unit, lang, m.relative)}</li>
          ))}
        </ul>
      </div>
    );
  }
  if (kind === 'ranking') {
    const o = overviewFor(ds, state, year, lang);
    const rows = o.compare.rows.map((r) => ({ code: r.code, name: r.name, value: r.value, status: r.headline.status, kind: r.kind }));
    return (
      <>
        <BarsSvg rows={rows} {...(o.compare.target ? { target: o.compare.target } : {})} fmt={fmt} title={title} desc={t('data.chart.ranking')} targetLabel={targetLabel}
          legend={{ behind: t('barsBehind'), other: t('barsOther') }} />
        <SceneTable caption={title} columns={[t('col.unit'), t('data.value'), t('col.status')]}
          rows={rows.map((r) => [r.name, fmt(r.value), statusWord(r.status, r.kind, tc)])} />
      </>
    );
  }
  if (kind === 'scorecard') return <ScorecardSlide ds={ds} year={year} lang={lang} rows={SLIDE_ROWS} />;
  const allRows = statusRows(ds, year, lang, state.extra.method);
  // A slide holds about ten rows; a national file has thousands (highest rates come first).
  const rows = allRows.slice(0, SLIDE_ROWS);
  const more = allRows.length - rows.length;
  if (kind === 'status') {
    const shared = sharedProvenance(rows);
    return (
      <table className="p-table" data-testid="p-status-table">
        <caption className="sr-only">{title}</caption>
        <StatusHead provenance={shared} />
        <tbody>
          {rows.map((r) => (
            <tr key={r.code}>
              <th scope="row">{r.name}</th>
              <StatusCells status={r.status} lang={lang} tagged={!shared} />
              <td><StatusBadge status={r.status.status} kind={r.status.provenance?.kind} /></td>
            </tr>
          ))}
        </tbody>
        {more > 0 && <tfoot><tr><td colSpan={6}>{t('more', { count: more })}</td></tr></tfoot>}
      </table>
    );
  }
  const facts = narrativeFacts(ds, { year });
  const behindAll = allRows.filter((r) => r.status.status === 'off-track' || r.status.status === 'at-risk');
  const behind = behindAll.slice(0, SLIDE_ROWS);
  return (
    <div className="p-offtrack">
      <ul className="p-counts" aria-label={t('kpi.status')}>
        {(['achieved', 'on-track', 'at-risk', 'off-track', 'no-data'] as const).filter((k) => facts.counts[k] > 0 || k === 'off-track').map((k) => (
          <li key={k}><span className="p-count-n">{facts.counts[k]}</span> <StatusBadge status={k} /></li>
        ))}
      </ul>
      {behind.length === 0 ? <p className="p-big" data-testid="p-none-behind">{noneBehindText(allRows, t)}</p> : (
        <ul className="p-behind">
          {behind.map((r) => <li key={r.code}><StatusBadge status={r.status.status} kind={r.status.provenance?.kind} /> <strong>{r.name}</strong> — {formatPercent(r.status.latest?.value ?? 0, lang)}</li>)}
          {behindAll.length > behind.length && <li>{t('more', { count: behindAll.length - behind.length })}</li>}
        </ul>
      )}
      {facts.hardest && <p className="p-lead"><strong>{t('hardestLead')}:</strong> {narrative.sentences.find((s) => s.startsWith(facts.hardest!.name[lang])) ?? ''}</p>}
    </div>
  );
}
