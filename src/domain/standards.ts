/**
 * Poverty standards as data. Each observation belongs to one: the one its file names (kept on its
 * provenance, `standard`), else the one in force for its review year in the dataset's table of
 * periods. A trend, a change or a pace is never computed across a change of standard.
 */
import type { ObservationTable } from './observations.ts';

export interface PovertyStandard {
  /** '2016-2020', '2022-2025', '2026-2030' for the national ones; any other id for a local one. */
  id: string;
  label: { vi: string; en: string };
  /** First and last review year measured under it (inclusive), when it is a national period. */
  from: number;
  to: number;
  /** A local standard (a province's own, higher line): never the default for a year. */
  local?: boolean;
}

// Periods from ../shared/data/published/poverty-standard.md §6: figures measured during 2021 use
// the 2016–2020 standard; the end-2021 to end-2026 reviews the 2022–2025 one (Decree 07/2021,
// extended through 2026); the end-2027 to end-2030 reviews the 2026–2030 one (Decree 351/2025).
export const VN_STANDARDS: PovertyStandard[] = [
  { id: '2016-2020', label: { vi: 'Chuẩn nghèo 2016–2020 (QĐ 59/2015/QĐ-TTg)', en: '2016–2020 standard (Decision 59/2015/QĐ-TTg)' }, from: 2015, to: 2020 },
  { id: '2022-2025', label: { vi: 'Chuẩn nghèo đa chiều 2022–2025 (NĐ 07/2021/NĐ-CP)', en: '2022–2025 multidimensional standard (Decree 07/2021/NĐ-CP)' }, from: 2021, to: 2026 },
  { id: '2026-2030', label: { vi: 'Chuẩn nghèo đa chiều 2026–2030 (NĐ 351/2025/NĐ-CP)', en: '2026–2030 multidimensional standard (Decree 351/2025/NĐ-CP)' }, from: 2027, to: 2030 },
];

/** Ids saved before standards were data ('vn-2022-2025') read as today's ('2022-2025'). */
export function normalizeStandardId(id: string): string {
  return /^vn-\d{4}-\d{4}$/.test(id) ? id.slice(3) : id;
}

export function normalizeStandards(list: readonly PovertyStandard[] | undefined): PovertyStandard[] {
  if (!list || list.length === 0) return VN_STANDARDS;
  return list.map((s) => ({ ...s, id: normalizeStandardId(s.id) }));
}

/** The national standard in force for a review year. */
export function standardOf(standards: readonly PovertyStandard[], year: number): PovertyStandard | undefined {
  return standards.find((s) => !s.local && year >= s.from && year <= s.to);
}

export function sameStandard(standards: readonly PovertyStandard[], a: number, b: number): boolean {
  if (standards.length === 0) return true;
  const sa = standardOf(standards, a);
  return sa !== undefined && sa === standardOf(standards, b);
}

/** The standard id of one table row: what its file said, else the period table's. */
export function standardOfRow(table: ObservationTable, standards: readonly PovertyStandard[], r: number): string | undefined {
  const declared = table.provenance(r).standard;
  if (declared) return normalizeStandardId(declared);
  return standardOf(standards, table.cols.year[r]!)?.id;
}

/** The standard of a series' value in a year (undefined: no value, or no standard known). */
export function standardAt(table: ObservationTable, standards: readonly PovertyStandard[], unit: string, indicator: string, year: number): string | undefined {
  const r = table.find(unit, indicator, year);
  return r < 0 ? standardOf(standards, year)?.id : standardOfRow(table, standards, r);
}

/** Whether two years of one series were measured under the same standard. */
export function comparableYears(table: ObservationTable, standards: readonly PovertyStandard[], unit: string, indicator: string, a: number, b: number): boolean {
  if (standards.length === 0) return true;
  const sa = standardAt(table, standards, unit, indicator, a);
  return sa !== undefined && sa === standardAt(table, standards, unit, indicator, b);
}

export function standardLabel(standards: readonly PovertyStandard[], id: string, lang: 'vi' | 'en'): string {
  return standards.find((s) => s.id === id)?.label[lang] ?? id;
}

export interface StandardBreak { unit: string; indicator: string; year: number; before: string; after: string; row: number }

/** Where a series changes standard (the first year under the new one): a trend must stop there. */
export function standardBreaks(table: ObservationTable, standards: readonly PovertyStandard[]): StandardBreak[] {
  const out: StandardBreak[] = [];
  for (const unit of table.unitCodes) {
    for (const indicator of table.indicatorIds) {
      const [start, end] = table.range(unit, indicator);
      for (let r = start + 1; r < end; r++) {
        const before = standardOfRow(table, standards, r - 1);
        const after = standardOfRow(table, standards, r);
        if (before && after && before !== after) out.push({ unit, indicator, year: table.cols.year[r]!, before, after, row: table.cols.row[r]! });
      }
    }
  }
  return out;
}
