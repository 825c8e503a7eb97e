/**
 * Aggregation of household rows into unit totals. Rows arrive one at a time (from a whole text in
 * the worker, from a stream in the CLI); only counts are kept, never a cell of a personal column.
 * A household code seen before is counted once: codes are kept as 64-bit hashes (HashSet64), so a
 * national list fits in bounded memory.
 */
import { DEPRIVATION_IDS, type DeprivationId } from '../../domain/deprivation/lists.ts';
import type { HouseholdColumns } from './columns.ts';
import { readClass, readFlag, isMinority, type HouseholdClass } from './values.ts';
import { HashSet64 } from './hashSet.ts';

export interface UnitTotals {
  /** Commune code as written ('' when the list has none). */
  code: string;
  /** Commune name as written (the first spelling seen). */
  name: string;
  district: string;
  total: number;
  poor: number;
  nearPoor: number;
  middle: number;
  minority: number;
  /** Households whose ethnicity is blank. */
  ethnicityUnknown: number;
  /** Poor households deprived on each indicator, in DEPRIVATION_IDS order. */
  deprived: Float64Array;
  villages: Set<string>;
}

export type RowProblem = 'duplicate' | 'bad_class' | 'bad_flag' | 'no_commune' | 'no_year';
/** A problem names a row and a column, never a cell's text (it may be personal). */
export interface HouseholdProblem { row: number; column: string; code: RowProblem }

/** Reads one field of the current row (the streaming scanner's RowView, or an array). */
export type FieldReader = (col: number) => string;

const MAX_PROBLEMS = 200;

export class HouseholdAggregator {
  readonly units = new Map<string, UnitTotals>();
  readonly byYear = new Map<number, Map<string, UnitTotals>>();
  households = 0;
  duplicates = 0;
  rows = 0;
  readonly problems: HouseholdProblem[] = [];
  readonly problemCounts: Record<RowProblem, number> = { duplicate: 0, bad_class: 0, bad_flag: 0, no_commune: 0, no_year: 0 };
  private seen = new HashSet64();
  private flagCols: [number, number][];

  constructor(private readonly cols: HouseholdColumns, private readonly headers: readonly string[], private readonly defaultYear: number | null) {
    this.flagCols = DEPRIVATION_IDS.map((id, k) => [k, cols.flags[id]] as [number, number]).filter(([, c]) => c >= 0);
  }

  private problem(p: HouseholdProblem): void {
    this.problemCounts[p.code]++;
    if (this.problems.length < MAX_PROBLEMS) this.problems.push(p);
  }

  /** One data row; `fileRow` is 1-based as the user sees it. */
  add(get: FieldReader, fileRow: number): void {
    this.rows++;
    const f = this.cols.field;
    const code = f.household_code >= 0 ? get(f.household_code).trim() : '';
    if (code) {
      if (!this.seen.add(code)) {
        this.duplicates++;
        this.problem({ row: fileRow, column: this.headers[f.household_code] ?? '', code: 'duplicate' });
        return;
      }
    }
    const unitCode = f.commune_code >= 0 ? get(f.commune_code).trim() : '';
    const unitName = f.commune >= 0 ? get(f.commune).trim() : '';
    if (!unitCode && !unitName) { this.problem({ row: fileRow, column: this.headers[f.commune] ?? this.headers[f.commune_code] ?? '', code: 'no_commune' }); return; }
    let year = this.defaultYear;
    if (f.year >= 0) {
      const y = Number(get(f.year).trim());
      if (Number.isInteger(y) && y >= 1990 && y <= 2100) year = y;
    }
    if (year === null) { this.problem({ row: fileRow, column: this.headers[f.year] ?? '', code: 'no_year' }); return; }
    const district = f.district >= 0 ? get(f.district).trim() : '';
    const key = unitCode ? `c:${unitCode}` : `n:${district.toLowerCase()}\u0001${unitName.toLowerCase()}`;
    let perYear = this.byYear.get(year);
    if (!perYear) { perYear = new Map(); this.byYear.set(year, perYear); }
    let u = perYear.get(key);
    if (!u) {
      u = { code: unitCode.normalize('NFC'), name: unitName.normalize('NFC'), district: district.normalize('NFC'), total: 0, poor: 0, nearPoor: 0, middle: 0, minority: 0, ethnicityUnknown: 0, deprived: new Float64Array(DEPRIVATION_IDS.length), villages: new Set() };
      perYear.set(key, u);
    }
    this.households++;
    u.total++;
    if (f.village >= 0 && u.villages.size < 1000) u.villages.add(get(f.village).trim());
    let cls = f.class >= 0 ? this.classOf(get(f.class)) : 'other';
    if (cls === null) { this.problem({ row: fileRow, column: this.headers[f.class] ?? '', code: 'bad_class' }); cls = 'other'; }
    if (cls === 'poor') u.poor++;
    else if (cls === 'near_poor') u.nearPoor++;
    else if (cls === 'middle') u.middle++;
    const minority = f.ethnicity >= 0 ? this.minorityOf(get(f.ethnicity)) : f.minority_flag >= 0 ? flagOrNull(get(f.minority_flag)) : null;
    if (minority === null) u.ethnicityUnknown++;
    else if (minority) u.minority++;
    if (cls !== 'poor') return;
    for (const [k, c] of this.flagCols) {
      const v = readFlag(get(c));
      if (v === 1) u.deprived[k]!++;
      else if (v === -1) this.problem({ row: fileRow, column: this.headers[c] ?? '', code: 'bad_flag' });
    }
  }

  // A list has a handful of distinct class and ethnicity spellings: fold each once.
  private classes = new Map<string, HouseholdClass | null>();
  private ethnicities = new Map<string, boolean | null>();
  private classOf(raw: string): HouseholdClass | null {
    let c = this.classes.get(raw);
    if (c === undefined) { c = readClass(raw); if (this.classes.size < 1000) this.classes.set(raw, c); }
    return c;
  }
  private minorityOf(raw: string): boolean | null {
    let m = this.ethnicities.get(raw);
    if (m === undefined) { m = isMinority(raw); if (this.ethnicities.size < 1000) this.ethnicities.set(raw, m); }
    return m;
  }

  /** Which deprivation indicators the list carries. */
  flagsPresent(): DeprivationId[] {
    return this.flagCols.map(([k]) => DEPRIVATION_IDS[k]!);
  }
}

function flagOrNull(raw: string): boolean | null {
  const v = readFlag(raw);
  return v === -1 ? null : v === 1;
}
