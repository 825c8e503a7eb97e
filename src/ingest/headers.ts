/**
 * Header recognition: fold a header, guess its role, find the header row under any title rows.
 * A role is a plain string so the mapping screen, the CLI and storage share it:
 * 'unit_code' | 'unit_name' | 'year' | 'indicator' | 'value' | 'ignore' | 'v:<indicator>:<year>'
 * where a value column may name its indicator, its year, or both ('v:poverty_rate:', 'v::2023').
 */
import { foldName } from '../domain/units.ts';
import { isIndicatorId, type IndicatorId } from '../domain/indicators.ts';
import { FIELD_SYNONYMS, INDICATOR_SYNONYMS, NOTE_LABELS, RATE_OF_COUNT, TOTAL_LABELS, type FieldId } from './synonyms.ts';

export type Role = string;

export interface ValueRole { indicator: IndicatorId | null; year: number | null }

/** Diacritics, case, punctuation and bracketed units ("(%)", "(hộ)") removed. */
export function foldHeader(s: string): string {
  return foldName(s.replace(/\([^)]*\)/g, ' '))
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
  const f = foldHeader(trimmed).replace(/\b(19|20)\d{2}\b/g, ' ').replace(/\bnam\b/g, ' ').replace(/\s+/g, ' ').trim();
  const id = indBySyn.get(f) ?? null;
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

/** Guess one header's role; null when unknown. */
export function guessRole(header: string): Role | null {
  const f = foldHeader(header);
  if (!f) return null;
  const field = fieldBySyn.get(f);
  if (field) return field;
  const ind = indicatorOf(header);
  const year = yearIn(header);
  if (ind || year) {
    // "2023" alone, "Năm 2023": a year column of a wide-by-year table.
    if (!ind && !/^(nam )?\d{4}$/.test(f)) return null;
    return valueRole(ind, year);
  }
  return null;
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

export function isTotalLabel(cell: string): boolean {
  const f = foldHeader(cell);
  return TOTAL_LABELS.some((l) => f === l || (l.includes(' ') && f.startsWith(`${l} `)));
}

export function isNoteLabel(cell: string): boolean {
  const t = cell.trim();
  const f = foldHeader(t);
  return NOTE_LABELS.some((l) => t.startsWith(l) || f === l || f.startsWith(`${l} `));
}
