/** The heat table: the parent first, then the units, sortable by any column header. */
import { useTranslation } from 'react-i18next';
import { interpolateYlOrRd } from 'd3-scale-chromatic';
import type { HeatMeasure, HeatSort, HeatTable as Heat } from '../../domain/deprivation/heat.ts';
import { cellValue } from '../../domain/deprivation/heat.ts';
import { formatNumber, formatPercent, type Lang } from '../../i18n/format.ts';
import { textOn } from '../../ui/contrast.ts';

interface Props { heat: Heat; measure: HeatMeasure; sort: HeatSort; onSort: (s: HeatSort) => void; selected: string | null; onSelect: (code: string) => void; lang: Lang }

export function fmtMeasure(v: number | null, m: HeatMeasure, lang: Lang): string {
  if (v === null) return '–';
  return m === 'count' ? formatNumber(v, lang) : formatPercent(v, lang, 0);
}

function colour(v: number | null, max: number): { background?: string; color?: string } {
  if (v === null || max <= 0) return {};
  const k = Math.min(1, v / max);
  const background = interpolateYlOrRd(0.05 + 0.85 * k);
  // Black or white by measured contrast (≥ 4.5:1 on every tone; white failed on the oranges).
  return { background, color: textOn(background) };
}

export function HeatTable({ heat, measure, sort, onSort, selected, onSelect, lang }: Props) {
  const { t } = useTranslation('deprivation');
  const head = (by: HeatSort['by'], label: string, title?: string, className?: string) => {
    const active = sort.by === by;
    return (
      <th key={by} scope="col" className={className} aria-sort={active ? (sort.desc ? 'descending' : 'ascending') : 'none'} title={title}>
        <button type="button" onClick={() => onSort({ by, desc: active ? !sort.desc : by !== 'name' })} aria-label={t('sortBy', { column: label })}>
          {label}{active ? (sort.desc ? ' ▼' : ' ▲') : ''}
        </button>
      </th>
    );
  };
  return (
    <figure className="dep-heat-figure">
      <figcaption id="dep-heat-title" className="dep-heat-title">{t('heat', { year: heat.year })} — {t(`measures.${measure}`)}</figcaption>
      <div className="dep-heat-wrap">
      <table className="dep-heat" data-testid="dep-heat" aria-labelledby="dep-heat-title">
        <thead>
          <tr>
            {head('name', t('unit'))}
            {head('poor', t('poor'))}
            {heat.list.map((d) => head(d.id, d.label[lang], d.cutoff[lang], 'dep-col'))}
          </tr>
        </thead>
        <tbody>
          {heat.rows.map((r) => (
            <tr key={r.code} className={`${r.isParent ? 'dep-parent' : ''}${r.code === selected ? ' dep-selected' : ''}`} aria-selected={r.code === selected}>
              <th scope="row">
                <button type="button" className="linklike" onClick={() => onSelect(r.code)}>{r.name}{r.isParent ? ` ${t('parent')}` : ''}</button>
              </th>
              <td className="num">{r.profile.poor === null ? '–' : formatNumber(r.profile.poor, lang)}</td>
              {heat.list.map((d) => {
                const v = cellValue(r.profile, d.id, measure);
                return <td key={d.id} className="num" style={colour(v, heat.max)}>{fmtMeasure(v, measure, lang)}</td>;
              })}
            </tr>
          ))}
        </tbody>
      </table>
      </div>
    </figure>
  );
}
