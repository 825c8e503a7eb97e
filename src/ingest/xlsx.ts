/**
 * XLSX: our reader (xlsxRead.ts) where it covers the workbook, else read-excel-file, imported only
 * when such a workbook arrives (keeps it out of the first load).
 */
import type { Cell, Grid } from './grid.ts';
import { checkZip, DEFAULT_LIMITS, type Limits } from './limits.ts';
import { scanXlsx } from './xlsxScan.ts';
import { readBook, type Book } from './xlsxRead.ts';

export interface XlsxBook { sheets: string[]; grid: Grid; sheet: string }

export function isZip(b: Uint8Array): boolean {
  return b.length > 4 && b[0] === 0x50 && b[1] === 0x4b && b[2] === 0x03 && b[3] === 0x04;
}

function toCell(v: unknown): Cell {
  if (v === null || v === undefined) return null;
  if (typeof v === 'number') return Number.isFinite(v) ? v : null;
  if (typeof v === 'string') return v.normalize('NFC');
  if (v instanceof Date) return String(v.getUTCFullYear());
  return String(v);
}

/** First sheet, or the sheet named / numbered (1-based) by `sheet`. */
export async function readXlsx(bytes: Uint8Array, sheet?: string | number, limits: Limits = DEFAULT_LIMITS): Promise<XlsxBook> {
  // Decompression bombs are refused from the zip's directory, before anything is inflated; then
  // the parts are streamed once, counting inflated bytes and sheet rows (xlsxScan.ts), so a lying
  // directory or a sheet over the row limit is refused before the reader builds its XML tree.
  const entries = checkZip(bytes, limits);
  // Our reader first (xlsxRead.ts), when every part inflated cleanly; the library for the rest.
  const parts = await scanXlsx(bytes, entries, limits);
  const book = (parts ? await readBook(bytes, entries, parts) : null) ?? (await readReference(bytes));
  const at = typeof sheet === 'number' ? sheet - 1 : typeof sheet === 'string' ? book.sheets.indexOf(sheet) : 0;
  const grid = book.grids[at];
  if (!grid) throw new Error(`Sheet not found: ${String(sheet)}`);
  return { sheets: book.sheets, sheet: book.sheets[at]!, grid };
}

/** Every sheet as read-excel-file reads it, through toCell: what readXlsx falls back to, and the reference xlsxRead.test.ts holds our reader to. */
export async function readReference(bytes: Uint8Array): Promise<Book> {
  const { default: readXlsxFile } = await import('read-excel-file/universal');
  const all = await readXlsxFile(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer);
  return { sheets: all.map((s) => s.sheet), grids: all.map((s) => s.data.map((row) => row.map(toCell))) };
}
