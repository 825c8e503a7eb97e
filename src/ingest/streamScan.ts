/**
 * A small CSV row scanner for the streaming import path (stream.ts). It reads rows of a decoded
 * chunk without allocating a string per field: a row is a reusable view of field offsets, and only
 * quoted fields are unescaped into strings. Quoting follows RFC 4180 ("" inside quotes, delimiters
 * and newlines inside quotes). Anything it does not read exactly like Papaparse (a bare CR as line
 * end, text after a closing quote, an unclosed quote) is reported as `bad`, and the caller hands
 * the file to the full pipeline instead.
 */

/**
 * A one-byte code page (Windows-1258, 1252): each byte's character, and the text of a run of bytes
 * (the platform's decoder; not composed).
 */
export interface OneByte {
  chars: Uint16Array;
  decode: (bytes: Uint8Array) => string;
  /** Bytes [s, e) as NFC text (null: not this way), where the code page writes marks apart (decode.ts compose1258). */
  compose?: (bytes: Uint8Array, s: number, e: number) => string | null;
}

/** Bytes decoded at once for the cells of rows read as bytes (RowView.cell): from the row on. */
const WINDOW = 1 << 15;

export class RowView {
  /** The text the offsets index; for rows read as bytes, the decoded run from `textAt` (see `cell`). */
  text = '';
  /**
   * Set for rows read as bytes (scanBytes.ts): offsets index `bytes`, and a cell becomes text only
   * when asked for. Scanning and comparing bytes is about twice as fast as decoding then reading a
   * string (Chromium, the bench's Windows-1258 file).
   */
  bytes: Uint8Array | null = null;
  oneByte: OneByte | null = null;
  textAt = 0;
  n = 0;
  start = new Int32Array(32);
  end = new Int32Array(32);
  /** Unescaped text of quoted fields (null for plain ones); only read when `quoted` is set. */
  unq: (string | null)[] = [];
  quoted = false;
  /** Set when the text may hold letters and their combining marks apart: `field` composes them (NFC). */
  nfc = false;
  /**
   * Set for a row of cells that were never text (JSON; `quoted` is set too): a text is in `unq`, a
   * number in `num` (its `unq` null: its text, String(x), is made only when asked for), NaN in
   * `num` for a field that is not a number.
   */
  typed = false;
  num: number[] = [];

  /** Field i as text (NFC). */
  field(i: number): string {
    const b = this.bytes;
    if (b !== null && this.oneByte!.compose && i >= 0 && i < this.n && !(this.quoted && this.unq[i] !== null)) {
      const t = this.oneByte!.compose(b, this.start[i]!, this.end[i]!);
      if (t !== null) return t;
    }
    const s = this.raw(i);
    return this.nfc && hasMark(s) ? s.normalize('NFC') : s;
  }

  /** Field i as written in the text (what `is` and `hash` compare). */
  raw(i: number): string {
    if (i < 0 || i >= this.n) return '';
    if (this.quoted) {
      const u = this.unq[i];
      if (u !== null && u !== undefined) return u;
      if (this.typed) return String(this.num[i]);
    }
    if (this.bytes !== null) return this.cell(this.start[i]!, this.end[i]!);
    return this.text.slice(this.start[i]!, this.end[i]!);
  }

  /** Bytes [s, e) as text: a slice of the decoded run, decoded anew from this row's start when outside it. */
  private cell(s: number, e: number): string {
    if (s === e) return '';
    if (s < this.textAt || e > this.textAt + this.text.length) {
      const from = this.start[0]!;
      this.text = this.oneByte!.decode(this.bytes!.subarray(from, Math.max(this.end[this.n - 1]!, from + WINDOW)));
      this.textAt = from;
    }
    return this.text.slice(s - this.textAt, e - this.textAt);
  }

  /** Whether field i is exactly `s` (plain fields compare in place, without a slice). */
  is(i: number, s: string): boolean {
    if (i < 0 || i >= this.n) return s === '';
    if (this.quoted && this.unq[i] !== null && this.unq[i] !== undefined) return this.unq[i] === s;
    const a = this.start[i]!;
    const len = s.length;
    if (this.end[i]! - a !== len) return false;
    if (this.bytes !== null) {
      const b = this.bytes, ch = this.oneByte!.chars;
      for (let k = 0; k < len; k++) if (ch[b[a + k]!] !== s.charCodeAt(k)) return false;
      return true;
    }
    // A loop, not startsWith(s, a): the builtin call cost more than the few characters (~180 ns a call).
    const t = this.text;
    for (let k = 0; k < len; k++) if (t.charCodeAt(a + k) !== s.charCodeAt(k)) return false;
    return true;
  }

  /** Plain field i's length (0 when the row has no field i). */
  width(i: number): number {
    return i < 0 || i >= this.n ? 0 : this.end[i]! - this.start[i]!;
  }

  /** Copies plain field i's characters into `to` from `at`; returns how many. */
  copyChars(i: number, to: Uint16Array, at: number): number {
    const n = this.width(i);
    const a = this.start[i]!;
    if (this.bytes !== null) {
      const b = this.bytes, ch = this.oneByte!.chars;
      for (let k = 0; k < n; k++) to[at + k] = ch[b[a + k]!]!;
      return n;
    }
    for (let k = 0; k < n; k++) to[at + k] = this.text.charCodeAt(a + k);
    return n;
  }

  /** Whether plain field i is the `len` characters of `chars` from `at` (no field i: len is 0). */
  isChars(i: number, chars: Uint16Array, at: number, len: number): boolean {
    if (this.width(i) !== len) return false;
    const a = this.start[i]!;
    if (this.bytes !== null) {
      const b = this.bytes, ch = this.oneByte!.chars;
      for (let k = 0; k < len; k++) if (ch[b[a + k]!] !== chars[at + k]) return false;
      return true;
    }
    const t = this.text;
    for (let k = 0; k < len; k++) if (t.charCodeAt(a + k) !== chars[at + k]) return false;
    return true;
  }

  /** A hash of plain fields a and b (FNV-1a over their characters), for lookups without a string. */
  hash(a: number, b: number): number {
    return this.mix(this.mix(0x811c9dc5, a), b) >>> 0;
  }

  private mix(h: number, i: number): number {
    if (i >= 0 && i < this.n) {
      const b = this.bytes;
      if (b !== null) { const ch = this.oneByte!.chars; for (let k = this.start[i]!, e = this.end[i]!; k < e; k++) h = Math.imul(h ^ ch[b[k]!]!, 16777619); }
      else for (let k = this.start[i]!, e = this.end[i]!; k < e; k++) h = Math.imul(h ^ this.text.charCodeAt(k), 16777619);
    }
    return Math.imul(h ^ 0x1f, 16777619);
  }

  /** Whether field i has anything but spaces (a plain field starting with a digit is told in place). */
  filled(i: number): boolean {
    if (i >= this.n) return false;
    if (this.typed && this.unq[i] === null) return true;
    const c = this.bytes !== null ? this.bytes[this.start[i]!] ?? -1 : this.text.charCodeAt(this.start[i]!);
    if (!this.quoted && this.end[i]! > this.start[i]! && c >= 48 && c <= 57) return true;
    return this.raw(i).trim() !== '';
  }

  /** Field i as a year when it is four plain ASCII digits, else -1. */
  year4(i: number): number {
    // A number that was never text: String(x) is four digits exactly for these.
    if (this.typed) { const x = this.num[i]!; return i < this.n && this.unq[i] === null && Number.isInteger(x) && x >= 1000 && x <= 9999 ? x : -1; }
    if (i >= this.n || (this.quoted && this.unq[i] !== null) || this.end[i]! - this.start[i]! !== 4) return -1;
    let y = 0;
    const b = this.bytes;
    for (let k = this.start[i]!; k < this.start[i]! + 4; k++) {
      const d = (b !== null ? b[k]! : this.text.charCodeAt(k)) - 48;
      if (d < 0 || d > 9) return -1;
      y = y * 10 + d;
    }
    return y;
  }

  blank(): boolean {
    for (let i = 0; i < this.n; i++) if (this.raw(i).trim() !== '') return false;
    return true;
  }

  grow(): void {
    const s = new Int32Array(this.start.length * 2);
    s.set(this.start);
    const e = new Int32Array(this.end.length * 2);
    e.set(this.end);
    this.start = s;
    this.end = e;
  }
}

/** Whether s has a combining mark (U+0300–U+036F), the only characters NFC composes in these files' text. */
function hasMark(s: string): boolean {
  for (let i = 0; i < s.length; i++) { const c = s.charCodeAt(i); if (c >= 0x300 && c <= 0x36f) return true; }
  return false;
}

export const BAD = -1;

/**
 * Calls `onRow` for every complete row of `text` and returns the offset where the unfinished last
 * row starts (text.length when all was read), or BAD. With `final`, the end of text ends the row.
 * `onRow` returning false stops the scan (BAD is returned).
 */
export function scanRows(text: string, delim: number, final: boolean, row: RowView, onRow: (row: RowView) => boolean): number {
  const n = text.length;
  row.text = text;
  row.bytes = null;
  let i = 0;
  while (i < n) {
    const rowStart = i;
    let f = 0;
    row.quoted = false;
    for (;;) {
      if (f >= row.start.length) row.grow();
      let c = i < n ? text.charCodeAt(i) : -1;
      if (c === 34) {
        let j = i + 1;
        let seg = j;
        let out = '';
        for (;;) {
          const q = text.indexOf('"', j);
          if (q < 0) return final ? BAD : rowStart;
          if (q + 1 >= n && !final) return rowStart;
          if (text.charCodeAt(q + 1) === 34) { out += text.slice(seg, q + 1); j = q + 2; seg = j; continue; }
          out += text.slice(seg, q);
          i = q + 1;
          break;
        }
        row.unq[f] = out;
        row.quoted = true;
        row.start[f] = i;
        row.end[f] = i;
        c = i < n ? text.charCodeAt(i) : -1;
        if (c !== delim && c !== 10 && c !== 13 && c !== -1) return BAD;
      } else {
        let j = i;
        while (j < n) {
          c = text.charCodeAt(j);
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
          if (text.charCodeAt(i + 1) !== 10) return BAD;
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
