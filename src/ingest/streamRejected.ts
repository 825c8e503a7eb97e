/**
 * The rows the checks reject, as the report lists them (pipeline.ts): each row's cells, read again
 * from the file's bytes, and the codes of its errors. A file with errors is read twice, which costs
 * far less than the full pipeline's one read of it.
 */
import type { Encoding } from './decode.ts';
import type { Issue } from './issues.ts';
import type { IngestResult } from './types.ts';
import { bail, ChunkReader } from './streamDecode.ts';
import { BAD, RowView, scanRows } from './streamScan.ts';

/** File rows (1-based) with an error. */
export function rejectedRows(issues: readonly Issue[]): Set<number> {
  return new Set(issues.filter((i) => i.severity === 'error' && i.row > 0).map((i) => i.row));
}

export function rejectedOf(rows: Set<number>, issues: readonly Issue[], bytes: Uint8Array, encoding: Encoding, delim: number, step: number): IngestResult['rejected'] {
  const reasons = new Map<number, string[]>();
  for (const i of issues) {
    if (i.severity !== 'error' || i.row <= 0) continue;
    const list = reasons.get(i.row);
    if (list) list.push(i.code);
    else reasons.set(i.row, [i.code]);
  }
  const cells = cellsOf(rows, bytes, encoding, delim, step);
  return [...rows].sort((a, b) => a - b).map((row) => ({ row, cells: cells.get(row) ?? [], reasons: reasons.get(row) ?? [] }));
}

/** The cells of the given file rows, as the first read saw them (NFC). */
function cellsOf(rows: Set<number>, bytes: Uint8Array, encoding: Encoding, delim: number, step: number): Map<number, string[]> {
  const out = new Map<number, string[]>();
  const reader = new ChunkReader(bytes, encoding);
  const view = new RowView();
  view.nfc = !reader.composed;
  let row = 0;
  const onRow = (r: RowView) => {
    row++;
    if (rows.has(row)) out.set(row, Array.from({ length: r.n }, (_, i) => r.field(i)));
    return out.size < rows.size;
  };
  let carry = '';
  while (!reader.done && out.size < rows.size) {
    const text = reader.next(step, carry);
    const end = scanRows(text, delim, reader.done, view, onRow);
    if (end === BAD) { if (out.size < rows.size) bail('scan'); break; }
    carry = text.slice(end);
  }
  return out;
}

/** The accepted values not on a rejected row (pipeline.ts leaves those out of the table). */
export function acceptedWithout(a: { i: Int32Array; unit: Int32Array; n: number }, rows: Set<number>, fileRow: Int32Array, rowOf: Int32Array): { i: Int32Array; unit: Int32Array; n: number } {
  const i = new Int32Array(a.n);
  const unit = new Int32Array(a.n);
  let n = 0;
  for (let k = 0; k < a.n; k++) {
    const x = a.i[k]!;
    if (rows.has(fileRow[rowOf[x]!]!)) continue;
    i[n] = x;
    unit[n++] = a.unit[k]!;
  }
  return { i, unit, n };
}
