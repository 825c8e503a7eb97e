/** Shares of the poor deprived, year by year, within one poverty standard only (no trend across a change). */
import { useTranslation } from 'react-i18next';
import type { ObservationTable } from '../../domain/observations.ts';
import type { DeprivationDef } from '../../domain/deprivation/lists.ts';
import { profileOf } from '../../domain/deprivation/profile.ts';
import { formatPercent, formatPp, type Lang } from '../../i18n/format.ts';

interface Props { table: ObservationTable; unit: string; years: number[]; list: readonly DeprivationDef[]; standard: string; lang: Lang }

export function ChangeTable({ table, unit, years, list, standard, lang }: Props) {
  const { t } = useTranslation('deprivation');
  const profiles = years.map((y) => profileOf(table, unit, y, list));
  return (
    <section className="dep-change card" aria-labelledby="dep-change-title">
      <h3 id="dep-change-title">{t('change', { standard })}</h3>
      {years.length < 2 ? <p>{t('changeNone')}</p> : (
        <div className="dep-heat-wrap">
          <table className="dep-change-table">
            <thead><tr><th scope="col">{t('unit')}</th>{years.map((y) => <th key={y} scope="col">{y}</th>)}<th scope="col">Δ</th></tr></thead>
            <tbody>
              {list.map((d, k) => {
                const vals = profiles.map((p) => p.cells[k]?.share ?? null);
                const first = vals.find((v) => v !== null);
                const last = [...vals].reverse().find((v) => v !== null);
                return (
                  <tr key={d.id}>
                    <th scope="row">{d.label[lang]}</th>
                    {vals.map((v, i) => <td key={years[i]} className="num">{v === null ? '–' : formatPercent(v, lang, 0)}</td>)}
                    <td className="num">{first !== undefined && last !== undefined && first !== null && last !== null ? formatPp(last - first, lang, 1) : '–'}</td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
