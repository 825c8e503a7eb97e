import { useTranslation } from 'react-i18next';
import type { OverviewData } from './overviewData.ts';
import { formatPercent, formatValue, type Lang } from '../../i18n/format.ts';
import { ChartFigure } from './ChartFigure.tsx';
import { RankingSvg } from './RankingSvg.tsx';
import { statusWord } from '../../ui/StatusBadge.tsx';
import { PROV_MARK, groupKindText, provenanceLines } from '../../ui/figureText.ts';

interface Props { data: OverviewData; lang: Lang; indicatorLabel: string; onSelect: (code: string) => void; pending?: boolean }

/** Bars are coloured by status (the one status engine); provenance is a pattern: pale = illustrative, dashed outline = expected. */
export const STATUS_FILL = { achieved: '#1b6e3a', 'on-track': '#0b5a7a', 'at-risk': '#b07400', 'off-track': '#b3261e', 'no-data': '#7a8791', 'no-target': '#7a8791' } as const;
type StatusKey = keyof typeof STATUS_FILL;

export function RankedBars({ data, lang, indicatorLabel, onSelect, pending = false }: Props) {
  const { t } = useTranslation('overview');
  const { t: tc } = useTranslation();
  const { rows, total, missing, target, group } = data.compare;
  const few = (names: string[]) => (names.length > 8 ? `${names.slice(0, 8).join(', ')} … (+${names.length - 8})` : names.join(', '));
  const fmt = (v: number) => (data.isRate ? formatPercent(v, lang) : formatValue(v, data.unitLabel, lang));
  const statusKey = (r: (typeof rows)[number]): StatusKey => (r.status?.status ?? r.headline.status) as StatusKey;
  const chartRows = rows.map((r) => ({
    name: r.provenance.asReported !== undefined ? `⚠ ${r.name}` : r.name, code: r.code, value: r.value, kind: r.kind,
    status: statusKey(r), selected: r.code === data.focus.code,
    // Provenance is also a mark in the value label (never colour or paleness alone, 1.4.1).
    valueText: `${fmt(r.value)}${PROV_MARK[r.kind] ?? ''}`,
  }));
  const kinds = new Set(rows.map((r) => r.kind));
  const statuses = [...new Set(chartRows.map((r) => r.status))];
  const ownMarks = rows.filter((r) => r.target);
  const height = Math.max(200, rows.length * 34 + 40);
  const targetText = target ? `${target.year}: ${fmt(target.value)}` : '–';
  return (
    <ChartFigure
      id="ranking"
      {...(pending ? { pending: { height } } : {})}
      title={t('compare.title', { year: data.year ?? '' })}
      caption={t('compare.caption', { indicator: indicatorLabel, year: data.year ?? '', count: rows.length, target: targetText })}
      columns={[t('table.unit'), t('table.value'), t('table.source'), t('kpi.status'), t('table.target')]}
      rows={rows.map((r) => [r.name, fmt(r.value), provenanceLines(r.provenance, tc, lang).join(' · '), statusWord(statusKey(r), r.kind, tc),
        r.target ? `${fmt(r.target.value)} (${r.target.year})${r.target.source.kind === 'allocation' ? ` · ${t('table.share')}` : ''}` : '–'])}
    >
      <RankingSvg height={height} onSelect={onSelect}
        tickText={(v) => (data.isRate ? formatPercent(v, lang, 0) : formatValue(v, data.unitLabel, lang))}
        {...(target ? { target: { value: target.value, label: t('trend.targetLabel', { year: target.year, value: fmt(target.value) }) } } : {})}
        bars={chartRows.map((r, i) => ({
          code: r.code, name: r.name, value: r.value, valueText: r.valueText, fill: STATUS_FILL[r.status],
          pale: r.kind === 'illustrative', dashed: r.kind === 'expected', selected: r.selected,
          ...(rows[i]!.target ? { ownTarget: rows[i]!.target!.value } : {}),
        }))} />
      <ul className="legend-inline" data-testid="ranking-legend">
        {statuses.map((st) => <li key={st}><span className="swatch" style={{ background: STATUS_FILL[st] }} />{tc(`status.${st}`)}</li>)}
        {kinds.has('illustrative') && <li><span className="swatch" style={{ background: STATUS_FILL['on-track'], opacity: 0.45 }} />*{' '}{tc('truth.legendIllustrative')}</li>}
        {kinds.has('expected') && <li><span className="swatch swatch-dashed" />†{' '}{tc('truth.legendExpected')}</li>}
        {ownMarks.length > 0 && <li><span className="swatch swatch-tick" />{tc('truth.legendOwnTarget')}</li>}
        {rows.some((r) => r.provenance.asReported !== undefined) && <li>⚠ {tc('truth.flag')}</li>}
      </ul>
      {data.compare.shareGap !== 0 && data.compare.ownTargets.length > 0 && (
        <p className="chart-caption" data-testid="share-gap">{tc('truth.shareGap', {
          units: data.compare.ownTargets.map((c) => rows.find((r) => r.code === c)?.name ?? c).join(', '),
          count: formatValue(Math.abs(data.compare.shareGap), '', lang),
        })}</p>
      )}
      {total > rows.length && <p className="chart-caption" data-testid="compare-truncated">{t('compare.truncated', { shown: rows.length, total: formatValue(total, '', lang) })}</p>}
      {missing.length > 0 && <p className="chart-caption" data-testid="compare-missing">{t('compare.missing', { year: data.year ?? '', units: few(missing) })}</p>}
      {group && (
        <p className="group-rate">
          {group.ok
            ? `${t('compare.group')}: ${fmt(group.value)}${groupKindText(group.kind, tc)}`
            : tc(`groupRefused.${group.reason}`, { units: few(data.compare.groupNames) })}
        </p>
      )}
    </ChartFigure>
  );
}
