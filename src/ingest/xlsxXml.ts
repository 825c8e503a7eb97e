/**
 * A small pull reader over the XML bytes (UTF-8) of a workbook part, for xlsxRead.ts. It knows only what
 * the parts of an .xlsx use: elements, attributes in quotes, text, the XML declaration. Anything
 * else (a comment, CDATA, a DOCTYPE, a malformed tag or attribute, an unclosed element) stops it
 * with `BAIL`, and the caller hands the workbook to read-excel-file, which decides what it means.
 * It reads the bytes, not a decoded string: names are compared in place (no string per tag),
 * numbers can be read from the bytes, and text and attribute values are decoded only when asked
 * for, with the character references decoded as read-excel-file's XML parser (saxen) decodes
 * them. Pieces are cut at ASCII delimiters, so decoding each gives what decoding the whole part
 * would (a byte order mark inside a value is kept, as in a whole-part decode).
 */
export const END = 0;
export const OPEN = 1;
export const CLOSE = 2;
export const TEXT = 3;
export const BAIL = -1;

const REF = /&#(\d+);|&#x([0-9a-f]+);|&(\w+);/gi;
const NAMED: Record<string, string> = { amp: '&', apos: "'", gt: '>', lt: '<', quot: '"', AMP: '&', APOS: "'", GT: '>', LT: '<', QUOT: '"' };
const ref = (m: string, d?: string, x?: string, z?: string): string => {
  if (z) return Object.hasOwn(NAMED, z) ? NAMED[z]! : m;
  return String.fromCharCode(d ? Number(d) : parseInt(x!, 16));
};

/** Character references as saxen decodes them (fromCharCode, five named entities, others kept). */
export function decodeRefs(s: string): string {
  return s.includes('&') ? s.replace(REF, ref) : s;
}

/** The `_xHHHH_` escapes of an .xlsx string (ST_Xstring). */
export function unescapeX(s: string): string {
  return s.includes('_x') ? s.replace(/_x([0-9A-Fa-f]{4})_/g, (_, h: string) => String.fromCharCode(parseInt(h, 16))) : s;
}

const utf8 = new TextDecoder('utf-8', { ignoreBOM: true });
/** The next `byte` from `from`, or -1 (a loop: TypedArray indexOf costs a call per use, and most searches here end within a few bytes). */
function find(s: Uint8Array, byte: number, from: number): number {
  for (let i = from; i < s.length; i++) if (s[i] === byte) return i;
  return -1;
}

const isSpace = (c: number) => c === 32 || (c > 8 && c < 14);
const nameStart = (c: number) => (c > 96 && c < 123) || (c > 64 && c < 91) || c === 95 || c === 58;
const nameChar = (c: number) => nameStart(c) || (c > 47 && c < 58) || c === 45 || c === 46;

export class XmlReader {
  /** The element's local name (after the first ':'), of the last OPEN or CLOSE. */
  ls = 0;
  le = 0;
  /** The text of the last TEXT, raw. */
  ts = 0;
  te = 0;
  /** Attributes of the last OPEN: local name start/end, value start/end, four numbers each (`na` of them). */
  at = new Int32Array(64);
  na = 0;
  private i = 0;
  private a0 = 0;
  private a1 = 0;
  private parsed = false;
  private closeNext = false;
  private stack = new Int32Array(64);
  private depth = 0;
  private root = false;

  constructor(readonly s: Uint8Array) {}

  next(): number {
    const s = this.s;
    if (this.closeNext) { this.closeNext = false; return CLOSE; }
    for (;;) {
      const i = this.i;
      if (i >= s.length) return this.depth || !this.root ? BAIL : END;
      if (s[i] !== 60) {
        const lt = find(s, 60, i);
        const stop = lt < 0 ? s.length : lt;
        this.i = stop;
        if (this.depth) { if (lt < 0) return BAIL; this.ts = i; this.te = stop; return TEXT; }
        continue; // whitespace (or stray text, which saxen only warns about) outside the root
      }
      const c1 = s[i + 1]!;
      if (c1 === 63) {
        let q = s.indexOf(62, i + 2);
        while (q >= 0 && s[q - 1] !== 63) q = s.indexOf(62, q + 1);
        if (q < 0 || this.depth) return BAIL;
        this.i = q + 1;
        continue;
      }
      if (c1 === 33) return BAIL;
      // The tag ends at the first '>' outside quotes.
      let j = i + 1;
      for (;; j++) {
        if (j >= s.length) return BAIL;
        const c = s[j]!;
        if (c === 34 || c === 39) { const q = find(s, c, j + 1); if (q < 0) return BAIL; j = q; } else if (c === 62) break;
      }
      this.i = j + 1;
      if (c1 === 47) {
        const n = this.depth;
        if (!n) return BAIL;
        const ns = this.stack[n - 2]!;
        const len = this.stack[n - 1]! - ns;
        this.depth = n - 2;
        if (!this.same(ns, i + 2, len)) return BAIL;
        for (let q = i + 2 + len; q < j; q++) if (!isSpace(s[q]!)) return BAIL;
        this.local(i + 2, i + 2 + len);
        return CLOSE;
      }
      const selfClosing = s[j - 1] === 47;
      const end = selfClosing ? j - 1 : j;
      if (!nameStart(c1)) return BAIL;
      let q = i + 2;
      while (q < end && nameChar(s[q]!)) q++;
      if (q < end && !isSpace(s[q]!)) return BAIL;
      this.local(i + 1, q);
      this.a0 = q;
      this.a1 = end;
      this.parsed = false;
      this.root = true;
      if (selfClosing) this.closeNext = true;
      else {
        if (this.depth === this.stack.length) { const grown = new Int32Array(this.depth * 2); grown.set(this.stack); this.stack = grown; }
        this.stack[this.depth++] = i + 1;
        this.stack[this.depth++] = q;
      }
      return OPEN;
    }
  }

  private same(a: number, b: number, len: number): boolean {
    const s = this.s;
    for (let k = 0; k < len; k++) if (s[a + k] !== s[b + k]) return false;
    return true;
  }

  private local(from: number, to: number) {
    this.ls = this.after(from, to);
    this.le = to;
  }

  /** Start of the local name in [from, to): after the first ':', if any. */
  private after(from: number, to: number): number {
    for (let k = from; k < to; k++) if (this.s[k] === 58) return k + 1;
    return from;
  }

  /**
   * Right after the OPEN of an element with an end tag: when the bytes that follow are exactly
   * `<x>text</x></name>` (x the one-letter child asked for, text without '<', maybe empty), takes
   * them as the four tokens they are (TEXT's range set, the element closed) and returns true;
   * else moves nothing. A cell's `<v>` and a shared string's `<t>` are read in one step.
   */
  oneChild(x: number): boolean {
    const s = this.s;
    const p = this.i;
    if (this.closeNext || s[p] !== 60 || s[p + 1] !== x || s[p + 2] !== 62) return false;
    const lt = find(s, 60, p + 3);
    if (lt < 0 || s[lt + 1] !== 47 || s[lt + 2] !== x || s[lt + 3] !== 62 || s[lt + 4] !== 60 || s[lt + 5] !== 47) return false;
    const n = this.depth;
    const ns = this.stack[n - 2]!;
    const len = this.stack[n - 1]! - ns;
    if (!this.same(ns, lt + 6, len) || s[lt + 6 + len] !== 62) return false;
    this.ts = p + 3;
    this.te = lt;
    this.depth = n - 2;
    this.i = lt + 7 + len;
    return true;
  }

  /** Whether the bytes at `at` spell the ASCII `name`. */
  spells(at: number, name: string): boolean {
    const s = this.s;
    for (let k = 0; k < name.length; k++) if (s[at + k] !== name.charCodeAt(k)) return false;
    return true;
  }

  /** Whether the last element's local name is `name`. */
  is(name: string): boolean {
    return this.le - this.ls === name.length && this.spells(this.ls, name);
  }

  /** Decoded text of bytes [a, b). */
  decode(a: number, b: number): string {
    return decodeRefs(utf8.decode(this.s.subarray(a, b)));
  }

  /** Decoded text of the last TEXT. */
  text(): string {
    return this.decode(this.ts, this.te);
  }

  /** Parses the attributes of the last OPEN; false when one is malformed or a local name repeats. */
  attrs(): boolean {
    if (this.parsed) return true;
    const s = this.s;
    let at = this.at;
    this.na = 0;
    let i = this.a0;
    const end = this.a1;
    while (i < end) {
      const c = s[i]!;
      if (isSpace(c)) { i++; continue; }
      if (!nameStart(c)) return false;
      const n0 = i;
      while (i < end && nameChar(s[i]!)) i++;
      if (s[i] !== 61) return false;
      const quote = s[i + 1];
      if (quote !== 34 && quote !== 39) return false;
      const v1 = find(s, quote, i + 2);
      if (v1 < 0 || v1 >= end) return false;
      if (v1 + 1 < end && !isSpace(s[v1 + 1]!)) return false;
      const l0 = this.after(n0, i);
      // An `xmlns:x` declaration keeps its name in read-excel-file: it cannot clash with a local name.
      if (!(l0 !== n0 && i - n0 > 6 && this.spells(n0, 'xmlns:'))) {
        for (let k = 0; k < this.na * 4; k += 4) {
          if (at[k + 1]! - at[k]! === i - l0 && this.same(l0, at[k]!, i - l0)) return false;
        }
      }
      if (this.na * 4 === at.length) { const grown = new Int32Array(at.length * 2); grown.set(at); this.at = at = grown; }
      const k = this.na++ * 4;
      at[k] = l0; at[k + 1] = i; at[k + 2] = i + 2; at[k + 3] = v1;
      i = v1 + 1;
    }
    this.parsed = true;
    return true;
  }

  /** Index into `at` of the attribute with local name `name`, or -1 (after `attrs()`). */
  find(name: string): number {
    const at = this.at;
    for (let k = 0; k < this.na * 4; k += 4) if (at[k + 1]! - at[k]! === name.length && this.spells(at[k]!, name)) return k;
    return -1;
  }

  /** The decoded value of an attribute (after `attrs()`), or undefined. */
  get(name: string): string | undefined {
    const k = this.find(name);
    return k < 0 ? undefined : this.decode(this.at[k + 2]!, this.at[k + 3]!);
  }
}
