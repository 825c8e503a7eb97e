/**
 * The one XLSX writer: a header row in bold, numbers as numbers, text through the same
 * formula-injection rule as every CSV (neutralise in src/ingest/papa.ts). write-excel-file is
 * loaded only when a workbook is asked for.
 */
import { neutralise, type CsvCell } from '../../ingest/papa.ts';

export async function toXlsxBlob(rows: readonly (readonly CsvCell[])[], sheet: string): Promise<Blob> {
  const { default: writeXlsxFile } = await import('write-excel-file/browser');
  const data = rows.map((r, i) => r.map((v) => (v === null || v === undefined || (typeof v === 'number' && !Number.isFinite(v)) ? null
    : typeof v === 'number' ? { value: v, type: Number }
      : { value: neutralise(String(v)), type: String, ...(i === 0 ? { fontWeight: 'bold' as const } : {}) })));
  // Excel refuses a sheet name over 31 characters.
  return writeXlsxFile(data, { sheet: sheet.slice(0, 31) }).toBlob();
}
