/**
 * Decoding for the streaming reader (stream.ts), piece by piece, into the text decode.ts gives the
 * whole file: the same encoding detection, BOM handling and NFC. A piece never ends where the next
 * bytes could change it: UTF-8 text is normalised up to its last line break (a mark after a line
 * break composes with nothing before it). A one-byte code page is read as bytes (scanBytes.ts);
 * its text, where made, is the platform decoder's: Windows-1258 keeps letters and tone marks apart
 * (`composed` false), and the reader composes the few cells it keeps (RowView.field), as NFC over
 * the whole text would (a delimiter, quote or line break composes with no mark). Also what the
 * reader checks before it starts: whether it takes the file at all, and the head's lines.
 */
import { compose1258, decode1252, type Encoding } from './decode.ts';
import { RowView, type OneByte } from './streamScan.ts';
import type { IngestOptions } from './types.ts';

export class Fallback extends Error {}
/** Hands the file to the full pipeline (see stream.ts `ingestFast`). */
export function bail(why: string): never { throw new Fallback(why); }


export class ChunkReader {
  done = false;
  /** Bytes read so far. */
  pos = 0;
  private first = true;
  private rest = ''; // decoded, not yet normalised
  private readonly utf8?: TextDecoder;
  private readonly utf16?: TextDecoder;
  /** Whether the text is NFC already (Windows-1258 text is not: see above). */
  readonly composed: boolean;
  /** A one-byte code page's characters: its rows are read as bytes (streamPieces.ts), its text made per cell. */
  readonly oneByte: OneByte | null;

  /** Where reading stops (the file's end, or the end of the part this reader reads: streamSplit.ts). */
  private end: number;

  /** `atStart`: the bytes start the file (a BOM or U+FEFF there is dropped); not so for a later part. */
  constructor(readonly bytes: Uint8Array, readonly encoding: Encoding, atStart = true) {
    this.end = bytes.length;
    this.first = atStart;
    this.composed = encoding !== 'windows-1258';
    // The body's rows are read as bytes; text is decoded for the head, a kept cell and the rows a
    // report quotes. Windows-1258 by the platform's decoder (composing as the bytes were read cost
    // twice as much: decode.ts decode1258Nfc); Windows-1252 text needs no composing (none of its
    // characters is a combining mark).
    this.oneByte = encoding === 'windows-1258' || encoding === 'windows-1252' ? oneByteOf(encoding) : null;
    // UTF-16 (Excel's "Unicode text"): decoded as decode.ts does, its BOM skipped when it is this encoding's.
    if (encoding === 'utf-16le' || encoding === 'utf-16be') {
      this.utf16 = new TextDecoder(encoding, { ignoreBOM: true });
      const bom = encoding === 'utf-16le' ? [0xff, 0xfe] : [0xfe, 0xff];
      if (atStart && bytes.length >= 2 && bytes[0] === bom[0] && bytes[1] === bom[1]) this.pos = 2;
    }
    if (encoding === 'utf-8') {
      this.utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
      if (atStart && bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) this.pos = 3;
    }
  }

  /**
   * `prefix` then the text of about `size` more bytes ('' is possible before the end). `prefix` is
   * the end of the text this reader gave last (the unfinished row).
   */
  /** Reads up to byte `end` (at a line's end), and no further until told. */
  limit(end: number): void {
    this.end = end;
    this.done = this.pos >= end;
  }

  /** Where reading stops. */
  get stop(): number { return this.end; }

  /** Marks the bytes up to `pos` read (rows read as bytes: streamPieces.ts). */
  skipTo(pos: number): void {
    this.pos = pos;
    this.done = pos >= this.end;
  }

  next(size: number, prefix = ''): string {
    const b = this.bytes;
    const to = Math.min(this.end, this.pos + size);
    const last = to >= this.end;
    let out: string;
    if (this.oneByte) {
      // One byte is one character: the prefix's bytes are decoded again with the piece, into one
      // flat string (prefix + text would be a rope, read far more slowly). A piece may end between
      // a letter and its tone mark: the unfinished row is decoded again with the next.
      if (prefix.length > this.pos) bail('prefix');
      out = this.oneByte.decode(b.subarray(this.pos - prefix.length, to));
    } else {
      const part = b.subarray(this.pos, to);
      let raw = this.rest;
      try { raw += this.utf8 ? this.utf8.decode(part, { stream: !last }) : this.utf16!.decode(part, { stream: !last }); } catch { bail('invalid utf-8'); }
      // decode.ts drops one U+FEFF at the start (after a BOM's bytes, or a stray one).
      if (this.first && raw) {
        if (raw.charCodeAt(0) === 0xfeff) raw = raw.slice(1);
        this.first = false;
      }
      const cut = last ? raw.length : raw.lastIndexOf('\n') + 1;
      out = prefix + raw.slice(0, cut).normalize('NFC');
      this.rest = raw.slice(cut);
    }
    this.pos = to;
    this.done = last;
    return out;
  }
}

const codePages = new Map<Encoding, OneByte>();

/** A one-byte code page's characters, from its decoder (decode.ts's for 1252: the platform's may be Latin-1 there). */
function oneByteOf(encoding: 'windows-1258' | 'windows-1252'): OneByte {
  let c = codePages.get(encoding);
  if (!c) {
    const dec = encoding === 'windows-1258' ? new TextDecoder(encoding) : null;
    const decode = dec ? (b: Uint8Array) => dec.decode(b) : decode1252;
    const all = decode(Uint8Array.from({ length: 256 }, (_, b) => b));
    const chars = new Uint16Array(256);
    for (let b = 0; b < 256; b++) chars[b] = all.charCodeAt(b);
    codePages.set(encoding, (c = encoding === 'windows-1258' ? { chars, decode, compose: compose1258 } : { chars, decode }));
  }
  return c;
}

/** A row view for this reader's text: its cells composed (NFC), and read as bytes for a one-byte code page. */
export function viewOf(reader: ChunkReader): RowView {
  const view = new RowView();
  view.nfc = !reader.composed;
  view.oneByte = reader.oneByte;
  return view;
}

/** How the reader takes a file: as text rows, or as JSON; a workbook goes to the pipeline. */
export function eligible(bytes: Uint8Array, file: string, opts: IngestOptions): 'text' | 'json' {
  if (bytes.length >= 4 && bytes[0] === 0x50 && bytes[1] === 0x4b) bail('zip');
  if (opts.format === 'json') return 'json';
  if (opts.format && opts.format !== 'csv' && opts.format !== 'tsv') bail('format');
  const ext = /\.([a-z0-9]+)$/i.exec(file)?.[1]?.toLowerCase();
  if (ext === 'xlsx' || ext === 'xls') bail('format');
  return ext === 'json' && !opts.format ? 'json' : 'text';
}

/** Whether `text` holds `n` complete non-blank lines (what detectDelimiter reads of the whole file). */
export function hasLines(text: string, n: number): boolean {
  const lines = text.split(/\r\n|\n|\r/);
  lines.pop();
  return lines.filter((l) => l.trim() !== '').length >= n;
}
