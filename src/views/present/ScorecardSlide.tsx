/** The scorecard on a slide: the poverty rate's columns only (a hall reads a few large columns). */
import { useTranslation } from 'react-i18next';
import type { Dataset } from '../../domain/dataset.ts';
import type { Lang } from '../../i18n/format.ts';
import { provenanceMarkLegend } from '../../ui/figureText.ts';
import { StatusBadge } from '../../ui/StatusBadge.tsx';
import { cellText, deriveScorecard, TREND_ARROW } from '../scorecard/index.ts';

export function ScorecardSlide({ ds, year, lang, rows: max }: { ds: Dataset; year: number | null; lang: Lang; rows: number }) {
  const { t } = useTranslation('scorecard');
  const { t: tp } = useTranslation('present');
  const { t: tc } = useTranslation();
  const card = deriveScorecard({ dataset: ds, year, indicators: ['poverty_rate'], lang });
  const rows = card.rows.slice(0, max + 1);
  const more = card.rows.length - rows.length;
  const marks = provenanceMarkLegend(rows.map((r) => r.cells.poverty_rate?.kind), tc);
  return (
    <table className="p-table" data-testid="p-scorecard">
      <thead>
        <tr>{(['unit', 'value', 'change', 'target', 'status', 'trend'] as const).map((c) => <th key={c} scope="col">{t(`col.${c}`)}</th>)}</tr>
      </thead>
      <tbody>
        {rows.map((r) => {
          const c = r.cells.poverty_rate;
          const x = cellText(c, lang);
          return (
            <tr key={r.code} className={r.parent ? 'p-row-parent' : undefined}>
              <th scope="row">{r.name}</th>
              <td>{x.value}</td><td>{x.change}</td><td>{x.target}</td>
              <td><StatusBadge status={c?.status ?? 'no-data'} kind={c?.kind} /></td>
              <td>{c?.trend ? <><span aria-hidden="true">{TREND_ARROW[c.trend]} </span>{t(`trend.${c.trend}`)}</> : '–'}</td>
            </tr>
          );
        })}
      </tbody>
      {(more > 0 || marks.length > 0) && (
        <tfoot><tr><td colSpan={6}>{[...(more > 0 ? [tp('more', { count: more })] : []), ...marks].join(' · ')}</td></tr></tfoot>
      )}
    </table>
  );
}
