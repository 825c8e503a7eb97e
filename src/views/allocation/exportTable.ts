/**
 * Export of the allocation table: the rows as shown (visible columns, current order and filter)
 * plus the totals row, written by the one CSV writer (src/ingest/papa.ts: writeCsv) or the one
 * XLSX writer (src/ui/export/xlsx.ts), both with the one formula-injection rule.
 */
export type CellValue = string | number | null;

export interface ExportColumn<R> {
  id: string;
  header: string;
  value: (row: R) => CellValue;
}

export function exportRows<R, T>(columns: readonly ExportColumn<R>[], rows: readonly R[], totals?: { row: T; value: (col: string, t: T) => CellValue }): CellValue[][] {
  const out: CellValue[][] = [columns.map((c) => c.header)];
  for (const r of rows) out.push(columns.map((c) => c.value(r)));
  if (totals) out.push(columns.map((c) => totals.value(c.id, totals.row)));
  return out;
}
