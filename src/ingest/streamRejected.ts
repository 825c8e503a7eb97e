/**
 * The rows the checks reject, as the report lists them (pipeline.ts): each row's cells, read again
 * from the file's bytes, and the codes of its errors.
 */
import type { Encoding } from './decode.ts';
import { errorCodesByRow, type Issue } from './issues.ts';
import type { IngestResult } from './types.ts';
import { bail, ChunkReader } from './streamDecode.ts';
import { BAD, RowView, scanRows } from './streamScan.ts';

export function rejectedOf(rows: Set<number>, issues: readonly Issue[], bytes: Uint8Array, encoding: Encoding, delim: number): IngestResult['rejected'] {
  const reasons = errorCodesByRow(issues);
  const cells = cellsOf(rows, bytes, encoding, delim);
  return [...rows].sort((a, b) => a - b).map((row) => ({ row, cells: cells.get(row) ?? [], reasons: reasons.get(row) ?? [] }));
}

/**
 * The cells of the given file rows, as the first read saw them (NFC). Rows are found in the bytes
 * (a line feed outside quotes ends one: in these encodings bytes 10 and 34 are only those
 * characters), and only those rows are decoded and split.
 */
function cellsOf(rows: Set<number>, bytes: Uint8Array, encoding: Encoding, delim: number): Map<number, string[]> {
  // In UTF-16 a byte 10 or 34 is not always a line feed or a quote: the whole text is read again.
  if (encoding === 'utf-16le' || encoding === 'utf-16be') return cellsByScan(rows, bytes, encoding, delim);
  const want = [...rows].sort((a, b) => a - b);
  const out = new Map<number, string[]>();
  const ends = new RowEnds(bytes);
  let pos = 0;
  for (let row = 1, w = 0; w < want.length && pos <= bytes.length; row++) {
    const end = ends.after(pos);
    if (row === want[w]) { out.set(row, cellsOfRow(bytes.subarray(pos, end), encoding, delim)); w++; }
    pos = end + 1;
  }
  return out;
}

/** Where each row ends, moving forward through the bytes (the next quote kept, not searched again per row). */
class RowEnds {
  private nextQuote: number;
  constructor(private readonly b: Uint8Array) { this.nextQuote = b.indexOf(34); }

  /** The line feed ending the row that starts at `from` (or the end of the bytes). */
  after(from: number): number {
    const b = this.b;
    let quoted = false;
    for (let at = from; ;) {
      const nl = b.indexOf(10, at);
      const stop = nl < 0 ? b.length : nl;
      while (this.nextQuote >= 0 && this.nextQuote < stop) { quoted = !quoted; this.nextQuote = b.indexOf(34, this.nextQuote + 1); }
      if (!quoted || nl < 0) return stop;
      at = nl + 1;
    }
  }
}

function cellsByScan(rows: Set<number>, bytes: Uint8Array, encoding: Encoding, delim: number): Map<number, string[]> {
  const out = new Map<number, string[]>();
  const reader = new ChunkReader(bytes, encoding);
  const view = new RowView();
  view.nfc = !reader.composed;
  let row = 0;
  scanRows(reader.next(bytes.length), delim, true, view, (r) => {
    if (rows.has(++row)) out.set(row, Array.from({ length: r.n }, (_, i) => r.field(i)));
    return true;
  });
  return out;
}

function cellsOfRow(bytes: Uint8Array, encoding: Encoding, delim: number): string[] {
  const reader = new ChunkReader(bytes, encoding);
  const view = new RowView();
  view.nfc = !reader.composed;
  let cells: string[] = [];
  const text = reader.next(bytes.length);
  if (scanRows(text, delim, true, view, (r) => { cells = Array.from({ length: r.n }, (_, i) => r.field(i)); return false; }) === BAD && !cells.length) bail('scan');
  return cells;
}
