/** Totals row (figures from the one description, columns.ts): sums and household-weighted rates, with a visible check (or cross) that the units add up to the parent target. */
import { useTranslation } from 'react-i18next';
import { formatNumber, type Lang } from './fmt.ts';
import { FIGURE_COLUMNS, isFigure, showFigure, type FigureColumn } from './columns.ts';
import type { Totals } from './model.ts';
import type { ColumnId } from './AllocationTable.tsx';

export function TotalsRow({ columns, totals, parentTargetPoor, lang }: { columns: ColumnId[]; totals: Totals; parentTargetPoor: number; lang: Lang }) {
  const { t } = useTranslation('allocation');
  const cell = (id: ColumnId) => {
    if (id === 'unit') return t('totals');
    if (id === 'targetPoor') return (
      <span className={totals.reconciles ? 'reconciles' : 'not-reconciles'} data-testid="totals-check">
        <span aria-hidden="true">{totals.reconciles ? '✓ ' : '✗ '}</span>
        {formatNumber(totals.targetPoor, lang)}
        <span className="visually-hidden"> — {totals.reconciles ? t('reconciles') : t('notReconciles')} ({formatNumber(parentTargetPoor, lang)})</span>
      </span>
    );
    if (!isFigure(id)) return '';
    const f: FigureColumn = FIGURE_COLUMNS[id];
    return showFigure(f.kind, f.total(totals), lang, f.prov?.total(totals));
  };
  return (
    <tr className="alloc-totals" title={totals.reconciles ? t('reconciles') : t('notReconciles')}>
      {columns.map((id) => {
        const Tag = id === 'unit' ? 'th' : 'td';
        return <Tag key={id} {...(Tag === 'th' ? { scope: 'row' } : {})} className={id !== 'unit' && id !== 'status' && id !== 'trend' ? 'num' : undefined} data-col={id}>{cell(id)}</Tag>;
      })}
    </tr>
  );
}
