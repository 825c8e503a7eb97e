/** XLSX via read-excel-file, imported only when an .xlsx arrives (keeps it out of the first load). */
import type { Cell, Grid } from './grid.ts';
import { checkZip, DEFAULT_LIMITS, type Limits } from './limits.ts';
import { scanXlsx } from './xlsxScan.ts';

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
  await scanXlsx(bytes, checkZip(bytes, limits), limits);
  const { default: readXlsxFile } = await import('read-excel-file/universal');
  const buf = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
  const all = await readXlsxFile(buf);
  const names = all.map((s) => s.sheet);
  const pick = typeof sheet === 'number' ? all[sheet - 1] : typeof sheet === 'string' ? all.find((s) => s.sheet === sheet) : all[0];
  if (!pick) throw new Error(`Sheet not found: ${String(sheet)}`);
  return { sheets: names, sheet: pick.sheet, grid: pick.data.map((row) => row.map(toCell)) };
}
