/**
 * Export of the allocation table: the rows as shown (visible columns, current order and filter)
 * plus the totals row. CSV is UTF-8 with a BOM (Excel opens Vietnamese names correctly), numbers
 * with a decimal point, and text cells that look like formulas (= + - @, tab, CR) prefixed with
 * an apostrophe so a spreadsheet never runs them. XLSX is written by write-excel-file, loaded only
 * when asked for.
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

const FORMULA = /^[=+\-@\t\r]/;

export function neutralise(s: string): string {
  return FORMULA.test(s) ? `'${s}` : s;
}

function csvCell(v: CellValue): string {
  if (v === null) return '';
  if (typeof v === 'number') return Number.isFinite(v) ? String(v) : '';
  const s = neutralise(v);
  return /[",\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

export function toCsv(rows: readonly CellValue[][]): string {
  return `\uFEFF${rows.map((r) => r.map(csvCell).join(',')).join('\r\n')}\r\n`;
}

export async function toXlsxBlob(rows: readonly CellValue[][], sheet: string): Promise<Blob> {
  const { default: writeXlsxFile } = await import('write-excel-file/browser');
  const data = rows.map((r, i) => r.map((v) => (v === null ? null
    : typeof v === 'number' ? { value: v, type: Number }
      : { value: neutralise(v), type: String, ...(i === 0 ? { fontWeight: 'bold' as const } : {}) })));
  return writeXlsxFile(data, { sheet: sheet.slice(0, 31) }).toBlob();
}

/** Round for export the way the table shows it (rates and pp to 2 decimals). */
export const round2 = (x: number | undefined): number | null => (x === undefined ? null : Math.round(x * 100) / 100);
