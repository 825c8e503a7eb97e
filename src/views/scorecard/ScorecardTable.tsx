/** The scorecard table: a header row per indicator group, one row per unit, the parent first. */
import { useTranslation } from 'react-i18next';
import { describeIndicator } from '../../domain/catalogue.ts';
import { StatusBadge } from '../../ui/StatusBadge.tsx';
import type { Lang } from '../../i18n/format.ts';
import { cellText, TREND_ARROW } from './format.ts';
import type { Scorecard, ScorecardInput, SortKey } from './scorecardData.ts';

export const COLUMNS = ['value', 'change', 'target', 'required', 'pace', 'years', 'status', 'trend'] as const;
const SORTABLE: Partial<Record<(typeof COLUMNS)[number], SortKey>> = { value: 'value', change: 'change', status: 'status' };

interface Props {
  card: Scorecard; lang: Lang; sort: ScorecardInput['sort'];
  onSort?: (indicator: string, key: SortKey) => void;
}

export function ScorecardTable({ card, lang, sort, onSort }: Props) {
  const { t } = useTranslation('scorecard');
  const s = sort ?? { indicator: card.indicators[0] ?? '', key: 'value' as const, desc: true };
  const aria = (ind: string, key: SortKey) => (s.indicator === ind && s.key === key ? (s.desc ? 'descending' : 'ascending') : undefined);
  const head = (ind: string, key: SortKey, label: string) => (
    onSort ? <button type="button" className="sc-sort" onClick={() => onSort(ind, key)} title={t('sortBy', { col: label })}>
      {label}{s.indicator === ind && s.key === key ? (s.desc ? ' ↓' : ' ↑') : ''}</button> : label
  );
  return (
    <table className="sc-table" data-testid="scorecard">
      <thead>
        <tr>
          <th scope="col" rowSpan={2} aria-sort={aria(s.indicator, 'name')}>{head(s.indicator, 'name', t('col.unit'))}</th>
          {card.indicators.map((i) => (
            <th key={i} scope="colgroup" colSpan={COLUMNS.length} className="sc-group">{describeIndicator(i).label[lang]}</th>
          ))}
        </tr>
        <tr>
          {card.indicators.flatMap((i) => COLUMNS.map((c) => {
            const key = SORTABLE[c];
            return <th key={`${i}-${c}`} scope="col" className={`sc-${c}`} aria-sort={key ? aria(i, key) : undefined}>{key ? head(i, key, t(`col.${c}`)) : t(`col.${c}`)}</th>;
          }))}
        </tr>
      </thead>
      <tbody>
        {card.rows.map((r) => (
          <tr key={r.code} className={r.parent ? 'sc-parent' : undefined} data-code={r.code}>
            <th scope="row">{r.name}</th>
            {card.indicators.flatMap((i) => {
              const c = r.cells[i];
              const x = cellText(c, lang);
              const why = c?.reason ? t(`reason.${c.reason}`) : undefined;
              return [
                <td key={`${i}-v`}>{x.value}</td>,
                <td key={`${i}-c`}>{x.change}</td>,
                <td key={`${i}-t`}>{x.target}</td>,
                <td key={`${i}-r`}>{x.required}</td>,
                <td key={`${i}-p`}>{x.pace}</td>,
                <td key={`${i}-y`} title={x.years === '∞' ? t('never') : undefined}>{x.years}</td>,
                <td key={`${i}-s`} className="sc-status" data-status={c?.status}>
                  <span className={`sc-light sc-light-${c?.status ?? 'no-data'}`} aria-hidden="true" />
                  <StatusBadge status={c?.status ?? 'no-data'} kind={c?.kind} {...(why ? { title: why } : {})} />
                  {why && <span className="sc-why">{why}</span>}
                </td>,
                <td key={`${i}-a`} className="sc-trend">
                  {c?.trend ? <span className={`sc-arrow sc-arrow-${c.trend}`}><span aria-hidden="true">{TREND_ARROW[c.trend]} </span>{t(`trend.${c.trend}`)}</span> : '–'}
                </td>,
              ];
            })}
          </tr>
        ))}
      </tbody>
      {card.rows.length === 0 && <caption>{t('empty')}</caption>}
    </table>
  );
}
