/** Tooltip for the hovered or focused unit: value, rank, change, target, status and a sparkline. */
import { statusWord } from '../../ui/StatusBadge.tsx';
import { useTranslation } from 'react-i18next';
import type { Dataset } from '../../domain/dataset.ts';
import { headlineOf } from '../../domain/progress.ts';
import { paceSentence, provenanceLines, verdictSentence } from '../../ui/figureText.ts';
import { LinkedText } from '../../ui/LinkedText.tsx';
import { formatNumber, formatPp, formatSigned, type Lang } from '../../i18n/format.ts';
import type { MapData } from './mapSeries.ts';
import { fmtValue } from './format.ts';
import type { Hover } from './useTooltip.ts';

function Sparkline({ years, values, year }: { years: number[]; values: number[]; year: number }) {
  if (values.length < 2) return null;
  const W = 140; const H = 36; const P = 3;
  const lo = Math.min(...values); const hi = Math.max(...values);
  const x = (i: number) => P + (i * (W - 2 * P)) / (values.length - 1);
  const y = (v: number) => (hi === lo ? H / 2 : P + ((hi - v) * (H - 2 * P)) / (hi - lo));
  const k = years.indexOf(year);
  return (
    <svg width={W} height={H} aria-hidden="true" className="map-spark">
      <polyline points={values.map((v, i) => `${x(i)},${y(v)}`).join(' ')} fill="none" stroke="currentColor" strokeWidth="1.5" />
      {k >= 0 && <circle cx={x(k)} cy={y(values[k]!)} r="3" fill="currentColor" />}
    </svg>
  );
}

export function Tooltip({ ds, data, hover, lang, onEnter, onLeave }: {
  ds: Dataset; data: MapData; hover: Hover; lang: Lang; onEnter: () => void; onLeave: () => void;
}) {
  const { code, x, y } = hover;
  const { t } = useTranslation('map');
  const { t: tc } = useTranslation('common');
  const it = data.item(code);
  if (!it) return null;
  // The one status engine decides target and status (the same word as the overview and the slides).
  const h = headlineOf(ds, code, data.indicator, data.year);
  const prov = h.latest?.year === data.year ? provenanceLines(h.latest.provenance, tc, lang) : [];
  const st = h.engine;
  const detail = st ? (st.verdict ? verdictSentence(st.verdict, tc, lang, st.provenance?.kind) : paceSentence(st, tc, lang)) : null;
  const s = ds.table.series(code, data.indicator);
  const atYear = h.latest?.year === data.year;
  const change = h.changePp === undefined || !atYear ? undefined
    : data.unit === '%' ? formatPp(h.changePp, lang) : formatSigned(h.changePp, lang);
  return (
    <div className={`map-tooltip${hover.via === 'focus' ? ' is-docked' : ''}${hover.flip ? ' is-flipped' : ''}${hover.reachable ? ' is-reachable' : ''}`} data-code={code} data-testid="map-tooltip"
      {...(hover.via === 'focus' ? {} : { style: { left: x, top: y } })} onMouseEnter={onEnter} onMouseLeave={onLeave}>
      <strong>{it.name}</strong> <span className="map-tooltip-year">{data.year}</span>
      <dl>
        <dt>{t('tooltip.value')}</dt>
        <dd className="map-tooltip-value">{it.raw === undefined ? t('noData') : fmtValue(it.raw, data.unit, lang)}</dd>
        {prov.length > 0 && <><dt>{tc('truth.source')}</dt><dd data-testid="tooltip-provenance" data-provenance={h.latest?.provenance.kind}><LinkedText text={prov.join(' · ')} /></dd></>}
        {h.latest?.provenance.asReported !== undefined && <><dt>⚠</dt><dd className="map-tooltip-flag" data-testid="tooltip-flag">{tc('truth.flag')}</dd></>}
        <dt>{t('tooltip.rank')}</dt>
        <dd>{it.rank ? t('tooltip.rankOf', { rank: it.rank, n: data.ranked }) : t('tooltip.none')}</dd>
        <dt>{t('tooltip.change')}</dt>
        <dd>{change ?? t('tooltip.none')}</dd>
        <dt>{t('tooltip.target')}</dt>
        <dd>{h.target ? t('tooltip.targetValue', { value: fmtValue(h.target.value, data.unit, lang), year: h.target.year })
          : it.target !== undefined ? fmtValue(it.target, data.unit, lang) : t('tooltip.none')}</dd>
        <dt>{t('tooltip.status')}</dt>
        <dd data-testid="tooltip-status">{statusWord(h.status, h.latest?.provenance.kind, tc)}{detail ? <span className="map-tooltip-detail"> — {detail}</span> : null}</dd>
      </dl>
      {s.values.length > 1 && (
        <div className="map-tooltip-spark">
          <span>{t('tooltip.series', { from: s.years[0], to: s.years[s.years.length - 1] })}</span>
          <Sparkline years={s.years} values={s.values} year={data.year} />
          <span className="visually-hidden">{s.values.map((v) => formatNumber(v, lang, 2)).join('; ')}</span>
        </div>
      )}
    </div>
  );
}
