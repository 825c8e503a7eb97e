/**
 * What a household list aggregates to: a summary for the screen and the CLI (counts and column
 * names only) and the tidy rows (unit, year, indicator, value) handed to the import pipeline.
 */
import { DEPRIVATION_IDS, type DeprivationId } from '../../domain/deprivation/lists.ts';
import type { PersonalKind } from './columns.ts';
import type { HouseholdProblem, RowProblem, UnitTotals } from './aggregate.ts';
import type { HouseholdTextReader } from './reader.ts';

export interface HouseholdSummary {
  /** Households counted (each code once). */
  households: number;
  /** Data rows read. */
  rows: number;
  duplicates: number;
  /** Personal columns: recognised, never read, dropped. */
  droppedColumns: { name: string; kind: PersonalKind }[];
  /** Other columns not used for any total (their cells are never read either). */
  unusedColumns: string[];
  flags: DeprivationId[];
  years: number[];
  units: number;
  villages: number;
  poor: number;
  nearPoor: number;
  /** Households with no ethnicity written (counted as not minority). */
  ethnicityUnknown: number;
  hasEthnicity: boolean;
  problems: HouseholdProblem[];
  problemCounts: Record<RowProblem, number>;
  headerRow: number;
  titleRows: { row: number; text: string }[];
}

export function summarise(reader: HouseholdTextReader): HouseholdSummary {
  const head = reader.head!;
  const agg = reader.agg!;
  let poor = 0, nearPoor = 0, unknown = 0, villages = 0, units = 0;
  for (const per of agg.byYear.values()) for (const u of per.values()) {
    poor += u.poor; nearPoor += u.nearPoor; unknown += u.ethnicityUnknown; villages += u.villages.size; units++;
  }
  const f = head.columns.field;
  return {
    households: agg.households,
    rows: agg.rows,
    duplicates: agg.duplicates,
    droppedColumns: reader.dropped(),
    unusedColumns: head.columns.roles.flatMap((r, i) => (r.kind === 'other' && head.headers[i] ? [head.headers[i]!] : [])),
    flags: agg.flagsPresent(),
    years: [...agg.byYear.keys()].sort((a, b) => a - b),
    units,
    villages,
    poor,
    nearPoor,
    ethnicityUnknown: unknown,
    hasEthnicity: f.ethnicity >= 0 || f.minority_flag >= 0,
    problems: agg.problems,
    problemCounts: { ...agg.problemCounts },
    headerRow: head.headerRow,
    titleRows: head.titleRows,
  };
}

export interface TidyTotal { code: string; name: string; year: number; indicator: string; value: number }

/** One record per unit, year and indicator. */
export function tidyTotals(reader: HouseholdTextReader): TidyTotal[] {
  const agg = reader.agg!;
  const f = reader.head!.columns.field;
  const hasEth = f.ethnicity >= 0 || f.minority_flag >= 0;
  const flags = new Set(agg.flagsPresent());
  const out: TidyTotal[] = [];
  for (const [year, per] of [...agg.byYear.entries()].sort((a, b) => a[0] - b[0])) {
    for (const u of mergeSpellings(per.values())) {
      const push = (indicator: string, value: number) => out.push({ code: u.code, name: u.name, year, indicator, value });
      pushUnit(u, push, hasEth, flags);
    }
  }
  return out;
}

/** Rows are keyed by the raw text: one unit written in two Unicode forms (NFC, NFD) is one unit. */
function mergeSpellings(units: Iterable<UnitTotals>): UnitTotals[] {
  const by = new Map<string, UnitTotals>();
  for (const u of units) {
    const key = u.code ? `c:${u.code}` : `n:${u.district.toLowerCase()}\u0001${u.name.toLowerCase()}`;
    const had = by.get(key);
    if (!had) { by.set(key, { ...u, deprived: u.deprived.slice() }); continue; }
    had.total += u.total; had.poor += u.poor; had.nearPoor += u.nearPoor; had.middle += u.middle;
    had.minority += u.minority; had.ethnicityUnknown += u.ethnicityUnknown;
    u.deprived.forEach((v, k) => { had.deprived[k]! += v; });
  }
  return [...by.values()];
}

function pushUnit(u: UnitTotals, push: (id: string, v: number) => void, hasEth: boolean, flags: Set<DeprivationId>): void {
  push('total_households', u.total);
  push('poor_households', u.poor);
  push('near_poor_households', u.nearPoor);
  if (hasEth) push('ethnic_minority_households', u.minority);
  DEPRIVATION_IDS.forEach((id, k) => { if (flags.has(id)) push(id, u.deprived[k]!); });
}

/** The totals as a long CSV the import pipeline reads like any other file (unit matching, checks). */
export function totalsCsv(totals: readonly TidyTotal[]): string {
  const withCode = totals.some((t) => t.code);
  const q = (s: string) => (/[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s);
  const lines = [withCode ? 'Mã đơn vị,Đơn vị,Năm,Chỉ tiêu,Giá trị' : 'Đơn vị,Năm,Chỉ tiêu,Giá trị'];
  for (const t of totals) lines.push([...(withCode ? [q(t.code)] : []), q(t.name), String(t.year), t.indicator, String(t.value)].join(','));
  return lines.join('\n');
}
