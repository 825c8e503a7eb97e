/**
 * Names are data and are shown safely. Bidi controls (U+202A–U+202E, U+2066–U+2069, U+200E/F,
 * U+061C) and every other invisible format character (Unicode category Cf: zero-width spaces and
 * joiners, word joiner, BOM …) can make a name read as something else — "Xã \u202Egnp.exe\u202C Đảo"
 * displays as "Xã exe.png Đảo". At import they are removed from unit names, and wherever the raw
 * text is shown (the validation report, the unit list) they are replaced by a visible mark such
 * as ⟨U+202E⟩; each cleaned name is reported as a warning naming file, row and column.
 */
import { PART } from './lists.ts';

const INVISIBLE = /\p{Cf}/gu;

const hex = (ch: string) => `U+${ch.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;

export function hasInvisible(s: string): boolean {
  INVISIBLE.lastIndex = 0;
  return INVISIBLE.test(s);
}

/** The text without invisible format characters. */
export function stripInvisible(s: string): string {
  return s.replace(INVISIBLE, '');
}

/** The text with each invisible format character shown as ⟨U+XXXX⟩. */
export function markInvisible(s: string): string {
  return s.replace(INVISIBLE, (ch) => `⟨${hex(ch)}⟩`);
}

/** The invisible characters of a text, as "U+202E, U+202C". */
export function listInvisible(s: string): string {
  return [...new Set(s.match(INVISIBLE) ?? [])].map(hex).join(', ');
}

interface NamedUnit { code: string; name: { vi: string; en: string; ascii: string } }
interface Match { raw: string; code: string | null; firstRow?: number }
interface Issue { severity: 'error' | 'warning'; file: string; row: number; column: string; value: string; code: string; params: Record<string, string | number>; items?: { value: string[]; suggestions: string[] } }
/** The parts of an ingest result that carry names (structural, so any reader's result fits). */
export interface Named {
  file: string;
  headers: string[];
  mapping: string[];
  units: NamedUnit[];
  unitMatches: Match[];
  issues: Issue[];
  titleRows: { text: string }[];
  notes: { text: string }[];
  totals: { label: string }[];
  rejected: { cells: string[] }[];
}

/**
 * Cleans an ingest result in place before it leaves the worker: unit names stripped (one warning
 * each), and every raw text the report shows marked.
 */
export function sanitizeNames<T extends Named>(r: T): T {
  return anyInvisible(r) ? sanitizeEach(r) : r;
}

const ONE = /\p{Cf}/u;

/**
 * Whether s has a format character (Cf), as /\p{Cf}/u tells, with the regular expression only for
 * text outside the ranges names are written in: below U+0600 the one Cf is U+00AD, and Latin
 * Extended Additional (U+1E00–U+1EFF, Vietnamese letters with tone marks) has none. A test of each
 * name by the expression cost ~6 ms of a file with 10,000 new units (Chromium worker profile).
 * Module-level, not a closure per call: optimised code that inlined one call's closure was thrown
 * away at the next import ("wrong call target").
 */
export function hasFormatChar(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0xad || (c > 0xad && c < 0x600) || (c >= 0x1e00 && c <= 0x1eff)) continue;
    return ONE.test(s);
  }
  return false;
}
const has = hasFormatChar;

/**
 * Whether any text the result shows has an invisible character. Nearly always none: each text is
 * tested as it is met (joining the ~60,000 texts of a national file first cost ~10× the tests).
 */
function anyInvisible(r: Named): boolean {
  // The long lists in parts (lists.ts PART): a loop run once per import is optimised late.
  for (let k = 0; k < r.units.length; k += PART) if (unitsHave(r.units, k, Math.min(r.units.length, k + PART))) return true;
  for (let k = 0; k < r.unitMatches.length; k += PART) if (matchesHave(r.unitMatches, k, Math.min(r.unitMatches.length, k + PART))) return true;
  for (const i of r.issues) {
    if (has(i.value)) return true;
    for (const v of Object.values(i.params)) if (typeof v === 'string' && has(v)) return true;
    if (i.items) for (let k = 0; k < i.items.value.length; k += PART) if (itemsHave(i.items, k, Math.min(i.items.value.length, k + PART))) return true;
  }
  for (const t of r.titleRows) if (has(t.text)) return true;
  for (const n of r.notes) if (has(n.text)) return true;
  for (const t of r.totals) if (has(t.label)) return true;
  for (const row of r.rejected) for (const c of row.cells) if (has(c)) return true;
  return false;
}

function unitsHave(units: readonly NamedUnit[], from: number, to: number): boolean {
  for (let k = from; k < to; k++) { const n = units[k]!.name; if (has(n.vi) || has(n.en) || has(n.ascii)) return true; }
  return false;
}

function matchesHave(matches: readonly Match[], from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (has(matches[k]!.raw)) return true;
  return false;
}

function itemsHave(items: { value: string[]; suggestions: string[] }, from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (has(items.value[k]!) || has(items.suggestions[k]!)) return true;
  return false;
}

function sanitizeEach<T extends Named>(r: T): T {
  const nameColumn = r.headers[r.mapping.indexOf('unit_name')] ?? r.headers[r.mapping.indexOf('unit_code')] ?? '';
  const warnings: Issue[] = [];
  r.units = r.units.map((u) => {
    const names = [u.name.vi, u.name.en, u.name.ascii];
    if (!names.some(hasInvisible)) return u;
    const match = r.unitMatches.find((m) => m.code === u.code);
    warnings.push({
      severity: 'warning', file: r.file, row: match?.firstRow ?? 0, column: nameColumn, value: markInvisible(u.name.vi),
      code: 'invisible_chars', params: { file: r.file, value: markInvisible(u.name.vi), chars: listInvisible(names.join('')) },
    });
    return { ...u, name: { ...u.name, vi: stripInvisible(u.name.vi), en: stripInvisible(u.name.en), ascii: stripInvisible(u.name.ascii) } };
  });
  for (const m of r.unitMatches) m.raw = markInvisible(m.raw);
  for (const i of r.issues) {
    i.value = markInvisible(i.value);
    for (const [k, v] of Object.entries(i.params)) if (typeof v === 'string') i.params[k] = markInvisible(v);
    if (i.items) { i.items.value = i.items.value.map(markInvisible); i.items.suggestions = i.items.suggestions.map(markInvisible); }
  }
  for (const t of r.titleRows) t.text = markInvisible(t.text);
  for (const n of r.notes) n.text = markInvisible(n.text);
  for (const t of r.totals) t.label = markInvisible(t.label);
  for (const row of r.rejected) row.cells = row.cells.map(markInvisible);
  r.issues.push(...warnings);
  return r;
}
