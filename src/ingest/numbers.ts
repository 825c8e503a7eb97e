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

/** Decide the style of a column from all of its cells. */
export function detectStyle(cells: Iterable<string>, kind: 'rate' | 'count'): NumberStyle {
  let dotDecimal = 0; // evidence "." is the decimal mark
  let commaDecimal = 0;
  let ambiguousDot = 0;
  let ambiguousComma = 0;
  for (const raw of cells) {
    const c = clean(raw);
    // Only cells that read as a number in one of the two styles are evidence: a stray "1,2,3x" must
    // not decide how the valid cells of the column are read (found by a property test).
    if (!c || !/\d/.test(c) || (parseCell(c, DOT).kind !== 'number' && parseCell(c, COMMA).kind !== 'number')) continue;
    const hasDot = c.includes('.');
    const hasComma = c.includes(',');
    if (hasDot && hasComma) {
      if (c.lastIndexOf(',') > c.lastIndexOf('.')) commaDecimal++;
      else dotDecimal++;
    } else if (hasDot) {
      if ((c.match(/\./g) ?? []).length > 1) commaDecimal++; // 1.234.567: dots are groups
      else if (AMBIG_DOT.test(c)) ambiguousDot++;
      else dotDecimal++;
    } else if (hasComma) {
      if ((c.match(/,/g) ?? []).length > 1) dotDecimal++;
      else if (AMBIG_COMMA.test(c)) ambiguousComma++;
      else commaDecimal++;
    }
  }
  if (commaDecimal > dotDecimal) return { decimal: ',', thousands: '.' };
  if (dotDecimal > commaDecimal) return { decimal: '.', thousands: ',' };
  if (ambiguousDot && !ambiguousComma) return kind === 'count' ? { decimal: ',', thousands: '.' } : { decimal: '.', thousands: '' };
  if (ambiguousComma && !ambiguousDot) return kind === 'count' ? { decimal: '.', thousands: ',' } : { decimal: ',', thousands: '' };
  return { decimal: '.', thousands: ',' };
}

export type ParsedCell =
  | { kind: 'missing' }
  | { kind: 'number'; value: number; percent: boolean }
  | { kind: 'invalid' };

export function parseCell(raw: string | number | null | undefined, style: NumberStyle): ParsedCell {
  if (raw === null || raw === undefined) return { kind: 'missing' };
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
