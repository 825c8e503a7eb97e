import { CartesianGrid, Line, LineChart, ReferenceLine, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { useTranslation } from 'react-i18next';
import type { TrendData } from './overviewData.ts';
import { formatPercent, formatValue, type Lang } from '../../i18n/format.ts';
import { pathAt } from '../../domain/progress.ts';
import { ChartFigure } from './ChartFigure.tsx';
import { provenanceLines } from '../../ui/figureText.ts';
import type { AxisEvent } from './trendEvents.ts';

interface Props { trend: TrendData; lang: Lang; isRate: boolean; unitLabel: string; indicatorLabel: string; pending?: boolean; events?: readonly AxisEvent[] }

const TARGET_COLOURS = ['#b3261e', '#6b3fa0', '#8a5a00'];

export function TrendChart({ trend, lang, isRate, unitLabel, indicatorLabel, pending = false, events = [] }: Props) {
  const { t } = useTranslation('overview');
  const { t: tc } = useTranslation();
  const fmt = (v: number) => (isRate ? formatPercent(v, lang) : formatValue(v, unitLabel, lang));
  const segments = [...new Set(trend.points.map((p) => p.segment))];
  // Expected figures are drawn dashed: the solid line stops at the last result and a dashed
  // segment leads from it to each expected point. One line per standard: a rate under one
  // standard is never joined to a rate under another.
  const data = trend.points.map((p, k) => {
    const expected = p.kind === 'expected';
    const next = trend.points[k + 1];
    const joinsExpected = !expected && next?.kind === 'expected' && next.segment === p.segment;
    const row: Record<string, number | string | null> = {
      year: p.year, kind: p.kind,
      expected: expected || joinsExpected ? p.value : null,
      note: p.provenance ? provenanceLines(p.provenance, tc, lang).join(' · ') : '',
    };
    for (const s of segments) row[`actual${s}`] = s === p.segment && !expected ? p.value : null;
    trend.paths.forEach((path, i) => {
      const inside = p.year >= path.line.from.year && p.year <= path.line.to.year;
      row[`path${i}`] = inside ? pathAt(path.line, p.year) : null;
    });
    return row;
  });
  // A target's label goes to the end of the chart where the observed line is farthest from it,
  // so it never sits on a data point (at the right end the latest point is often near the target).
  const observed = trend.points.filter((p) => p.value !== null);
  const labelSide = (v: number): 'insideTopLeft' | 'insideTopRight' => {
    const first = observed[0]?.value; const last = observed[observed.length - 1]?.value;
    if (first == null || last == null) return 'insideTopRight';
    return Math.abs(first - v) > Math.abs(last - v) ? 'insideTopLeft' : 'insideTopRight';
  };
  // Never a broken sentence: an empty series says so.
  const series = trend.points.filter((p) => p.value !== null).map((p) => `${p.year}: ${fmt(p.value!)}`).join('; ') || tc('noData');
  const targetsText = trend.targets.length
    ? t('trend.targets', { list: trend.targets.map((tg) => `${tg.year}: ${fmt(tg.value)}`).join('; ') })
    : t('trend.noTargets');
  const hasExpected = trend.points.some((p) => p.kind === 'expected' && p.value !== null);
  const hasIllustrative = trend.points.some((p) => p.kind === 'illustrative' && p.value !== null);
  const rows = trend.points.map((p) => [p.year, p.value === null ? '–' : fmt(p.value), p.provenance ? provenanceLines(p.provenance, tc, lang).join(' · ') : '',
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
      <ResponsiveContainer width="100%" height={320}>
        <LineChart accessibilityLayer={false} data={data} margin={{ top: 24, right: 24, bottom: 8, left: 8 }}>
          <CartesianGrid strokeDasharray="3 3" stroke="#d7dde3" />
          <XAxis dataKey="year" type="number" domain={trend.years} allowDecimals={false} tickCount={trend.years[1] - trend.years[0] + 1} />
          <YAxis tickFormatter={(v: number) => (isRate ? formatPercent(v, lang, 1) : formatValue(v, unitLabel, lang))} width={64} domain={[0, 'auto']} />
          <Tooltip
            formatter={(v, name, item) => {
              const note = (item as { payload?: { note?: string } }).payload?.note;
              const text = typeof v === 'number' ? fmt(v) : String(v);
              return (name === t('trend.actual') || name === tc('provenance.expected')) && note ? `${text} (${note})` : text;
            }}
            labelFormatter={(l) => `${t('table.year')} ${String(l)}`} />
          {trend.targets.map((tg, i) => (
            <ReferenceLine key={tg.year} y={tg.value} stroke={TARGET_COLOURS[i % 3]} strokeDasharray="6 4"
              label={{ value: t('trend.targetLabel', { year: tg.year, value: fmt(tg.value) }), position: labelSide(tg.value), fill: TARGET_COLOURS[i % 3], fontSize: 13 }} />
          ))}
          {/* Events are numbered on the chart and named in the key below (long names would collide). */}
          {events.map((e, i) => (
            <ReferenceLine key={e.id} x={e.x} stroke="#5b6b77" strokeDasharray="2 4" label={{ value: String(i + 1), position: 'top', fill: '#37454f', fontSize: 12 }} />
          ))}
          {trend.paths.map((p, i) => (
            <Line key={`path${i}`} dataKey={`path${i}`} name={`${t('trend.path')} ${p.target.year}`} stroke={TARGET_COLOURS[i % 3]}
              strokeOpacity={0.6} strokeDasharray="2 4" dot={false} connectNulls isAnimationActive={false} />
          ))}
          {trend.breaks.map((b) => (
            <ReferenceLine key={`${b.kind}${b.after}`} x={b.after + 0.5} stroke={b.kind === 'standard' ? '#5b2a86' : '#5f6b76'} strokeDasharray={b.kind === 'standard' ? undefined : '2 3'}
              // Inside the plot: the event numbers above it may sit on the same x (the 2025 reform).
              label={{ value: `${b.after}|${b.after + 1}`, position: 'insideTop', fill: b.kind === 'standard' ? '#5b2a86' : '#47525c', fontSize: 12 }} />
          ))}
          {segments.map((s) => (
            <Line key={`actual${s}`} dataKey={`actual${s}`} name={t('trend.actual')} stroke="#0b4f6c" strokeWidth={3} isAnimationActive={false} connectNulls={false}
              legendType={s === segments[0] ? 'line' : 'none'}
              dot={(d: { cx?: number; cy?: number; index?: number; value?: unknown }) => {
                const kind = trend.points[d.index ?? -1]?.kind;
                if (typeof d.value !== 'number' || d.cy === undefined || Number.isNaN(d.cy)) return <g key={`d${s}-${d.index}`} />;
                return <circle key={`d${s}-${d.index}`} cx={d.cx} cy={d.cy} r={4} fill={kind === 'illustrative' ? '#fff' : '#0b4f6c'} stroke="#0b4f6c" strokeWidth={2} />;
              }} />
          ))}
          {hasExpected && (
            <Line dataKey="expected" name={tc('provenance.expected')} stroke="#0b4f6c" strokeWidth={3} strokeDasharray="7 5" isAnimationActive={false} connectNulls={false}
              dot={(d: { cx?: number; cy?: number; index?: number; value?: unknown }) => (trend.points[d.index ?? -1]?.kind === 'expected' && typeof d.value === 'number'
                ? <circle key={`e${d.index}`} cx={d.cx} cy={d.cy} r={5} fill="#fff" stroke="#0b4f6c" strokeWidth={2} strokeDasharray="3 2" />
                : <g key={`e${d.index}`} />)} />
          )}
        </LineChart>
      </ResponsiveContainer>
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
            {b.kind === 'standard' ? t('trend.breakStandardNote', { after: b.after, next: b.after + 1, from: b.from, to: b.to }) : t('trend.breakUnitsNote', { after: b.after, next: b.after + 1, from: b.from, to: b.to })}
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
