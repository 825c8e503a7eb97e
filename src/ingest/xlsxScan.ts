/**
 * A workbook is checked while it streams, before any XML reader holds it: every part is inflated
 * in small chunks (fflate) and thrown away, counting the bytes really inflated (the zip directory
 * can under-declare: a part that inflates past its declared size, or a total past the limit, is
 * refused at once) and the rows of every worksheet (`<row` tags) against the row limit. A 42 MB
 * workbook of 5.2 million one-cell rows is refused in seconds with the row-limit message and a
 * few megabytes of memory, instead of being parsed into a DOM first.
 */
import { formatBytes, LimitError, type Limits } from './limits.ts';

const CHUNK = 1 << 16;
const SHEET = /^xl\/worksheets\/[^/]+\.xml$/i;

/** Counts `<row` start tags (with or without a namespace prefix) across chunk boundaries. */
export class RowCounter {
  rows = 0;
  private tail = new Uint8Array(0);

  push(chunk: Uint8Array, final: boolean): number {
    const b = this.tail.length ? concat(this.tail, chunk) : chunk;
    // A tag can straddle chunks: the last bytes are looked at again with the next chunk.
    const stop = final ? b.length : Math.max(0, b.length - 32);
    for (let i = b.indexOf(0x3c); i >= 0 && i < stop; i = b.indexOf(0x3c, i + 1)) {
      let j = i + 1;
      // An optional prefix such as "x:".
      let k = j;
      while (k < b.length && k - j < 16 && isNameByte(b[k]!)) k++;
      if (b[k] === 0x3a) j = k + 1;
      if (b[j] === 0x72 && b[j + 1] === 0x6f && b[j + 2] === 0x77 && isTagEnd(b[j + 3])) this.rows++;
    }
    this.tail = final ? new Uint8Array(0) : b.slice(stop);
    return this.rows;
  }
}

const isNameByte = (c: number) => (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a) || (c >= 0x30 && c <= 0x39);
const isTagEnd = (c: number | undefined) => c === 0x20 || c === 0x3e || c === 0x2f || c === 0x09 || c === 0x0a || c === 0x0d;

function concat(a: Uint8Array, b: Uint8Array): Uint8Array {
  const out = new Uint8Array(a.length + b.length);
  out.set(a, 0);
  out.set(b, a.length);
  return out;
}

/** Throws a LimitError (too_many_rows, zip_bomb) as soon as the stream crosses a limit. */
export async function scanXlsx(bytes: Uint8Array, declared: Map<string, number>, l: Limits): Promise<void> {
  const { Unzip, UnzipInflate } = await import('fflate');
  let total = 0;
  let failure: unknown = null;
  const uz = new Unzip((file) => {
    const limit = declared.get(file.name) ?? file.originalSize;
    const rows = SHEET.test(file.name) ? new RowCounter() : null;
    let size = 0;
    file.ondata = (err, chunk, final) => {
      if (failure) return;
      if (err) { failure = err; return; }
      size += chunk.length;
      total += chunk.length;
      if (limit !== undefined && size > limit) {
        failure = new LimitError('zip_bomb', { size: `> ${formatBytes(limit)}`, limit: formatBytes(limit) });
      } else if (total > l.maxUnzippedBytes) {
        failure = new LimitError('zip_bomb', { size: `> ${formatBytes(l.maxUnzippedBytes)}`, limit: formatBytes(l.maxUnzippedBytes) });
      } else if (rows && rows.push(chunk, final) > l.maxRows) {
        failure = new LimitError('too_many_rows', { limit: l.maxRows });
      }
      if (failure) file.terminate();
    };
    try {
      file.start();
    } catch (e) {
      failure ??= e; // a part stored with a method fflate cannot inflate: left to the reader
    }
  });
  uz.register(UnzipInflate);
  for (let i = 0; i < bytes.length && !failure; i += CHUNK) {
    uz.push(bytes.subarray(i, i + CHUNK), i + CHUNK >= bytes.length);
    // Let a cancel (worker terminate) and progress messages through between chunks.
    if ((i / CHUNK) % 64 === 63) await new Promise((r) => setTimeout(r, 0));
  }
  if (failure instanceof LimitError) throw failure;
  // Any other failure (damaged zip, unknown method) is left for the XLSX reader to report.
}
