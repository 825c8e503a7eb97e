import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { TrendData } from './overviewData.ts';
import { formatPercent, formatValue, type Lang } from '../../i18n/format.ts';
import { pathAt } from '../../domain/progress.ts';
import { ChartFigure } from './ChartFigure.tsx';
import { provenanceLines } from '../../ui/figureText.ts';
import type { AxisEvent } from './trendEvents.ts';
import { TrendPlot } from './TrendPlot.tsx';
import { TARGET_COLOURS } from './trendLayout.ts';
import './overview.css';

interface Props { trend: TrendData; lang: Lang; isRate: boolean; unitLabel: string; indicatorLabel: string; pending?: boolean; events?: readonly AxisEvent[] }

const NO_EVENTS: readonly AxisEvent[] = [];

export function TrendChart({ trend, lang, isRate, unitLabel, indicatorLabel, pending = false, events = NO_EVENTS }: Props) {
  const { t } = useTranslation('overview');
  const { t: tc } = useTranslation();
  const fmt = (v: number) => (isRate ? formatPercent(v, lang) : formatValue(v, unitLabel, lang));
  const note = (k: number) => {
    const p = trend.points[k]?.provenance;
    return p ? provenanceLines(p, tc, lang).join(' · ') : '';
  };
  // Same strings for the same trend: the layout (label placement) is kept between hovers.
  const targetLabels = useMemo(() => trend.targets.map((tg) => t('trend.targetLabel', {
    year: tg.year, value: isRate ? formatPercent(tg.value, lang) : formatValue(tg.value, unitLabel, lang),
  })), [trend, lang, isRate, unitLabel, t]);
  // The tooltip names each figure at the year: the value with its provenance, the target, the required paths.
  const describe = (year: number) => {
    const k = trend.points.findIndex((p) => p.year === year);
    const p = trend.points[k];
    const lines: string[] = [];
    if (p && p.value !== null) {
      const n = note(k);
      // An expected figure's note already starts with "Expected figure (not a result)".
      const name = p.kind === 'expected' && n ? '' : `${p.kind === 'expected' ? tc('provenance.expected') : t('trend.actual')}: `;
      lines.push(`${name}${fmt(p.value)}${n ? ` (${n})` : ''}`);
    }
    const tg = trend.targets.find((x) => x.year === year);
    if (tg) lines.push(`${tc('target')}: ${fmt(tg.value)}`);
    trend.paths.forEach((path) => {
      if (year >= path.line.from.year && year <= path.line.to.year) lines.push(`${t('trend.path')} ${path.target.year}: ${fmt(pathAt(path.line, year))}`);
    });
    if (!lines.length) lines.push(tc('noData'));
    return { label: `${t('table.year')} ${year}`, lines };
  };
  const tickText = (v: number) => (isRate ? formatPercent(v, lang, 1) : formatValue(v, unitLabel, lang));
  // Never a broken sentence: an empty series says so.
  const series = trend.points.filter((p) => p.value !== null).map((p) => `${p.year}: ${fmt(p.value!)}`).join('; ') || tc('noData');
  const targetsText = trend.targets.length
    ? t('trend.targets', { list: trend.targets.map((tg) => `${tg.year}: ${fmt(tg.value)}`).join('; ') })
    : t('trend.noTargets');
  const hasExpected = trend.points.some((p) => p.kind === 'expected' && p.value !== null);
  const hasIllustrative = trend.points.some((p) => p.kind === 'illustrative' && p.value !== null);
  const breakNote = (b: TrendData['breaks'][number]) => (b.kind === 'standard'
    ? t('trend.breakStandardNote', { after: b.after, next: b.after + 1, from: b.from, to: b.to })
    : t('trend.breakUnitsNote', { after: b.after, next: b.after + 1, from: b.from, to: b.to }));
  // The key is hidden from assistive technology with the chart: the table marks each break at its first year after it.
  const rows = trend.points.map((p, k) => [p.year, p.value === null ? '–' : fmt(p.value),
    [...trend.breaks.filter((b) => b.after + 1 === p.year).map(breakNote), note(k)].filter(Boolean).join(' · '),
    trend.targets.find((tg) => tg.year === p.year) ? fmt(trend.targets.find((tg) => tg.year === p.year)!.value) : '']);

  return (
    <ChartFigure
      id="trend"
      {...(pending ? { pending: { height: 320 } } : {})}
      title={t('trend.title', { unit: trend.unitName, indicator: lang === 'vi' ? indicatorLabel.toLocaleLowerCase('vi') : indicatorLabel })}
      caption={t('trend.caption', { unit: trend.unitName, indicator: indicatorLabel.toLocaleLowerCase(lang), series, targets: targetsText })}
      columns={[t('table.year'), t('table.value'), t('table.source'), tc('target')]}
      rows={rows}
    >
      <TrendPlot trend={trend} height={320} tickText={tickText} targetLabels={targetLabels} events={events} describe={describe} />
      <ul className="legend-inline">
        <li><span className="swatch swatch-line" style={{ background: '#0b4f6c' }} />{t('trend.actual')}</li>
        {hasExpected && <li><span className="swatch swatch-dash" style={{ borderColor: '#0b4f6c' }} />{tc('truth.legendExpected')}</li>}
        {hasIllustrative && <li><span className="swatch swatch-hollow" />{tc('provenance.illustrative')}</li>}
        {/* The key draws each line as it is drawn: targets dashed, paths dotted and lighter. */}
        {trend.targets.map((tg, i) => (
          <li key={`t${tg.year}`}><span className="swatch swatch-dash" style={{ borderColor: TARGET_COLOURS[i % 3] }} />{tc('target')} {tg.year}</li>
        ))}
        {trend.paths.map((p, i) => (
          <li key={`p${i}`}><span className="swatch swatch-dash" style={{ borderColor: TARGET_COLOURS[i % 3], borderTopStyle: 'dotted', opacity: 0.6 }} />{t('trend.path')} → {p.target.year}</li>
        ))}
        {trend.breaks.map((b) => (
          <li key={`${b.kind}${b.after}`} data-testid={`trend-break-${b.kind}`}>
            <span className="swatch swatch-break" aria-hidden="true" />
            {breakNote(b)}
          </li>
        ))}
      </ul>
      {events.length > 0 && (
        <ol className="legend-inline trend-events" data-testid="trend-events" aria-label={tc('events')}>
          {events.map((e, i) => <li key={e.id}><strong>{i + 1}</strong> {e.label} ({e.when})</li>)}
        </ol>
      )}
    </ChartFigure>
  );
}
