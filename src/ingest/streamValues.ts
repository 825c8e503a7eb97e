/**
 * Number cells of the streaming reader, read as collect.ts and numbers.ts read them, a plain cell
 * without keeping its text: it is kept as its digits (an integer), how many of them follow the
 * separator, and which separator ('.' or ','). Cells vote on their column's style as they come
 * (numbers.ts `styleVote`, per value column and indicator kind); once every vote is in, the style
 * is decided by `styleFromVotes` and the kept digits become numbers as `plainNumber` makes them.
 * A cell with one group of thousands ("121.000" where '.' groups thousands) is read as parseCell
 * reads it. Any other cell ("n/a", "-", a sign, spaces, a percent sign, two separators, more than
 * 15 digits) is kept as text, votes as collect.ts has it vote, and is read by parseCell once the
 * style is known (a cell it cannot read is invalid: the checks reject its row).
 */
import { parseCell, styleFromVotes, styleVote, Vote, type NumberStyle } from './numbers.ts';
import { fresh, type Alloc } from './scratch.ts';
import { PART } from './lists.ts';

/** NumberCells' cells as plain arrays (they travel between workers). */
export interface CellsState {
  n: number; digits: Float64Array; frac: Uint8Array; sep: Uint8Array; group: Uint8Array; slot: Uint16Array;
  votes: Int32Array; seen: Uint8Array; texts: [number, string][];
}

const NONE: NumberStyle = { decimal: '.', thousands: '' };
/** `sep` of a cell kept as text, of a blank cell, and of a number that was never text (JSON). */
const AS_TEXT = 1;
const BLANK = 2;
const TYPED = 3;
/** In `group`: the cell is 1–3 digits, the separator, 3 digits (the rest of the byte: its digits before the separator). */
const GROUP = 0x80;

export class NumberCells {
  n = 0;
  private digits: Float64Array;
  private frac: Uint8Array;
  private sep: Uint8Array;
  /** Per value: GROUP when it is 1–3 digits, the separator, 3 digits (a decimal, or one group of thousands), and its digits before the separator. */
  private group: Uint8Array;
  /** Per value: its vote slot, value column × 2 + (count ? 1 : 0). */
  private slot: Uint16Array;
  private readonly votes: Int32Array;
  private readonly seen: Uint8Array;
  /** Cells kept as text, by index (few: a file of plain numbers has none). */
  private readonly texts = new Map<number, string>();
  /** After values(): the cells kept as text that read as missing or invalid, and those with a percent sign. */
  private readonly textMissing: number[] = [];
  private readonly textInvalid: number[] = [];
  private readonly textPercent: number[] = [];
  /** After values(): each slot's decimal separator. */
  private decimal = new Uint8Array(0);

  constructor(private readonly columns: number, cap: number, private readonly mem: Alloc = fresh) {
    // Each cell writes all five (push, pushNumber, pushText, missing): not zeroed.
    this.digits = mem.f64(cap, false);
    this.frac = mem.u8(cap, false);
    this.sep = mem.u8(cap, false);
    this.group = mem.u8(cap, false);
    this.slot = mem.u16(cap, false);
    this.votes = new Int32Array(columns * 2 * 5);
    this.seen = new Uint8Array(columns * 2);
  }

  /**
   * Reads text[s, e) (a filled cell of value column `col`, for an indicator of `kind`) when it is a
   * plain number; else returns false, and the caller gives the cell's text (pushText).
   */
  push(text: string, s: number, e: number, col: number, kind: 'rate' | 'count'): boolean {
    let m = 0, digits = 0, frac = 0, sep = 0, at = -1;
    for (let i = s; i < e; i++) {
      const c = text.charCodeAt(i);
      if (c >= 48 && c <= 57) { m = m * 10 + (c - 48); digits++; if (sep) frac++; } else if ((c === 46 || c === 44) && !sep) { sep = c; at = i; } else return false;
    }
    return this.keep(m, digits, frac, sep, at === s || at === e - 1, col, kind);
  }

  /** As push, over bytes[s, e) of a one-byte code page (digits and separators are ASCII in every one). */
  pushBytes(bytes: Uint8Array, s: number, e: number, col: number, kind: 'rate' | 'count'): boolean {
    let m = 0, digits = 0, frac = 0, sep = 0, at = -1;
    for (let i = s; i < e; i++) {
      const c = bytes[i]!;
      if (c >= 48 && c <= 57) { m = m * 10 + (c - 48); digits++; if (sep) frac++; } else if ((c === 46 || c === 44) && !sep) { sep = c; at = i; } else return false;
    }
    return this.keep(m, digits, frac, sep, at === s || at === e - 1, col, kind);
  }

  /** A cell of plain digits with at most one separator (`sepAtEdge`: first or last), kept as its digits. */
  private keep(m: number, digits: number, frac: number, sep: number, sepAtEdge: boolean, col: number, kind: 'rate' | 'count'): boolean {
    // plainNumber reads at most 15 digits, and a separator between digits.
    if (digits === 0 || digits > 15 || (sep && sepAtEdge)) return false;
    const slot = col * 2 + (kind === 'count' ? 1 : 0);
    let vote: number = Vote.None;
    const ambiguous = sep !== 0 && digits - frac <= 3 && frac === 3;
    if (sep) {
      vote = sep === 46 ? (ambiguous ? Vote.AmbiguousDot : Vote.DotDecimal) : ambiguous ? Vote.AmbiguousComma : Vote.CommaDecimal;
    }
    this.votes[slot * 5 + vote]!++;
    this.seen[slot] = 1;
    if (this.n === this.digits.length) this.grow();
    const k = this.n++;
    this.digits[k] = m; this.frac[k] = frac; this.sep[k] = sep; this.slot[k] = slot; this.group[k] = (ambiguous ? GROUP : 0) | (digits - frac);
    return true;
  }

  /**
   * After values(): cell k as written, for a message that quotes it (undefined for a blank cell).
   * A plain cell is its digits and at most one separator, so it is made again from its number.
   */
  textOf(k: number): string | undefined {
    const sep = this.sep[k]!;
    if (sep === AS_TEXT) return this.texts.get(k);
    if (sep === BLANK) return undefined;
    if (sep === TYPED) return String(this.digits[k]!);
    const f = this.frac[k]!;
    const x = this.digits[k]!;
    // A decimal was divided by 10^f (exact back for 15 digits); a group of thousands kept its digits.
    const m = !f || sep !== this.decimal[this.slot[k]!] ? x : Math.round(x * 10 ** f);
    const all = String(m).padStart((this.group[k]! & ~GROUP) + f, '0');
    return f ? `${all.slice(0, all.length - f)}${String.fromCharCode(sep)}${all.slice(all.length - f)}` : all;
  }

  /** A number that was never text (a JSON number): no vote, read as it is, quoted as String(x) writes it. */
  pushNumber(x: number, col: number): void {
    if (this.n === this.digits.length) this.grow();
    const k = this.n++;
    this.digits[k] = x; this.frac[k] = 0; this.sep[k] = TYPED; this.slot[k] = col * 2; this.group[k] = 0;
  }

  /** A cell that is not plain digits: kept as text (NFC, as the pipeline's text is). */
  pushText(cell: string, col: number, kind: 'rate' | 'count'): void {
    const raw = cell.normalize('NFC');
    const slot = col * 2 + (kind === 'count' ? 1 : 0);
    this.votes[slot * 5 + styleVote(raw)]!++;
    this.seen[slot] = 1;
    if (this.n === this.digits.length) this.grow();
    const k = this.n++;
    this.digits[k] = NaN; this.frac[k] = 0; this.sep[k] = AS_TEXT; this.slot[k] = slot; this.group[k] = 0;
    this.texts.set(k, raw);
  }

  /**
   * A blank cell (read as missing): a vote for no style when the row has the cell at all, as
   * collect.ts counts it; its number is NaN.
   */
  missing(col: number, kind: 'rate' | 'count', present: boolean): void {
    const slot = col * 2 + (kind === 'count' ? 1 : 0);
    if (present) { this.votes[slot * 5 + Vote.None]!++; this.seen[slot] = 1; }
    if (this.n === this.digits.length) this.grow();
    const k = this.n++;
    this.digits[k] = NaN; this.frac[k] = 0; this.sep[k] = BLANK; this.slot[k] = slot; this.group[k] = 0;
  }

  /**
   * Every cell's number, in its column's style, written over the kept digits (a view of the same
   * memory, not a copy: 8 bytes a cell less of fresh memory). No cell may be added after.
   */
  values(): Float64Array {
    const decimal = new Uint8Array(this.columns * 2);
    const thousands = new Uint8Array(this.columns * 2);
    const styles: NumberStyle[] = [];
    for (let slot = 0; slot < decimal.length; slot++) {
      const style = this.seen[slot] ? styleFromVotes(this.votes.subarray(slot * 5, slot * 5 + 5), slot % 2 ? 'count' : 'rate') : NONE;
      styles.push(style);
      decimal[slot] = style.decimal.charCodeAt(0);
      thousands[slot] = style.thousands ? style.thousands.charCodeAt(0) : 0;
    }
    this.decimal = decimal;
    for (let k = 0; k < this.n; k += PART) this.scale(k, Math.min(this.n, k + PART), decimal, thousands);
    const out = this.digits;
    for (const [k, raw] of this.texts) {
      const p = parseCell(raw, styles[this.slot[k]!]!);
      out[k] = p.kind === 'number' ? p.value : NaN;
      if (p.kind === 'invalid') this.textInvalid.push(k);
      else if (p.kind === 'missing') this.textMissing.push(k);
      else if (p.percent) this.textPercent.push(k);
    }
    return out.subarray(0, this.n);
  }

  /** Cells from..to read in their column's style: digits over their decimals, or kept as text (values, in parts: lists.ts PART). */
  private scale(from: number, to: number, decimal: Uint8Array, thousands: Uint8Array): void {
    const out = this.digits;
    for (let k = from; k < to; k++) {
      const sep = this.sep[k]!;
      if (sep === AS_TEXT || sep === BLANK || sep === TYPED) continue;
      const slot = this.slot[k]!;
      if (sep && sep !== decimal[slot]) {
        // One group of thousands: parseCell drops the separator (the digits are the number).
        if (sep === thousands[slot] && this.group[k]! & GROUP) continue;
        // Any other ("3.25" in a column of decimal commas): read below as parseCell reads it.
        this.texts.set(k, this.textOf(k)!);
        this.sep[k] = AS_TEXT;
        continue;
      }
      const f = this.frac[k]!;
      if (f) out[k] = out[k]! / 10 ** f;
    }
  }

  /**
   * After values(): the other per-cell columns of collect.ts's Values (the cells' own bookkeeping
   * stays: textOf reads it): each cell's value column (every row has `columns` cells, so cell k is
   * column k % columns), its kind (`number`, or `missing` or `invalid` for a cell kept as text that
   * reads so; the caller marks the blank ones), its percent sign, indicator found.
   */
  layout(number: number, missing: number, invalid: number): { vcol: Uint16Array; kind: Uint8Array; percent: Uint8Array; indOk: Uint8Array } {
    const n = this.n, cols = this.columns;
    const vcol = this.mem.u16(n, false);
    for (let k = 0; k < n; k += PART) columnsOf(vcol, k, Math.min(n, k + PART), cols);
    const kind = this.mem.u8(n, false).fill(number);
    const percent = this.mem.u8(n);
    for (const k of this.textMissing) kind[k] = missing;
    for (const k of this.textInvalid) kind[k] = invalid;
    for (const k of this.textPercent) percent[k] = 1;
    return { vcol, kind, percent, indOk: this.mem.u8(n, false).fill(1) };
  }

  /** The cells read so far, for another reader to append (streamMerge.ts): arrays cut to `n`. */
  state(): CellsState {
    const n = this.n;
    return {
      n, digits: this.digits.subarray(0, n), frac: this.frac.subarray(0, n), sep: this.sep.subarray(0, n), group: this.group.subarray(0, n),
      slot: this.slot.subarray(0, n), votes: this.votes, seen: this.seen, texts: [...this.texts],
    };
  }

  /** Appends the cells of another reader of the same columns (the file's next part): they vote with these. */
  append(o: CellsState): void {
    while (this.n + o.n > this.digits.length) this.grow();
    const k = this.n;
    this.digits.set(o.digits, k); this.frac.set(o.frac, k); this.sep.set(o.sep, k); this.group.set(o.group, k); this.slot.set(o.slot, k);
    for (let v = 0; v < this.votes.length; v++) this.votes[v]! += o.votes[v]!;
    for (let v = 0; v < this.seen.length; v++) this.seen[v]! |= o.seen[v]!;
    for (const [i, t] of o.texts) this.texts.set(k + i, t);
    this.n += o.n;
  }

  private grow(): void {
    const cap = this.digits.length * 2 + 16;
    const g = <T extends Float64Array | Uint8Array | Uint16Array>(a: T, b: T): T => { b.set(a); return b; };
    const mem = this.mem;
    this.digits = g(this.digits, mem.f64(cap, false));
    this.frac = g(this.frac, mem.u8(cap, false));
    this.sep = g(this.sep, mem.u8(cap, false));
    this.slot = g(this.slot, mem.u16(cap, false));
    this.group = g(this.group, mem.u8(cap, false));
  }
}

/** Each value's column (values are written row by row, `cols` to a row), values from..to. */
function columnsOf(vcol: Uint16Array, from: number, to: number, cols: number): void {
  for (let k = from; k < to; k++) vcol[k] = k % cols;
}
