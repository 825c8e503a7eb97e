/**
 * scanRows (streamScan.ts) over the bytes of a one-byte code page (Windows-1258, 1252), without
 * decoding them first: every byte is one character, and the ones the scanner looks for (quote,
 * delimiter, CR, LF) are ASCII in both. Offsets are into the bytes; a quoted field is unescaped
 * into text as scanRows does, the rest become text only when a cell is asked for (RowView.cell).
 */
import { BAD, type OneByte, type RowView } from './streamScan.ts';

/**
 * Calls `onRow` for every complete row of bytes[from, to) and returns where the unfinished last row
 * starts (`to` when all was read), or BAD; as scanRows, with `final` the end ends the row.
 */
export function scanBytes(bytes: Uint8Array, from: number, to: number, delim: number, final: boolean, code: OneByte, row: RowView, onRow: (row: RowView) => boolean): number {
  if (row.bytes !== bytes || row.oneByte !== code) { row.bytes = bytes; row.oneByte = code; row.text = ''; row.textAt = 0; }
  const n = to;
  let i = from;
  while (i < n) {
    const rowStart = i;
    let f = 0;
    row.quoted = false;
    for (;;) {
      if (f >= row.start.length) row.grow();
      let c = i < n ? bytes[i]! : -1;
      if (c === 34) {
        let j = i + 1;
        let seg = j;
        let out = '';
        for (;;) {
          const q = bytes.indexOf(34, j);
          if (q < 0 || q >= n) return final ? BAD : rowStart;
          if (q + 1 >= n && !final) return rowStart;
          if (q + 1 < n && bytes[q + 1] === 34) { out += code.decode(bytes.subarray(seg, q + 1)); j = q + 2; seg = j; continue; }
          out += code.decode(bytes.subarray(seg, q));
          i = q + 1;
          break;
        }
        row.unq[f] = out;
        row.quoted = true;
        row.start[f] = i;
        row.end[f] = i;
        c = i < n ? bytes[i]! : -1;
        if (c !== delim && c !== 10 && c !== 13 && c !== -1) return BAD;
      } else {
        let j = i;
        while (j < n) {
          c = bytes[j]!;
          if (c === delim || c === 10 || c === 13) break;
          j++;
        }
        if (j >= n) c = -1;
        row.start[f] = i;
        row.end[f] = j;
        row.unq[f] = null;
        i = j;
      }
      f++;
      if (c === delim) { i++; continue; }
      if (c === 10) { i++; break; }
      if (c === 13) {
        if (i + 1 < n) {
          if (bytes[i + 1] !== 10) return BAD;
          i += 2;
          break;
        }
        if (!final) return rowStart;
        i++;
        break;
      }
      if (!final) return rowStart;
      break;
    }
    row.n = f;
    if (!onRow(row)) return BAD;
  }
  return n;
}
