/** Export columns matching the table's columns: the figures from the one description (columns.ts). */
import type { TFunction } from 'i18next';
import type { Lang } from './fmt.ts';
import type { AllocationRow, Totals } from './model.ts';
import type { ColumnId } from './AllocationTable.tsx';
import type { CellValue, ExportColumn } from './exportTable.ts';
import { exportFigure, FIGURE_COLUMNS, isFigure, type FigureColumn, type FigureId } from './columns.ts';
import type { AllocationParams } from './params.ts';

export interface AllocExportColumn extends ExportColumn<AllocationRow> {
  total: (t: Totals, label: string) => CellValue;
}

export function exportColumns(ids: readonly ColumnId[], t: TFunction, _lang: Lang): AllocExportColumn[] {
  const other: Record<Exclude<ColumnId, FigureId>, Omit<AllocExportColumn, 'id' | 'header'>> = {
    unit: { value: (r) => r.name, total: (_t, label) => label },
    status: { value: (r) => t(`common:status.${r.status}`), total: (x) => (x.reconciles ? '✓' : '✗') },
    trend: { value: () => null, total: () => null },
  };
  const def = (id: ColumnId): Omit<AllocExportColumn, 'id' | 'header'> => {
    if (!isFigure(id)) return other[id];
    const f: FigureColumn = FIGURE_COLUMNS[id];
    return { value: (r) => exportFigure(f.kind, f.row(r)), total: (x) => exportFigure(f.kind, f.total(x)) };
  };
  const cols = ids.filter((id) => id !== 'trend').map((id) => ({ id, header: t(`allocation:columns.${id}`), ...def(id) }));
  // The unit code helps re-import; keep it first.
  return [{ id: 'code', header: 'code', value: (r) => r.code, total: () => '' }, ...cols];
}

export function exportFileName(p: AllocationParams, ext: 'csv' | 'xlsx'): string {
  return `allocation-${p.method}-${p.base}-${p.ty}.${ext}`;
}
