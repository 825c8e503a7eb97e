/** A plan's targets judged at their years: met / missed by how much, or no result yet. */
import { useTranslation } from 'react-i18next';
import type { VerdictRow } from '../../domain/status/index.ts';
import { formatNumber, formatPercent, type Lang } from '../../i18n/format.ts';
import { pp, provisional } from '../../ui/figureText.ts';

export function VerdictTable({ rows, unitName, lang }: { rows: VerdictRow[]; unitName: string; lang: Lang }) {
  const { t } = useTranslation('overview');
  const { t: tc } = useTranslation();
  return (
    <table className="verdicts" data-testid="verdict-table">
      <caption>{t('verdict.title', { unit: unitName })}</caption>
      <thead><tr>
        <th scope="col">{t('verdict.year')}</th><th scope="col">{t('verdict.target')}</th><th scope="col">{t('verdict.actual')}</th><th scope="col">{t('verdict.result')}</th>
      </tr></thead>
      <tbody>
        {rows.map((r) => (
          <tr key={`${r.target.indicator}-${r.target.year}`}>
            <th scope="row" className="nowrap">{r.target.year}</th>
            <td className="num">{formatPercent(r.target.value, lang)}</td>
            <td>
              {r.verdict ? <span className="nowrap">{formatPercent(r.verdict.actual, lang)}</span> : '–'}
              {r.verdict && r.kind && r.kind !== 'published' && <span className="verdict-kind">{tc(`provenance.${r.kind}`)}</span>}
            </td>
            <td className={r.verdict ? (r.verdict.met ? 'verdict-met' : 'verdict-missed') : ''}>
              {!r.verdict ? t('verdict.pending')
                : t(`verdict.${r.verdict.met ? 'met' : 'missed'}${r.kind === 'expected' ? 'Expected' : ''}`, {
                  by: pp(r.verdict.byPp, lang),
                  households: r.byHouseholds !== undefined ? formatNumber(r.byHouseholds, lang) : '–',
                }) + (r.kind === 'expected' ? '' : provisional(r.kind, tc))}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
