/**
 * Number cells. Whether "12.345" is twelve thousand or twelve point three is decided per column
 * from all its cells: a cell like "3,17" or "1.234,5" settles it; when every cell is ambiguous
 * (groups of exactly three digits) counts read it as thousands and rates as decimals.
 */

export type NumberStyle = { decimal: '.' | ','; thousands: '.' | ',' | '' };

const MISSING = new Set(['', '-', '–', '—', 'n/a', 'na', '..', '...', '…', 'x', '#n/a']);

export function isMissing(raw: string): boolean {
  return MISSING.has(clean(raw).toLowerCase());
}

/** Drop spaces of all kinds (NBSP, narrow NBSP) used as digit groups; keep the sign and digits. */
function clean(raw: string): string {
  return raw.replace(/[\s\u00a0\u202f\u2009]+/g, '').replace(/\u2212/g, '-');
}

const DOT: NumberStyle = { decimal: '.', thousands: ',' };
const COMMA: NumberStyle = { decimal: ',', thousands: '.' };
const AMBIG_DOT = /^-?\d{1,3}(\.\d{3})+%?$/;
const AMBIG_COMMA = /^-?\d{1,3}(,\d{3})+%?$/;

/** What one cell says about its column's style (see detectStyle). */
export const Vote = { None: 0, DotDecimal: 1, CommaDecimal: 2, AmbiguousDot: 3, AmbiguousComma: 4 } as const;
export type Vote = (typeof Vote)[keyof typeof Vote];

/** Plain ASCII digits only: says nothing about the style, and reads the same in both. */
function allDigits(raw: string): boolean {
  if (raw.length === 0 || raw.length > 15) return false;
  for (let i = 0; i < raw.length; i++) {
    const c = raw.charCodeAt(i);
    if (c < 48 || c > 57) return false;
  }
  return true;
}

/**
 * "1234.5" or "12,34": digits, one '.' or ',' and digits, nothing else (most cells of most files).
 * Returns the separator's code (46 or 44) and the digit counts before and after it, or 0.
 */
let intDigits = 0;
let fracDigits = 0;
function plainDecimal(raw: string): number {
  const n = raw.length;
  if (n < 3 || n > 16) return 0;
  let sep = 0;
  let at = -1;
  for (let i = 0; i < n; i++) {
    const c = raw.charCodeAt(i);
    if (c >= 48 && c <= 57) continue;
    if ((c !== 46 && c !== 44) || at >= 0) return 0;
    sep = c;
    at = i;
  }
  if (at < 1 || at === n - 1) return 0;
  intDigits = at;
  fracDigits = n - at - 1;
  return sep;
}

/** The value of a plain decimal (see plainDecimal) as Number() reads "int.frac": both are the correctly rounded quotient. */
function plainValue(raw: string): number {
  let m = 0;
  for (let i = 0; i < raw.length; i++) { const c = raw.charCodeAt(i); if (c !== 46 && c !== 44) m = m * 10 + (c - 48); }
  return m / 10 ** fracDigits;
}

export function styleVote(raw: string): Vote {
  if (allDigits(raw)) return Vote.None;
  const sep = plainDecimal(raw);
  // One separator between digits: a decimal, or groups of three (ambiguous) when 1–3 digits come before exactly three.
  if (sep) {
    const ambiguous = intDigits <= 3 && fracDigits === 3;
    if (sep === 46) return ambiguous ? Vote.AmbiguousDot : Vote.DotDecimal;
    return ambiguous ? Vote.AmbiguousComma : Vote.CommaDecimal;
  }
  const c = clean(raw);
  // Only cells that read as a number in one of the two styles are evidence: a stray "1,2,3x" must
  // not decide how the valid cells of the column are read (found by a property test).
  if (!c || !/\d/.test(c) || (parseCell(c, DOT).kind !== 'number' && parseCell(c, COMMA).kind !== 'number')) return Vote.None;
  const hasDot = c.includes('.');
  const hasComma = c.includes(',');
  if (hasDot && hasComma) return c.lastIndexOf(',') > c.lastIndexOf('.') ? Vote.CommaDecimal : Vote.DotDecimal;
  if (hasDot) {
    if ((c.match(/\./g) ?? []).length > 1) return Vote.CommaDecimal; // 1.234.567: dots are groups
    return AMBIG_DOT.test(c) ? Vote.AmbiguousDot : Vote.DotDecimal;
  }
  if (hasComma) {
    if ((c.match(/,/g) ?? []).length > 1) return Vote.DotDecimal;
    return AMBIG_COMMA.test(c) ? Vote.AmbiguousComma : Vote.CommaDecimal;
  }
  return Vote.None;
}

/** The style from the votes of a column's cells (indexed by Vote). */
export function styleFromVotes(votes: ArrayLike<number>, kind: 'rate' | 'count'): NumberStyle {
  const dotDecimal = votes[Vote.DotDecimal]!;
  const commaDecimal = votes[Vote.CommaDecimal]!;
  const ambiguousDot = votes[Vote.AmbiguousDot]!;
  const ambiguousComma = votes[Vote.AmbiguousComma]!;
  if (commaDecimal > dotDecimal) return { decimal: ',', thousands: '.' };
  if (dotDecimal > commaDecimal) return { decimal: '.', thousands: ',' };
  if (ambiguousDot && !ambiguousComma) return kind === 'count' ? { decimal: ',', thousands: '.' } : { decimal: '.', thousands: '' };
  if (ambiguousComma && !ambiguousDot) return kind === 'count' ? { decimal: '.', thousands: ',' } : { decimal: ',', thousands: '' };
  return { decimal: '.', thousands: ',' };
}

/** Decide the style of a column from all of its cells. */
export function detectStyle(cells: Iterable<string>, kind: 'rate' | 'count'): NumberStyle {
  const votes = [0, 0, 0, 0, 0];
  for (const raw of cells) votes[styleVote(raw)]!++;
  return styleFromVotes(votes, kind);
}

export type ParsedCell =
  | { kind: 'missing' }
  | { kind: 'number'; value: number; percent: boolean }
  | { kind: 'invalid' };

/**
 * The value of a cell parseCell reads without making anything (plain digits, a plain decimal in
 * the column's style, a finite number), or NaN: then parseCell has the answer. Most cells are plain.
 */
export function plainNumber(raw: string | number | null | undefined, style: NumberStyle): number {
  if (typeof raw === 'number') return Number.isFinite(raw) ? raw : NaN;
  if (typeof raw !== 'string') return NaN;
  if (allDigits(raw)) return Number(raw);
  if (plainDecimal(raw) === style.decimal.charCodeAt(0) && intDigits + fracDigits <= 15) return plainValue(raw);
  return NaN;
}

export function parseCell(raw: string | number | null | undefined, style: NumberStyle): ParsedCell {
  if (raw === null || raw === undefined) return { kind: 'missing' };
  if (typeof raw === 'string' && allDigits(raw)) return { kind: 'number', value: Number(raw), percent: false };
  // A plain decimal in the column's style (not a thousands group): 15 digits at most stay exact integers before the division.
  if (typeof raw === 'string' && plainDecimal(raw) === style.decimal.charCodeAt(0) && intDigits + fracDigits <= 15) return { kind: 'number', value: plainValue(raw), percent: false };
  if (typeof raw === 'number') return Number.isFinite(raw) ? { kind: 'number', value: raw, percent: false } : { kind: 'invalid' };
  if (isMissing(raw)) return { kind: 'missing' };
  let c = clean(raw);
  let percent = false;
  if (c.endsWith('%')) {
    percent = true;
    c = c.slice(0, -1);
  }
  if (style.thousands && c.includes(style.thousands)) {
    // Groups must be of three digits, or the cell does not follow the column's style.
    const intPart = c.split(style.decimal)[0]!.replace(/^[-+]/, '');
    const groups = intPart.split(style.thousands);
    if (groups.length > 1 && !(groups[0]!.length >= 1 && groups[0]!.length <= 3 && groups.slice(1).every((g) => /^\d{3}$/.test(g)))) return { kind: 'invalid' };
    c = groups.length > 1 ? c.split(style.thousands).join('') : c;
  }
  if (style.decimal === ',') c = c.replace(',', '.');
  if (!/^[-+]?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?$/.test(c)) return { kind: 'invalid' };
  const value = Number(c);
  return Number.isFinite(value) ? { kind: 'number', value, percent } : { kind: 'invalid' };
}
