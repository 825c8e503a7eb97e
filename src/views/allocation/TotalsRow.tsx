/** Totals row: sums and household-weighted rates, with a visible check (or cross) that the units add up to the parent target. */
import { useTranslation } from 'react-i18next';
import { formatNumber, formatPercent, formatPp, type Lang } from './fmt.ts';
import type { Totals } from './model.ts';
import type { ColumnId } from './AllocationTable.tsx';

export function TotalsRow({ columns, totals, parentTargetPoor, lang }: { columns: ColumnId[]; totals: Totals; parentTargetPoor: number; lang: Lang }) {
  const { t } = useTranslation('allocation');
  const cell = (id: ColumnId) => {
    switch (id) {
      case 'unit': return t('totals');
      case 'households': return formatNumber(totals.households, lang);
      case 'baselinePoor': return formatNumber(totals.poorBaseline, lang);
      case 'baselineRate': return formatPercent(totals.baselineRate, lang);
      case 'cut': return formatNumber(totals.cut, lang);
      case 'cutPp': return formatPp(-totals.cutPp, lang);
      case 'targetPoor': return (
        <span className={totals.reconciles ? 'reconciles' : 'not-reconciles'} data-testid="totals-check">
          <span aria-hidden="true">{totals.reconciles ? '✓ ' : '✗ '}</span>
          {formatNumber(totals.targetPoor, lang)}
          <span className="visually-hidden"> — {totals.reconciles ? t('reconciles') : t('notReconciles')} ({formatNumber(parentTargetPoor, lang)})</span>
        </span>
      );
      case 'targetRate': return formatPercent(totals.targetRate, lang);
      case 'actual': return totals.actualRate === undefined ? '–' : formatPercent(totals.actualRate, lang);
      case 'gap': return totals.gap === undefined ? '–' : formatPp(totals.gap, lang);
      default: return '';
    }
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
