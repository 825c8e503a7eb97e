/**
 * A workbook is checked while it streams, before any XML reader holds it: every part is inflated
 * in chunks and thrown away, counting the bytes really inflated (the zip directory can
 * under-declare: a part that inflates past its declared size, or a total past the limit, is
 * refused at once) and the rows of every worksheet (`<row` tags) against the row limit. A
 * workbook of 5.2 million one-cell rows is refused with the row-limit message using a few
 * megabytes, instead of being parsed into a DOM first. Parts are inflated by the platform's
 * DecompressionStream where there is one (native speed), else by fflate's streaming Unzip.
 */
import { formatBytes, LimitError, type Limits, type ZipEntry } from './limits.ts';

const CHUNK = 1 << 16;
const EMPTY = new Uint8Array(0);
const SHEET = /^xl\/worksheets\/[^/]+\.xml$/i;
const ROW = /<(?:[A-Za-z0-9]{1,16}:)?row[\s>/]/g;
const latin1 = new TextDecoder('latin1');

/** Counts `<row` start tags (with or without a namespace prefix) across chunk boundaries. */
export class RowCounter {
  rows = 0;
  private tail = '';

  push(chunk: Uint8Array, final: boolean): number {
    // Latin-1 keeps one character per byte, and the tag is ASCII: a cheap, exact view for a regex.
    const text = this.tail + latin1.decode(chunk);
    // A tag can straddle chunks: the last characters are looked at again with the next chunk.
    const stop = final ? text.length : Math.max(0, text.length - 24);
    ROW.lastIndex = 0;
    for (let m = ROW.exec(text); m && m.index < stop; m = ROW.exec(text)) this.rows++;
    this.tail = final ? '' : text.slice(stop);
    return this.rows;
  }
}

/** Bytes and rows of the parts, against the limits; `fail` is the first limit crossed. */
class Meter {
  total = 0;
  fail: LimitError | null = null;
  constructor(private readonly l: Limits) {}

  part(name: string, declared: number | undefined) {
    // A counted tag takes 5 bytes at least ('<row' and what ends the name) and tags never overlap:
    // a sheet whose declared size (never exceeded: see below) cannot hold more rows than the limit
    // is not counted (the count was ~70 ms of a 6.7 MB sheet in a cold worker).
    const rows = SHEET.test(name) && !(declared !== undefined && declared / 5 <= this.l.maxRows) ? new RowCounter() : null;
    let size = 0;
    return (chunk: Uint8Array, final: boolean): boolean => {
      size += chunk.length;
      this.total += chunk.length;
      if (declared !== undefined && size > declared) {
        this.fail = new LimitError('zip_bomb', { size: `> ${formatBytes(declared)}`, limit: formatBytes(declared) });
      } else if (this.total > this.l.maxUnzippedBytes) {
        this.fail = new LimitError('zip_bomb', { size: `> ${formatBytes(this.l.maxUnzippedBytes)}`, limit: formatBytes(this.l.maxUnzippedBytes) });
      } else if (rows && rows.push(chunk, final) > this.l.maxRows) {
        this.fail = new LimitError('too_many_rows', { limit: this.l.maxRows });
      }
      return !this.fail;
    };
  }
}

/** Inflated parts kept for the reader, in all (a bomb refused by the limits never holds more). */
const KEEP = 64 * 1024 * 1024;
const isXml = (name: string) => name.endsWith('.xml') || name.endsWith('.xml.rels');

/**
 * Throws a LimitError (too_many_rows, zip_bomb) as soon as the stream crosses a limit. When every
 * part was inflated by the platform without a fault, resolves to the inflated .xml parts (up to
 * KEEP bytes in all; xlsxRead.ts inflates any other part again) so that our reader need not
 * inflate them a second time; else null, and read-excel-file reads and reports (damaged zip,
 * unknown method).
 */
export async function scanXlsx(bytes: Uint8Array, entries: Map<string, ZipEntry>, l: Limits): Promise<Map<string, Uint8Array> | null> {
  const meter = new Meter(l);
  const native = typeof DecompressionStream === 'function' && entries.size > 0;
  const parts = native ? await scanNative(bytes, entries, meter) : (await scanFflate(bytes, entries, meter), null);
  if (meter.fail) throw meter.fail;
  return parts;
}

async function scanNative(bytes: Uint8Array, entries: Map<string, ZipEntry>, meter: Meter): Promise<Map<string, Uint8Array> | null> {
  const parts = new Map<string, Uint8Array>();
  let kept = 0;
  let clean = true;
  for (const e of entries.values()) {
    const at = e.offset;
    if (at + 30 > bytes.length || bytes[at] !== 0x50 || bytes[at + 1] !== 0x4b) return null;
    const start = at + 30 + (bytes[at + 26]! | (bytes[at + 27]! << 8)) + (bytes[at + 28]! | (bytes[at + 29]! << 8));
    if (start + e.packed > bytes.length) clean = false;
    const data = bytes.subarray(start, Math.min(bytes.length, start + e.packed));
    const take = meter.part(e.name, e.size);
    const keep = isXml(e.name) && kept + e.size <= KEEP;
    if (e.method === 0) { if (!take(data, true)) return null; if (keep) { parts.set(e.name, data); kept += data.length; } continue; }
    if (e.method !== 8) { clean = false; continue; }
    // Written in place as it inflates: the meter refuses a part past its declared size before it is written.
    const out = keep ? new Uint8Array(e.size) : EMPTY;
    let size = 0;
    const reader = new Blob([data as Uint8Array<ArrayBuffer>]).stream().pipeThrough(new DecompressionStream('deflate-raw')).getReader();
    try {
      for (;;) {
        const { done, value } = await reader.read();
        if (done) { take(new Uint8Array(0), true); break; }
        if (!take(value, false)) { await reader.cancel(); return null; }
        if (keep) { out.set(value, size); size += value.length; }
      }
    } catch {
      return null; // damaged data: the reader reports it
    }
    if (keep) { parts.set(e.name, out.subarray(0, size)); kept += e.size; }
  }
  return clean ? parts : null;
}


async function scanFflate(bytes: Uint8Array, entries: Map<string, ZipEntry>, meter: Meter): Promise<void> {
  const { Unzip, UnzipInflate } = await import('fflate');
  let broken = false;
  const uz = new Unzip((file) => {
    const take = meter.part(file.name, entries.get(file.name)?.size ?? file.originalSize);
    file.ondata = (err, chunk, final) => {
      if (meter.fail || broken) return;
      if (err) { broken = true; return; }
      if (!take(chunk, final)) file.terminate();
    };
    try {
      file.start();
    } catch {
      broken = true; // a method fflate cannot inflate: left to the reader
    }
  });
  uz.register(UnzipInflate);
  for (let i = 0; i < bytes.length && !meter.fail && !broken; i += CHUNK) {
    uz.push(bytes.subarray(i, i + CHUNK), i + CHUNK >= bytes.length);
    // Let a cancel and progress messages through between chunks.
    if ((i / CHUNK) % 64 === 63) await new Promise((r) => setTimeout(r, 0));
  }
}
