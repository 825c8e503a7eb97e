/** Export columns matching the table's columns (raw numbers, rates and pp rounded to 2 decimals as shown). */
import type { TFunction } from 'i18next';
import type { Lang } from './fmt.ts';
import type { AllocationRow, Totals } from './model.ts';
import type { ColumnId } from './AllocationTable.tsx';
import { round2, type CellValue, type ExportColumn } from './exportTable.ts';
import type { AllocationParams } from './params.ts';

export interface AllocExportColumn extends ExportColumn<AllocationRow> {
  total: (t: Totals, label: string) => CellValue;
}

export function exportColumns(ids: readonly ColumnId[], t: TFunction, _lang: Lang): AllocExportColumn[] {
  const defs: Record<ColumnId, Omit<AllocExportColumn, 'id' | 'header'>> = {
    unit: { value: (r) => r.name, total: (_t, label) => label },
    households: { value: (r) => r.households, total: (x) => x.households },
    baselinePoor: { value: (r) => r.poorBaseline, total: (x) => x.poorBaseline },
    baselineRate: { value: (r) => round2(r.baselineRate), total: (x) => round2(x.baselineRate) },
    cut: { value: (r) => r.cut, total: (x) => x.cut },
    cutPp: { value: (r) => round2(-r.cutPp), total: (x) => round2(-x.cutPp) },
    targetPoor: { value: (r) => r.targetPoor, total: (x) => x.targetPoor },
    targetRate: { value: (r) => round2(r.targetRate), total: (x) => round2(x.targetRate) },
    actual: { value: (r) => round2(r.actualRate), total: (x) => round2(x.actualRate) },
    gap: { value: (r) => round2(r.gap), total: (x) => round2(x.gap) },
    status: { value: (r) => t(`common:status.${r.status}`), total: (x) => (x.reconciles ? '✓' : '✗') },
    trend: { value: () => null, total: () => null },
  };
  const cols = ids.filter((id) => id !== 'trend').map((id) => ({ id, header: t(`allocation:columns.${id}`), ...defs[id] }));
  // The unit code helps re-import; keep it first.
  return [{ id: 'code', header: 'code', value: (r) => r.code, total: () => '' }, ...cols];
}

export function exportFileName(p: AllocationParams, ext: 'csv' | 'xlsx'): string {
  return `allocation-${p.method}-${p.base}-${p.ty}.${ext}`;
}
