/**
 * Limits on what an import may cost, checked before the expensive steps: bytes before decoding,
 * lines and line length before the CSV parser splits them, a zip's declared sizes before it is
 * inflated, and columns/rows of the grid before values are collected. A file over a limit comes
 * back as a fatal problem naming the file and the limit (never a crash or a frozen page).
 */

export interface Limits {
  /** Bytes of the file as given. Default 200 MB (the largest real district files are ~63 MB). */
  maxBytes: number;
  /** Columns of any row. */
  maxColumns: number;
  /** Characters of one CSV/TSV line. */
  maxLineChars: number;
  /** Rows of the sheet (file rows, title and note rows included). */
  maxRows: number;
  /** Sum of the declared uncompressed sizes of an XLSX's parts. */
  maxUnzippedBytes: number;
  /** Declared uncompressed / compressed size of any one XLSX part (beyond 1 MB parts). */
  maxZipRatio: number;
}

export const DEFAULT_LIMITS: Limits = {
  maxBytes: 200 * 1024 * 1024,
  maxColumns: 500,
  maxLineChars: 100_000,
  maxRows: 5_000_000,
  maxUnzippedBytes: 1024 * 1024 * 1024,
  maxZipRatio: 200,
};

export type LimitCode = 'too_large' | 'too_many_columns' | 'line_too_long' | 'too_many_rows' | 'zip_bomb';

/** Thrown by the checks; the pipeline turns it into a fatal problem with these params. */
export class LimitError extends Error {
  constructor(readonly code: LimitCode, readonly params: Record<string, string | number>) {
    super(`${code}: ${Object.entries(params).map(([k, v]) => `${k}=${v}`).join(', ')}`);
  }
}

export function limitsOf(partial?: Partial<Limits>): Limits {
  const out = { ...DEFAULT_LIMITS };
  if (partial) {
    for (const k of Object.keys(DEFAULT_LIMITS) as (keyof Limits)[]) {
      const v = partial[k];
      if (typeof v === 'number' && v > 0) out[k] = v;
    }
  }
  return out;
}

/** "63.2 MB" — neutral between vi and en (units, no decimal separator issue worth a locale). */
export function formatBytes(n: number): string {
  if (n >= 1024 * 1024) return `${Math.round((n / (1024 * 1024)) * 10) / 10} MB`;
  if (n >= 1024) return `${Math.round(n / 1024)} KB`;
  return `${n} B`;
}

export function checkSize(bytes: number, l: Limits): void {
  if (bytes > l.maxBytes) throw new LimitError('too_large', { size: formatBytes(bytes), limit: formatBytes(l.maxBytes) });
}

/** One pass over the text: number of lines and the longest line, against the limits. */
export function checkLines(text: string, l: Limits): void {
  let lines = 0;
  let start = 0;
  for (;;) {
    const nl = text.indexOf('\n', start);
    const end = nl < 0 ? text.length : nl;
    // Old Mac files end lines with CR alone: only a long stretch is split again on CR.
    if (end - start > l.maxLineChars) {
      const longest = text.slice(start, end).split('\r').reduce((m, s) => Math.max(m, s.length), 0);
      if (longest > l.maxLineChars) throw new LimitError('line_too_long', { row: lines + 1, length: longest, limit: l.maxLineChars });
    }
    lines++;
    if (lines > l.maxRows) throw new LimitError('too_many_rows', { limit: l.maxRows });
    if (nl < 0) return;
    start = nl + 1;
  }
}

export function checkGrid(grid: readonly (readonly unknown[])[], l: Limits): void {
  if (grid.length > l.maxRows) throw new LimitError('too_many_rows', { limit: l.maxRows });
  for (let r = 0; r < grid.length; r++) {
    const n = grid[r]!.length;
    if (n > l.maxColumns) throw new LimitError('too_many_columns', { row: r + 1, columns: n, limit: l.maxColumns });
  }
}

/** Column count of a JSON array of records, before they are turned into a grid. */
export function checkColumns(n: number, l: Limits): void {
  if (n > l.maxColumns) throw new LimitError('too_many_columns', { row: 1, columns: n, limit: l.maxColumns });
}

const u16 = (b: Uint8Array, i: number) => b[i]! | (b[i + 1]! << 8);
const u32 = (b: Uint8Array, i: number) => (b[i]! | (b[i + 1]! << 8) | (b[i + 2]! << 16)) + b[i + 3]! * 0x1000000;

/**
 * A zip's central directory lists each part's compressed and uncompressed size. A decompression
 * bomb declares (or, with ZIP64 markers, hides) a huge expansion: refuse it before inflating.
 * A damaged directory is left for the XLSX reader to report as unreadable. Returns the declared
 * size of each part: the directory may lie, so xlsxScan.ts counts the bytes really inflated.
 */
/** A part as the zip's central directory describes it. */
export interface ZipEntry { name: string; size: number; packed: number; method: number; offset: number }

export function checkZip(b: Uint8Array, l: Limits): Map<string, ZipEntry> {
  const declared = new Map<string, ZipEntry>();
  let eocd = -1;
  for (let i = b.length - 22; i >= Math.max(0, b.length - 22 - 65535); i--) {
    if (b[i] === 0x50 && b[i + 1] === 0x4b && b[i + 2] === 0x05 && b[i + 3] === 0x06) { eocd = i; break; }
  }
  if (eocd < 0) return declared;
  const entries = u16(b, eocd + 10);
  let p = u32(b, eocd + 16);
  let total = 0;
  for (let n = 0; n < entries && p + 46 <= b.length; n++) {
    if (u32(b, p) !== 0x02014b50) return declared;
    const packed = u32(b, p + 20);
    const size = u32(b, p + 24);
    if (size === 0xffffffff || packed === 0xffffffff) throw new LimitError('zip_bomb', { size: '> 4 GB', limit: formatBytes(l.maxUnzippedBytes) });
    total += size;
    if (size > 1024 * 1024 && size / Math.max(packed, 1) > l.maxZipRatio) {
      throw new LimitError('zip_bomb', { size: formatBytes(size), limit: `×${l.maxZipRatio}` });
    }
    if (total > l.maxUnzippedBytes) throw new LimitError('zip_bomb', { size: formatBytes(total), limit: formatBytes(l.maxUnzippedBytes) });
    const nameLength = u16(b, p + 28);
    const name = latin1(b.subarray(p + 46, p + 46 + nameLength));
    declared.set(name, { name, size, packed, method: u16(b, p + 10), offset: u32(b, p + 42) });
    p += 46 + nameLength + u16(b, p + 30) + u16(b, p + 32);
  }
  return declared;
}

function latin1(b: Uint8Array): string {
  let s = '';
  for (let i = 0; i < b.length; i++) s += String.fromCharCode(b[i]!);
  return s;
}
