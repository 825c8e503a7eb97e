/**
 * Header recognition: fold a header, guess its role, find the header row under any title rows.
 * A role is a plain string so the mapping screen, the CLI and storage share it:
 * 'unit_code' | 'unit_name' | 'year' | 'indicator' | 'value' | 'ignore' | 'v:<indicator>:<year>'
 * where a value column may name its indicator, its year, or both ('v:poverty_rate:', 'v::2023').
 */
import { foldName } from '../domain/units.ts';
import { isIndicatorId, type IndicatorId } from '../domain/indicators.ts';
import { FIELD_SYNONYMS, INDICATOR_SYNONYMS, NOTE_LABELS, RATE_OF_COUNT, TOTAL_LABELS, type FieldId } from './synonyms.ts';
import { roleFromTokens } from './tokens.ts';

export type Role = string;

export interface ValueRole { indicator: IndicatorId | null; year: number | null }

/**
 * Diacritics, case, punctuation and bracketed units ("(%)", "[hộ]") removed; `_ - .` and camelCase
 * become spaces ("orgUnit" → "org unit", "poor_household_rate" → "poor household rate").
 */
export function foldHeader(s: string): string {
  return foldName(s.replace(/\([^)]*\)|\[[^\]]*\]/g, ' ').replace(/(\p{Ll})(\p{Lu})/gu, '$1 $2')
    // camelCase with a one-letter word ("nhaOBinhQuan" → "nha O Binh Quan"): split before the last capital of a run.
    .replace(/(\p{Lu})(\p{Lu}\p{Ll})/gu, '$1 $2'))
    .replace(/[_:;,.\-–/\\"'’*]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

const fieldBySyn = new Map<string, FieldId>();
for (const [f, list] of Object.entries(FIELD_SYNONYMS) as [FieldId, string[]][]) for (const s of list) fieldBySyn.set(foldHeader(s), f);
const indBySyn = new Map<string, IndicatorId>();
for (const [id, list] of Object.entries(INDICATOR_SYNONYMS) as [IndicatorId, string[]][]) for (const s of list) indBySyn.set(foldHeader(s), id);

/** An indicator from a label ("Tỷ lệ hộ nghèo (%)", "poverty_rate", "Hộ nghèo %"). */
export function indicatorOf(label: string): IndicatorId | null {
  const trimmed = label.trim();
  if (isIndicatorId(trimmed)) return trimmed;
  const whole = foldHeader(trimmed);
  const f = whole.replace(/\b(19|20)\d{2}\b/g, ' ').replace(/\bnam\b/g, ' ').replace(/\s+/g, ' ').trim();
  // "… cuối năm" is a label of its own; otherwise a year ("năm 2023") is not part of the indicator.
  const id = indBySyn.get(whole) ?? indBySyn.get(f) ?? null;
  if (id && /%/.test(label)) return RATE_OF_COUNT[id] ?? id;
  return id;
}

/**
 * A label outside the catalogue becomes an indicator of its own, so any indicator set loads:
 * "Tỷ lệ trẻ em suy dinh dưỡng (%)" → "ty_le_tre_em_suy_dinh_duong_pct". Empty → null.
 */
export function customIndicatorId(label: string): string | null {
  const base = foldHeader(label).replace(/[^a-z0-9]+/g, '_').replace(/^_+|_+$/g, '');
  if (!base) return null;
  const id = /%/.test(label) && !/_(pct|rate|percent)$/.test(base) ? `${base}_pct` : base;
  return (/^[a-z]/.test(id) ? id : `i_${id}`).slice(0, 64);
}

export function yearIn(label: string): number | null {
  const m = /(?:^|\D)((?:19|20)\d{2})(?:\D|$)/.exec(label);
  return m ? Number(m[1]) : null;
}

export function valueRole(indicator: IndicatorId | null, year: number | null): Role {
  return `v:${indicator ?? ''}:${year ?? ''}`;
}

export function parseValueRole(role: Role): ValueRole | null {
  const m = /^v:([a-z_]*):(\d*)$/.exec(role);
  if (!m) return null;
  const ind = m[1]!;
  return { indicator: ind && isIndicatorId(ind) ? ind : null, year: m[2] ? Number(m[2]) : null };
}

/**
 * Why a column got its role, for the mapping screen and `validate --json`: a whole-header synonym,
 * words of the header, an indicator or year label, or a rule on the column's values (columns.ts).
 */
export type Why =
  | { kind: 'synonym'; text: string }
  | { kind: 'tokens'; tokens: string[] }
  | { kind: 'label'; text: string }
  | { kind: 'measure'; values: string[] }
  | { kind: 'not-years'; values: string[] }
  | { kind: 'rate-beside'; column: string }
  | { kind: 'duplicate'; column: string }
  | { kind: 'chosen' }
  | { kind: 'none' };

export interface RoleGuess { role: Role; why: Why; strength: number }

/** One header's role and why; null when unknown. */
// A number below 1000 with up to two decimals (a data cell under the header, a rate) has no role:
// headerTokens.test.ts checks every one of them. It is answered without folding.
const SMALL_NUMBER = /^(?:0|[1-9]\d{0,2})(?:\.\d{1,2})?$/;

export function explainRole(header: string): RoleGuess | null {
  if (SMALL_NUMBER.test(header)) return null;
  const f = foldHeader(header);
  if (!f) return null;
  const field = fieldBySyn.get(f);
  if (field) return { role: field, why: { kind: 'synonym', text: f }, strength: 3 };
  const ind = indicatorOf(header);
  const year = yearIn(header);
  if (ind || year) {
    // "2023" alone, "Năm 2023": a year column of a wide-by-year table.
    if (ind || /^(nam )?\d{4}$/.test(f)) return { role: valueRole(ind, year), why: { kind: 'label', text: f }, strength: 3 };
  }
  const t = roleFromTokens(f);
  return t ? { role: t.role, why: { kind: 'tokens', tokens: t.tokens }, strength: t.strength } : null;
}

/** Guess one header's role; null when unknown. */
export function guessRole(header: string): Role | null {
  return explainRole(header)?.role ?? null;
}

export function guessMapping(headers: string[]): Role[] {
  return headers.map((h) => guessRole(h) ?? 'ignore');
}

/** Same header set ⇒ same key, so a remembered mapping applies again. */
export function headerKey(headers: string[]): string {
  return headers.map(foldHeader).join('|');
}

/**
 * The header row: among the first rows, the one with the most recognised headers (at least two);
 * otherwise the first row with two or more filled cells. Returns a 0-based index.
 */
export function findHeaderRow(rows: string[][], scan = 30): number {
  let best = -1;
  let bestScore = 1;
  for (let i = 0; i < Math.min(rows.length, scan); i++) {
    const score = rows[i]!.filter((c) => guessRole(c) !== null).length;
    if (score > bestScore) { best = i; bestScore = score; }
  }
  if (best >= 0) return best;
  const firstWide = rows.findIndex((r) => r.filter((c) => c.trim() !== '').length >= 2);
  return firstWide >= 0 ? firstWide : 0;
}

/** Where the header is: its first row (0-based), one or two rows, the labels, and a row of column numbers under it. */
export interface HeaderBlock { row: number; span: 1 | 2; headers: string[]; numbersRow: number | null }

const recognised = (hs: readonly string[]) => hs.filter((x) => guessRole(x) !== null).length;
const looksNumeric = (c: string) => /^[\s\d.,%()+\-−]+$/.test(c);

/**
 * A header over two rows — a merged group label ("Năm 2023", "Hộ nghèo") above its sub-labels
 * ("Số hộ nghèo", "Tỷ lệ (%)"), as Excel reports are often laid out — as one label per column.
 * Null unless the lower row is labels (no numbers) and the joined labels are recognised in more
 * columns than the upper row alone.
 */
export function combineHeaderRows(top: readonly string[], sub: readonly string[]): string[] | null {
  const filled = sub.map((c) => c.trim()).filter((c) => c !== '');
  if (filled.length < 2 || filled.some(looksNumeric)) return null;
  const out: string[] = [];
  let group = '';
  for (let c = 0; c < Math.max(top.length, sub.length); c++) {
    const t = (top[c] ?? '').trim();
    const s = (sub[c] ?? '').trim();
    // A merged cell leaves its label in the first column only: carry it right while sub-labels follow.
    if (t) group = t;
    else if (!s) group = '';
    const parent = t || group;
    if (!s || !parent) { out.push(s || parent); continue; }
    const joined = `${parent} ${s}`;
    const reversed = `${s} ${parent}`;
    out.push(guessRole(joined) === null && guessRole(reversed) !== null ? reversed : joined);
  }
  return recognised(out) > recognised(top) ? out : null;
}

/** "1 2 3 4" or "(1) (2) (3)": the column numbers some reports print under the header. */
export function isColumnNumbersRow(row: readonly string[]): boolean {
  const cells = row.map((c) => c.trim()).filter((c) => c !== '');
  if (cells.length < 3) return false;
  const nums = cells.map((c) => /^\(?(\d{1,2})\)?$/.exec(c)?.[1]);
  return nums.every((n, i) => n !== undefined && Number(n) === Number(nums[0]) + i);
}

/** The header block: `userRow` (0-based) when the user set it, else found; two rows when they read better together. */
export function findHeader(rows: readonly string[][], userRow?: number): HeaderBlock {
  const h = userRow ?? findHeaderRow(rows as string[][]);
  const one = (rows[h] ?? []).map((c) => c.trim());
  let best: HeaderBlock = { row: h, span: 1, headers: one, numbersRow: null };
  let bestScore = recognised(one);
  const tryPair = (start: number) => {
    if (start < 0 || start + 1 >= rows.length) return;
    const joined = combineHeaderRows(rows[start]!, rows[start + 1]!);
    if (joined && recognised(joined) > bestScore) { best = { row: start, span: 2, headers: joined, numbersRow: null }; bestScore = recognised(joined); }
  };
  tryPair(h);
  // The search may have picked the sub-label row of a two-row header.
  if (userRow === undefined) tryPair(h - 1);
  const next = best.row + best.span;
  if (next < rows.length && isColumnNumbersRow(rows[next]!)) best.numbersRow = next;
  return best;
}

export function isTotalLabel(cell: string): boolean {
  // Every total label folds to a text starting with t, c or g: a cell whose first character is
  // another ASCII letter or a digit is none (most unit names), with no folding to tell.
  let i = 0;
  while (i < cell.length && cell.charCodeAt(i) <= 32) i++;
  const c = cell.charCodeAt(i) | 0x20;
  if ((c >= 0x30 && c <= 0x39) || (c >= 0x61 && c <= 0x7a && c !== 0x74 && c !== 0x63 && c !== 0x67)) return false;
  const f = foldHeader(cell);
  return TOTAL_LABELS.some((l) => f === l || (l.includes(' ') && f.startsWith(`${l} `)));
}

export function isNoteLabel(cell: string): boolean {
  const t = cell.trim();
  const f = foldHeader(t);
  return NOTE_LABELS.some((l) => t.startsWith(l) || f === l || f.startsWith(`${l} `));
}
