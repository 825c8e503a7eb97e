import { Bar, BarChart, CartesianGrid, Cell, LabelList, ReferenceLine, ResponsiveContainer, XAxis, YAxis } from 'recharts';
import { useTranslation } from 'react-i18next';
import type { OverviewData } from './overviewData.ts';
import { formatPercent, formatValue, type Lang } from '../../i18n/format.ts';
import { ChartFigure } from './ChartFigure.tsx';

interface Props { data: OverviewData; lang: Lang; indicatorLabel: string; onSelect: (code: string) => void; pending?: boolean }

const KIND_FILL = { published: '#0b4f6c', expected: '#0b4f6c', illustrative: '#6f9fb8', derived: '#3f7f9f', imported: '#0b4f6c' } as const;

export function RankedBars({ data, lang, indicatorLabel, onSelect, pending = false }: Props) {
  const { t } = useTranslation('overview');
  const { t: tc } = useTranslation();
  const { rows, total, missing, target, group } = data.compare;
  const few = (names: string[]) => (names.length > 8 ? `${names.slice(0, 8).join(', ')} … (+${names.length - 8})` : names.join(', '));
  const fmt = (v: number) => (data.isRate ? formatPercent(v, lang) : formatValue(v, data.unitLabel, lang));
  const chartRows = rows.map((r) => ({ name: r.name, code: r.code, value: r.value, kind: r.kind, selected: r.code === data.focus.code }));
  const height = Math.max(200, rows.length * 34 + 40);
  const targetText = target ? `${target.year}: ${fmt(target.value)}` : '–';
  return (
    <ChartFigure
      id="ranking"
      {...(pending ? { pending: { height } } : {})}
      title={t('compare.title', { year: data.year ?? '' })}
      caption={t('compare.caption', { indicator: indicatorLabel, year: data.year ?? '', count: rows.length, target: targetText })}
      columns={[t('table.unit'), t('table.value'), t('table.source'), t('kpi.status')]}
      rows={rows.map((r) => [r.name, fmt(r.value), tc(`provenance.${r.kind}`), tc(`status.${r.status?.status ?? r.headline.status}`)])}
    >
      <ResponsiveContainer width="100%" height={height}>
        <BarChart accessibilityLayer={false} data={chartRows} layout="vertical" margin={{ top: 28, right: 72, bottom: 8, left: 8 }}>
          <CartesianGrid horizontal={false} stroke="#e3e8ec" />
          <XAxis type="number" tickFormatter={(v: number) => (data.isRate ? formatPercent(v, lang, 0) : formatValue(v, data.unitLabel, lang))} />
          <YAxis type="category" dataKey="name" width={150} tick={{ fontSize: 12 }} interval={0} />
          <Bar dataKey="value" isAnimationActive={false} onClick={(d) => { const code = (d as { payload?: { code?: string } }).payload?.code; if (code) onSelect(code); }} cursor="pointer">
            {chartRows.map((r) => (
              <Cell key={r.code} fill={KIND_FILL[r.kind]} stroke={r.selected ? '#f4a259' : undefined} strokeWidth={r.selected ? 3 : 0} />
            ))}
            <LabelList dataKey="value" position="right" formatter={(v) => (typeof v === 'number' ? fmt(v) : '')} fontSize={12} />
          </Bar>
          {target && (
            <ReferenceLine x={target.value} stroke="#b3261e" strokeDasharray="6 4"
              label={{ value: t('trend.targetLabel', { year: target.year, value: fmt(target.value) }), position: 'top', fill: '#b3261e', fontSize: 12 }} />
          )}
        </BarChart>
      </ResponsiveContainer>
      <ul className="legend-inline">
        <li><span className="swatch" style={{ background: KIND_FILL.published }} />{tc('provenance.published')}</li>
        <li><span className="swatch" style={{ background: KIND_FILL.illustrative }} />{tc('provenance.illustrative')}</li>
      </ul>
      {total > rows.length && <p className="chart-caption" data-testid="compare-truncated">{t('compare.truncated', { shown: rows.length, total: formatValue(total, '', lang) })}</p>}
      {missing.length > 0 && <p className="chart-caption" data-testid="compare-missing">{t('compare.missing', { year: data.year ?? '', units: few(missing) })}</p>}
      {group && (
        <p className="group-rate">
          {group.ok
            ? `${t('compare.group')}: ${fmt(group.value)}`
            : tc(`groupRefused.${group.reason}`, { units: few(data.compare.groupNames) })}
        </p>
      )}
    </ChartFigure>
  );
}
