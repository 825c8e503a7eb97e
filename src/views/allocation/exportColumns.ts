/** Export columns matching the table's columns: the figures from the one description (columns.ts). */
import type { TFunction } from 'i18next';
import type { Lang } from './fmt.ts';
import type { AllocationRow, Totals } from './model.ts';
import type { ColumnId } from './AllocationTable.tsx';
import type { CellValue, ExportColumn } from './exportTable.ts';
import { exportFigure, FIGURE_COLUMNS, isFigure, type FigureColumn, type FigureId } from './columns.ts';
import type { AllocationParams } from './params.ts';
import type { ProvenanceKind } from '../../domain/provenance.ts';
import { statusWord } from '../../ui/StatusBadge.tsx';

export interface AllocExportColumn extends ExportColumn<AllocationRow> {
  total: (t: Totals, label: string) => CellValue;
}

export function exportColumns(ids: readonly ColumnId[], t: TFunction, _lang: Lang): AllocExportColumn[] {
  const other: Record<Exclude<ColumnId, FigureId>, Omit<AllocExportColumn, 'id' | 'header'>> = {
    unit: { value: (r) => r.name, total: (_t, label) => label },
    // The same word as the screen: on an expected figure, "Dự kiến đạt".
    status: { value: (r) => statusWord(r.status, r.statusKind, t), total: (x) => (x.reconciles ? '✓' : '✗') },
    trend: { value: () => null, total: () => null },
  };
  const def = (id: ColumnId): Omit<AllocExportColumn, 'id' | 'header'> => {
    if (!isFigure(id)) return other[id];
    const f: FigureColumn = FIGURE_COLUMNS[id];
    return { value: (r) => exportFigure(f.kind, f.row(r)), total: (x) => exportFigure(f.kind, f.total(x)) };
  };
  // A file has no marks: the actual rate's provenance is a column of its own beside it.
  const kindText = (k: ProvenanceKind | undefined) => (k ? t(`common:provenance.${k}`) : null);
  const cols = ids.filter((id) => id !== 'trend').flatMap((id) => [
    { id, header: t(`allocation:columns.${id}`), ...def(id) },
    ...(id === 'actual' ? [{ id: 'actualKind', header: t('allocation:columns.actualKind'), value: (r: AllocationRow) => kindText(r.actualKind), total: (x: Totals) => kindText(x.actualKind) }] : []),
  ]);
  // The unit code helps re-import; keep it first.
  return [{ id: 'code', header: 'code', value: (r) => r.code, total: () => '' }, ...cols];
}

export function exportFileName(p: AllocationParams, ext: 'csv' | 'xlsx'): string {
  return `allocation-${p.method}-${p.base}-${p.ty}.${ext}`;
}
