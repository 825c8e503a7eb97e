/**
 * An array of flat records read straight from the decoded text into the streaming reader's row
 * view, without JSON.parse: no object per record, no string per repeated text (a column's recent
 * texts are compared in place). A record becomes the cells json.ts `jsonRow` gives it: a text NFC, a
 * finite number as it is, true/false as text, a nested value as its JSON, null, a missing key or a
 * number out of range blank.
 *
 * Anything else (a key the given keys lack, a key twice in one record, text that is no JSON)
 * stops the scan: the caller then reads the text with JSON.parse (streamJson.ts), so
 * what is read here is read exactly as JSON.parse reads it, and the rest is worded as before.
 */
import type { RowView } from './streamScan.ts';
import { nfc, toCell } from './json.ts';
import { filled } from './lists.ts';

/** `next`'s answers. */
export const READ = 1, END = 0, STOP = -1;

/** 10^0 … 10^22: exact doubles, so that one division gives the correctly rounded value. */
const POW10 = Array.from({ length: 23 }, (_, k) => 10 ** k);

/** Texts remembered per column (see textAt). */
const RECENT = 8;

const isSpace = (c: number) => c === 32 || c === 10 || c === 13 || c === 9;
const isDigit = (c: number) => c >= 48 && c <= 57;

export class RecordScanner {
  /** Where the next record (or the array's end) starts. */
  pos = 0;
  /** Records read. */
  count = 0;
  private readonly n: number;
  /**
   * Per column, its last RECENT distinct texts (as written, without escapes) and their NFC forms,
   * at f × RECENT on; which one the column's last text was, and which one a new text replaces.
   */
  private readonly recentRaw: string[];
  private readonly recentOut: string[];
  private readonly lastHit: Uint8Array;
  private readonly nextSlot: Uint8Array;
  /** Per column, the record that set it (a key twice in one record stops the scan). */
  private readonly setIn: Int32Array;
  /** Per key, 1 when it is written as itself (no character JSON escapes): compared as it is read. */
  private readonly plain: Uint8Array;
  /** Each key's column. */
  private readonly column: Map<string, number>;
  /** Set by keyAt and closing: where the text read ends, and whether it had an escape. */
  private at = 0;
  private escaped = false;

  constructor(private readonly text: string, private readonly keys: readonly string[]) {
    this.n = keys.length;
    this.recentRaw = filled(keys.length * RECENT, '');
    this.recentOut = filled(keys.length * RECENT, '');
    this.lastHit = new Uint8Array(keys.length);
    this.nextSlot = new Uint8Array(keys.length);
    this.setIn = new Int32Array(keys.length).fill(-1);
    this.plain = Uint8Array.from(keys, writtenAsItself);
    this.column = new Map(keys.map((k, f) => [k, f]));
  }

  /** Moves past the array's '['; false when the text (after white space) does not open one. */
  open(): boolean {
    const t = this.text;
    let i = this.pos;
    while (isSpace(t.charCodeAt(i))) i++;
    if (t.charCodeAt(i) !== 91) return false;
    this.pos = i + 1;
    return true;
  }

  /** The next record into `view` (READ); END after the array's ']' and nothing but white space; else STOP. */
  next(view: RowView): number {
    const t = this.text;
    let i = this.pos;
    let c = t.charCodeAt(i);
    while (isSpace(c)) c = t.charCodeAt(++i);
    if (this.count > 0) {
      if (c === 93) return this.end(i + 1);
      if (c !== 44) return STOP;
      c = t.charCodeAt(++i);
      while (isSpace(c)) c = t.charCodeAt(++i);
    }
    if (c !== 123) return STOP;
    const n = this.n;
    for (let f = 0; f < n; f++) { view.start[f] = 0; view.end[f] = 0; view.unq[f] = ''; view.num[f] = NaN; }
    view.n = n;
    c = t.charCodeAt(++i);
    while (isSpace(c)) c = t.charCodeAt(++i);
    if (c === 125) { this.pos = i + 1; this.count++; return READ; }
    for (let k = 0; ; k++) {
      if (c !== 34) return STOP;
      const f = this.keyAt(i + 1, k);
      if (f < 0 || this.setIn[f] === this.count) return STOP;
      this.setIn[f] = this.count;
      i = this.at;
      c = t.charCodeAt(++i);
      while (isSpace(c)) c = t.charCodeAt(++i);
      if (c !== 58) return STOP;
      c = t.charCodeAt(++i);
      while (isSpace(c)) c = t.charCodeAt(++i);
      i = c === 34 ? this.textAt(i, f, view) : c === 45 || isDigit(c) ? this.numberAt(i, f, view) : c === 123 || c === 91 ? this.nestedAt(i, f, view) : this.wordAt(i, f, view);
      if (i < 0) return STOP;
      c = t.charCodeAt(i);
      while (isSpace(c)) c = t.charCodeAt(++i);
      if (c === 125) break;
      if (c !== 44) return STOP;
      c = t.charCodeAt(++i);
      while (isSpace(c)) c = t.charCodeAt(++i);
    }
    this.pos = i + 1;
    this.count++;
    return READ;
  }

  /** After the array's ']': END when only white space follows. */
  private end(i: number): number {
    const t = this.text;
    while (i < t.length && isSpace(t.charCodeAt(i))) i++;
    if (i < t.length) return STOP;
    this.pos = i;
    return END;
  }

  /**
   * The column of the key whose text starts at a (after its '"'), the k-th of its record (most
   * records keep one order, so it is compared first, as it is read); -1 for none. `at`: its closing '"'.
   */
  private keyAt(a: number, k: number): number {
    const t = this.text;
    if (k < this.n && this.plain[k] === 1) {
      const key = this.keys[k]!;
      const len = key.length;
      let m = 0;
      while (m < len && t.charCodeAt(a + m) === key.charCodeAt(m)) m++;
      if (m === len && t.charCodeAt(a + len) === 34) { this.at = a + len; return k; }
    }
    const b = this.closing(a);
    if (b < 0) return -1;
    this.at = b;
    // Elsewhere (a record with its keys in another order, or one missing): by name, however many keys.
    const key = this.escaped ? parseText(t, a, b) : t.slice(a, b);
    return key === null ? -1 : this.column.get(key) ?? -1;
  }

  /** The closing '"' of the text from i on (-1: none, or a control character first); `escaped`: whether it has a backslash. */
  private closing(i: number): number {
    const t = this.text;
    this.escaped = false;
    for (let c = t.charCodeAt(i); c !== 34; c = t.charCodeAt(++i)) {
      if (c < 32 || i >= t.length) return -1;
      if (c === 92) { this.escaped = true; i++; }
    }
    return i;
  }

  private isSpan(s: string, a: number, b: number): boolean {
    if (s.length !== b - a) return false;
    const t = this.text;
    for (let j = 0; j < s.length; j++) if (t.charCodeAt(a + j) !== s.charCodeAt(j)) return false;
    return true;
  }

  /**
   * The text value starting at i (its '"') into column f; where it ends, or -1. Compared, as it
   * is read, with the column's recent texts, its last first: rows of one unit repeat its code and
   * name, and an indicator column cycles through a few ids.
   */
  private textAt(i: number, f: number, view: RowView): number {
    const t = this.text;
    const a = i + 1;
    const base = f * RECENT;
    const last = this.lastHit[f]!;
    let seen = 0;
    for (let k = 0; k < RECENT; k++) {
      const slot = k === 0 ? last : k === last ? 0 : k;
      const s = this.recentRaw[base + slot]!;
      const len = s.length;
      let m = 0;
      while (m < len && t.charCodeAt(a + m) === s.charCodeAt(m)) m++;
      if (m === len && t.charCodeAt(a + len) === 34) {
        this.lastHit[f] = slot;
        view.unq[f] = this.recentOut[base + slot]!;
        return a + len + 1;
      }
      if (m > seen) seen = m;
    }
    // The characters matched are a recent text's: none is a quote, a backslash or a control character.
    const b = this.closing(a + seen);
    if (b < 0) return -1;
    if (this.escaped) {
      const s = parseText(t, a, b);
      if (s === null) return -1;
      view.unq[f] = nfc(s);
      return b + 1;
    }
    const slot = this.nextSlot[f]!;
    this.nextSlot[f] = (slot + 1) % RECENT;
    this.lastHit[f] = slot;
    this.recentRaw[base + slot] = t.slice(a, b);
    view.unq[f] = this.recentOut[base + slot] = nfc(this.recentRaw[base + slot]!);
    return b + 1;
  }

  /**
   * The number starting at i into column f (JSON's grammar); where it ends, or -1. Up to 15
   * digits and no exponent, digits over a power of ten (both exact: the quotient is the correctly
   * rounded value JSON.parse gives); otherwise Number() of the text.
   */
  private numberAt(i: number, f: number, view: RowView): number {
    const t = this.text;
    const a = i;
    let c = t.charCodeAt(i);
    const negative = c === 45;
    if (negative) c = t.charCodeAt(++i);
    let m = 0, digits = 0, scale = 0;
    if (c === 48) { c = t.charCodeAt(++i); digits = 1; }
    else if (isDigit(c)) for (; isDigit(c); c = t.charCodeAt(++i)) { m = m * 10 + (c - 48); digits++; }
    else return -1;
    if (c === 46) {
      c = t.charCodeAt(++i);
      if (!isDigit(c)) return -1;
      for (; isDigit(c); c = t.charCodeAt(++i)) { m = m * 10 + (c - 48); digits++; scale++; }
    }
    let plain = digits <= 15;
    if (c === 101 || c === 69) {
      plain = false;
      c = t.charCodeAt(++i);
      if (c === 43 || c === 45) c = t.charCodeAt(++i);
      if (!isDigit(c)) return -1;
      while (isDigit(c)) c = t.charCodeAt(++i);
    }
    let x = plain ? (scale ? m / POW10[scale]! : m) : Number(t.slice(a, i));
    if (plain && negative) x = -x;
    if (Number.isFinite(x)) { view.unq[f] = null; view.num[f] = x; }
    return i;
  }

  /** A nested object or list at i into column f as json.ts writes it (its JSON, NFC); where it ends, or -1. */
  private nestedAt(i: number, f: number, view: RowView): number {
    const t = this.text;
    const a = i;
    let depth = 0;
    for (; i < t.length; i++) {
      const c = t.charCodeAt(i);
      if (c === 123 || c === 91) depth++;
      else if (c === 125 || c === 93) { if (--depth === 0) break; }
      else if (c === 34) for (i++; i < t.length && t.charCodeAt(i) !== 34; i++) if (t.charCodeAt(i) === 92) i++;
    }
    if (depth !== 0) return -1;
    try {
      view.unq[f] = String(toCell(JSON.parse(t.slice(a, i + 1))));
    } catch {
      return -1;
    }
    return i + 1;
  }

  /** true, false or null at i into column f (null stays blank); where it ends, or -1. */
  private wordAt(i: number, f: number, view: RowView): number {
    for (let k = 0; k < WORDS.length; k++) {
      const w = WORDS[k]!;
      if (!this.isSpan(w, i, i + w.length)) continue;
      if (w !== 'null') view.unq[f] = w;
      return i + w.length;
    }
    return -1;
  }
}

const WORDS = ['true', 'false', 'null'];

/** 1 when JSON writes the key as it is (no quote, backslash or control character to escape), else 0. */
function writtenAsItself(key: string): number {
  for (let j = 0; j < key.length; j++) { const c = key.charCodeAt(j); if (c < 32 || c === 34 || c === 92) return 0; }
  return 1;
}

/** The JSON text between a and b (after its '"', before the closing one) with its escapes read; null when one is not JSON's. */
function parseText(t: string, a: number, b: number): string | null {
  try {
    return JSON.parse(t.slice(a - 1, b + 1)) as string;
  } catch {
    return null;
  }
}
