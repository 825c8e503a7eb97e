/**
 * Bytes → NFC text. BOM first (UTF-8, UTF-16 LE/BE); then UTF-16 without BOM by its zero bytes;
 * then strict UTF-8; else a legacy code page: Windows-1258 when decoding with it yields Vietnamese
 * letters (its tone marks are combining characters, folded into precomposed ones by NFC), else
 * Windows-1252.
 */

export type Encoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1258' | 'windows-1252';
export const ENCODINGS: Encoding[] = ['utf-8', 'utf-16le', 'utf-16be', 'windows-1258', 'windows-1252'];

export interface Decoded {
  text: string;
  encoding: Encoding;
  bom: boolean;
  /** True when the bytes did not decode cleanly (replacement characters were produced). */
  lossy: boolean;
}

export function isEncoding(s: string | undefined): s is Encoding {
  return s !== undefined && (ENCODINGS as string[]).includes(s);
}

function bomOf(b: Uint8Array): { encoding: Encoding; length: number } | null {
  if (b.length >= 3 && b[0] === 0xef && b[1] === 0xbb && b[2] === 0xbf) return { encoding: 'utf-8', length: 3 };
  if (b.length >= 2 && b[0] === 0xff && b[1] === 0xfe) return { encoding: 'utf-16le', length: 2 };
  if (b.length >= 2 && b[0] === 0xfe && b[1] === 0xff) return { encoding: 'utf-16be', length: 2 };
  return null;
}

/** UTF-16 text of mostly ASCII has a zero in every other byte. */
function sniffUtf16(b: Uint8Array): Encoding | null {
  const n = Math.min(b.length - (b.length % 2), 4096);
  if (n < 4) return null;
  let evenZero = 0;
  let oddZero = 0;
  for (let i = 0; i < n; i += 2) {
    if (b[i] === 0) evenZero++;
    if (b[i + 1] === 0) oddZero++;
  }
  const pairs = n / 2;
  if (oddZero > pairs * 0.3 && evenZero < pairs * 0.05) return 'utf-16le';
  if (evenZero > pairs * 0.3 && oddZero < pairs * 0.05) return 'utf-16be';
  return null;
}

function tryUtf8(b: Uint8Array): string | null {
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(b);
  } catch {
    return null;
  }
}

/** Precomposed Vietnamese letters (Latin Extended Additional) and ơ ư ă đ. */
const VIET = /[\u1ea0-\u1ef9\u01a0\u01a1\u01af\u01b0\u0102\u0103\u0110\u0111]/g;

/** The encoding told by a BOM, by UTF-16's zero bytes or by being strict UTF-8; null for a legacy code page. */
export function unicodeEncoding(b: Uint8Array): Encoding | null {
  const bom = bomOf(b);
  if (bom) return bom.encoding;
  const u16 = sniffUtf16(b);
  if (u16) return u16;
  return tryUtf8(b) !== null ? 'utf-8' : null;
}

export function detectEncoding(b: Uint8Array): Encoding {
  const unicode = unicodeEncoding(b);
  if (unicode) return unicode;
  const sample = b.subarray(0, 65536);
  if (lastSample && sameBytes(lastSample, sample)) return lastGuess;
  const as1258 = new TextDecoder('windows-1258').decode(sample).normalize('NFC');
  const viet = as1258.match(VIET)?.length ?? 0;
  let high = 0;
  for (let i = 0; i < sample.length; i++) if (sample[i]! >= 0x80) high++;
  // Most high bytes of a Vietnamese text become Vietnamese letters; in Western text few do.
  lastGuess = viet > 0 && viet >= high * 0.3 ? 'windows-1258' : 'windows-1252';
  lastSample = sample.slice();
  return lastGuess;
}

// The last legacy guess and the bytes it was made on: an import asks for its file's encoding up to
// three times (the crosswalk and household-list sniffs, then the reader), ~1 ms each; comparing
// 64 KB is ~50 times cheaper.
let lastSample: Uint8Array | null = null;
let lastGuess: Encoding = 'windows-1252';

function sameBytes(a: Uint8Array, b: Uint8Array): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

/** The encoding detectEncoding would tell, without validating a whole large UTF-8 file up front. */
export function encodingOf(bytes: Uint8Array, head: number): Encoding {
  // A prefix cut before any multi-byte character: when it is UTF-8, the reader checks the rest as it goes.
  let end = Math.min(bytes.length, head);
  while (end > 0 && end < bytes.length && bytes[end]! >= 0x80) end--;
  // Only UTF-8 is taken from the prefix: the legacy guess (a decode of 64 KB) is made once, on the whole.
  return unicodeEncoding(bytes.subarray(0, end)) === 'utf-8' ? 'utf-8' : detectEncoding(bytes);
}

// Windows-1252's 0x80–0x9F (Node 20's TextDecoder wrongly treats windows-1252 as Latin-1 there).
const CP1252_HIGH = '\u20ac\u0081\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\u008d\u017d\u008f'
  + '\u0090\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\u009d\u017e\u0178';

export function decode1252(b: Uint8Array): string {
  let out = '';
  for (let i = 0; i < b.length; i += 8192) {
    const chunk = b.subarray(i, i + 8192);
    out += String.fromCharCode(...chunk.map((x) => x)).replace(/[\u0080-\u009f]/g, (c) => CP1252_HIGH[c.charCodeAt(0) - 0x80]!);
  }
  return out;
}

// Windows-1258 writes tone marks as combining characters after their letter (bytes CC D2 DE EC F2:
// U+0300 U+0309 U+0303 U+0301 U+0323). Decoding then normalising the whole text to NFC cost more
// than the parse; instead each letter + mark is composed as the bytes are read, from a table of
// every (byte, mark) pair built by the platform's own NFC. Two marks in a row (whose NFC may
// reorder them) send the text the slow way, so the result is always exactly the NFC text.
const MARK_BYTES = [0xcc, 0xd2, 0xde, 0xec, 0xf2];
let cp1258: { unit: Uint16Array; mark: Int8Array; pair: string[] } | null = null;

function cp1258Tables() {
  if (cp1258) return cp1258;
  const all = new Uint8Array(256).map((_, i) => i);
  const text = new TextDecoder('windows-1258').decode(all);
  const unit = new Uint16Array(256);
  for (let i = 0; i < 256; i++) unit[i] = text.charCodeAt(i);
  const mark = new Int8Array(256).fill(-1);
  MARK_BYTES.forEach((m, k) => { mark[m] = k; });
  // pair[base * 5 + k]: the NFC of base + mark k, where it differs from the two as written
  // (most often one precomposed letter; "È" + dot below is "Ẹ" + grave), else ''.
  const pair: string[] = new Array<string>(256 * MARK_BYTES.length).fill('');
  for (let base = 0; base < 256; base++) {
    if (mark[base]! >= 0) continue;
    MARK_BYTES.forEach((m, k) => {
      const written = String.fromCharCode(unit[base]!, unit[m]!);
      const nfc = written.normalize('NFC');
      if (nfc !== written) pair[base * MARK_BYTES.length + k] = nfc;
    });
  }
  return (cp1258 = { unit, mark, pair });
}

const littleEndian = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;
const utf16 = new TextDecoder('utf-16le');
// The streaming reader decodes many small pieces: one buffer serves them all (a whole file gets its own).
const SCRATCH_MAX = 1 << 17;
let scratch = new Uint16Array(0);

/**
 * Windows-1258 bytes → NFC text in one pass, or null when two marks follow each other. `prefix`
 * (text decoded before, e.g. an unfinished row) is written ahead of it into the same new string:
 * `prefix + text` would be a rope, which the engine reads char by char much more slowly.
 */
export function decode1258Nfc(b: Uint8Array, prefix = ''): string | null {
  if (!littleEndian) return null;
  const size = prefix.length + b.length;
  if (size <= SCRATCH_MAX && scratch.length < size) scratch = new Uint16Array(Math.max(size, 1 << 16));
  const out = size <= SCRATCH_MAX ? scratch : new Uint16Array(size);
  for (let i = 0; i < prefix.length; i++) out[i] = prefix.charCodeAt(i);
  const n = composeInto(b, 0, b.length, out, prefix.length);
  return n < 0 ? null : utf16.decode(out.subarray(0, n));
}

/**
 * Windows-1258 bytes[s, e) → NFC text, as decode1258Nfc composes it, for one cell (the streaming
 * reader's cells read as bytes: no platform normalize call, about half the cost of one a name in
 * Chromium); null where decode1258Nfc gives up (two marks in a row).
 */
export function compose1258(b: Uint8Array, s: number, e: number): string | null {
  if (cellOut.length < e - s) cellOut = new Uint16Array(2 * (e - s));
  const n = composeInto(b, s, e, cellOut, 0);
  if (n < 0) return null;
  // In steps: apply's arguments are bounded by the stack.
  let text = '';
  for (let k = 0; k < n; k += 4096) text += String.fromCharCode.apply(null, cellOut.subarray(k, Math.min(n, k + 4096)) as unknown as number[]);
  return text;
}
let cellOut = new Uint16Array(256);

/**
 * Writes the NFC text of Windows-1258 bytes[s, e) into `out` from `n`; returns where it ends, or -1
 * when two marks follow each other (out needs n + e - s places: a letter and its mark give at most two).
 */
function composeInto(b: Uint8Array, s: number, e: number, out: Uint16Array, n: number): number {
  const { unit, mark, pair } = cp1258Tables();
  let prev = -1; // the previous byte when it was a character written out as is (it may take a mark)
  for (let i = s; i < e; i++) {
    const x = b[i]!;
    // ASCII is itself in Windows-1258, and no tone mark.
    if (x < 0x80) { out[n++] = x; prev = x; continue; }
    const k = mark[x]!;
    if (k < 0) { out[n++] = unit[x]!; prev = x; continue; }
    if (i > s && mark[b[i - 1]!]! >= 0) return -1;
    const nfc = prev >= 0 ? pair[prev * 5 + k]! : '';
    if (nfc.length === 1) out[n - 1] = nfc.charCodeAt(0);
    else if (nfc.length === 2) { out[n - 1] = nfc.charCodeAt(0); out[n++] = nfc.charCodeAt(1); } else if (nfc) return -1;
    else out[n++] = unit[x]!;
    prev = -1;
  }
  return n;
}

/**
 * `normalize` false: the text as decoded, not NFC (a JSON reader normalises each text it keeps:
 * NFC over a whole 28 MB file cost ~50 ms, Node). Windows-1258 text is NFC either way.
 */
export function decode(b: Uint8Array, override?: Encoding, normalize = true): Decoded {
  const bom = bomOf(b);
  // Strict UTF-8 is what detection tries first: keep that text instead of decoding twice.
  const utf8 = !override && !bom && !sniffUtf16(b) ? tryUtf8(b) : null;
  const encoding = override ?? (utf8 !== null ? 'utf-8' : detectEncoding(b));
  const skip = bom && bom.encoding === encoding ? bom.length : 0;
  const body = b.subarray(skip);
  const nfc1258 = encoding === 'windows-1258' ? decode1258Nfc(body) : null;
  if (nfc1258 !== null) return { text: nfc1258, encoding, bom: skip > 0, lossy: nfc1258.includes('\uFFFD') };
  const raw = utf8 ?? (encoding === 'windows-1252' ? decode1252(body) : new TextDecoder(encoding, { ignoreBOM: true }).decode(body));
  // A stray BOM can survive (e.g. override to UTF-8 on a BOM file decoded elsewhere): drop it.
  const unmarked = raw.replace(/^\uFEFF/, '');
  const text = normalize ? unmarked.normalize('NFC') : unmarked;
  return { text, encoding, bom: skip > 0, lossy: text.includes('\uFFFD') };
}
