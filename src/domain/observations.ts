/**
 * Columnar observation table: one typed-array column per field, strings dictionary-encoded.
 * Rows are sorted by (unit, indicator, year) and indexed by (unit, indicator) so a series is a
 * slice, not a scan. Immutable: builders and merges (tableBuilder.ts) return a new table.
 */
import type { Provenance } from './provenance.ts';

export interface ObservationRecord {
  unit: string;
  indicator: string;
  year: number;
  value: number;
  provenance: Provenance;
  /** Row in the source file as the user sees it (1-based, header = 1); 0 when not from a file. */
  row: number;
}

/** Plain, structured-cloneable form (typed arrays transfer between worker and page). */
export interface TableColumns {
  units: string[];
  indicators: string[];
  provenances: Provenance[];
  unit: Uint32Array;
  indicator: Uint16Array;
  year: Uint16Array;
  value: Float64Array;
  prov: Uint32Array;
  row: Uint32Array;
}

/** The typed arrays' buffers, for a transfer list. */
export function columnBuffers(c: TableColumns): ArrayBuffer[] {
  return [c.unit, c.indicator, c.year, c.value, c.prov, c.row].map((a) => a.buffer as ArrayBuffer);
}

/** A copy that owns fresh buffers (to transfer while keeping the original). */
export function copyColumns(c: TableColumns): TableColumns {
  return { ...c, unit: c.unit.slice(), indicator: c.indicator.slice(), year: c.year.slice(), value: c.value.slice(), prov: c.prov.slice(), row: c.row.slice() };
}

/**
 * What a table computes from its columns when made: its (unit, indicator) offsets and its years.
 * A worker that built the table sends it along, so the page does not pass over a million rows again.
 */
/** A table's series offsets (see `offsets`) and, when known, its distinct years. */
export interface TableIndex { offsets: Uint32Array; years?: number[] }

export class ObservationTable {
  readonly size: number;
  private readonly unitIndex: Map<string, number>;
  private readonly indicatorIndex: Map<string, number>;
  /** offsets[u * nInd + i] .. offsets[u * nInd + i + 1] is the series of unit u, indicator i. */
  private readonly offsets: Uint32Array;
  private yearsCache: number[] | null = null;
  /** Unit index per code, per list of codes (lists are memoised per dataset, so this hits). */
  private indexCache = new WeakMap<readonly string[], Int32Array>();

  private constructor(readonly cols: TableColumns, index?: TableIndex) {
    this.size = cols.value.length;
    this.unitIndex = new Map(cols.units.map((u, i) => [u, i]));
    this.indicatorIndex = new Map(cols.indicators.map((d, i) => [d, i]));
    const nInd = cols.indicators.length;
    if (index && index.offsets.length === cols.units.length * nInd + 1 && index.offsets[index.offsets.length - 1] === this.size) {
      this.offsets = index.offsets;
      this.yearsCache = index.years ?? null;
      return;
    }
    const offsets = new Uint32Array(cols.units.length * nInd + 1);
    for (let r = 0; r < this.size; r++) offsets[cols.unit[r]! * nInd + cols.indicator[r]! + 1]!++;
    for (let k = 1; k < offsets.length; k++) offsets[k]! += offsets[k - 1]!;
    this.offsets = offsets;
  }

  /**
   * Trusts that rows are already sorted and unique (as `toColumns` and the builder produce), and
   * `index`, when given, to be `index()` of a table of the same columns (one that does not fit their
   * sizes is ignored).
   */
  static fromColumns(cols: TableColumns, index?: TableIndex): ObservationTable {
    return new ObservationTable(cols, index);
  }

  /** The offsets and years, to make the same table elsewhere without a pass over its rows (a copy: the caller may transfer it). */
  index(): TableIndex {
    return { offsets: this.offsets.slice(), years: this.years() };
  }

  static empty(): ObservationTable {
    return new ObservationTable({
      units: [], indicators: [], provenances: [],
      unit: new Uint32Array(0), indicator: new Uint16Array(0), year: new Uint16Array(0), value: new Float64Array(0), prov: new Uint32Array(0), row: new Uint32Array(0),
    });
  }

  toColumns(): TableColumns {
    return this.cols;
  }

  get unitCodes(): readonly string[] { return this.cols.units; }
  get indicatorIds(): readonly string[] { return this.cols.indicators; }

  /** Distinct years, ascending. */
  years(): number[] {
    if (!this.yearsCache) {
      // A flag per possible year: a Set took ~20 ms over a million rows.
      const seen = new Uint8Array(65536);
      for (let r = 0; r < this.size; r++) seen[this.cols.year[r]!] = 1;
      const out: number[] = [];
      for (let y = 0; y < seen.length; y++) if (seen[y]) out.push(y);
      this.yearsCache = out;
    }
    return this.yearsCache;
  }

  /** Row range [start, end) of one unit's series for one indicator, ordered by year. */
  range(unit: string, indicator: string): [number, number] {
    const u = this.unitIndex.get(unit);
    const i = this.indicatorIndex.get(indicator);
    if (u === undefined || i === undefined) return [0, 0];
    const k = u * this.cols.indicators.length + i;
    return [this.offsets[k]!, this.offsets[k + 1]!];
  }

  /** Where the series of unit u and indicator i (indices into the columns' lists) ends: the row after its last. */
  seriesEnd(u: number, i: number): number {
    return this.offsets[u * this.cols.indicators.length + i + 1]!;
  }

  /** Row index of (unit, indicator, year), or -1. */
  find(unit: string, indicator: string, year: number): number {
    let [lo, hi] = this.range(unit, indicator);
    const years = this.cols.year;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      const y = years[mid]!;
      if (y === year) return mid;
      if (y < year) lo = mid + 1;
      else hi = mid;
    }
    return -1;
  }

  value(unit: string, indicator: string, year: number): number | undefined {
    const r = this.find(unit, indicator, year);
    return r < 0 ? undefined : this.cols.value[r];
  }

  /** Years and values of one series, ascending by year. */
  series(unit: string, indicator: string): { years: number[]; values: number[]; rows: number[] } {
    const [start, end] = this.range(unit, indicator);
    const years: number[] = [];
    const values: number[] = [];
    const rows: number[] = [];
    for (let r = start; r < end; r++) {
      years.push(this.cols.year[r]!);
      values.push(this.cols.value[r]!);
      rows.push(r);
    }
    return { years, values, rows };
  }

  /**
   * The row of one indicator in one year for each of `codes` (-1 where there is none), by index
   * arithmetic: a string lookup per unit per call cost several ms a year change at 10,000 units.
   */
  rowsFor(codes: readonly string[], indicator: string, year: number): Int32Array {
    const out = new Int32Array(codes.length).fill(-1);
    const i = this.indicatorIndex.get(indicator);
    if (i === undefined) return out;
    let idx = this.indexCache.get(codes);
    if (!idx) {
      idx = Int32Array.from(codes, (c) => this.unitIndex.get(c) ?? -1);
      this.indexCache.set(codes, idx);
    }
    const nInd = this.cols.indicators.length;
    const years = this.cols.year;
    for (let k = 0; k < codes.length; k++) {
      const u = idx[k]!;
      if (u < 0) continue;
      let lo = this.offsets[u * nInd + i]!;
      let hi = this.offsets[u * nInd + i + 1]!;
      while (lo < hi) {
        const mid = (lo + hi) >>> 1;
        const y = years[mid]!;
        if (y === year) { out[k] = mid; break; }
        if (y < year) lo = mid + 1;
        else hi = mid;
      }
    }
    return out;
  }

  /** The value of one indicator in one year for each of `codes` (NaN where there is none). */
  valuesFor(codes: readonly string[], indicator: string, year: number): Float64Array {
    const rows = this.rowsFor(codes, indicator, year);
    const out = new Float64Array(rows.length);
    for (let k = 0; k < rows.length; k++) out[k] = rows[k]! < 0 ? NaN : this.cols.value[rows[k]!]!;
    return out;
  }

  /** The value of row `r` (a row from find, rowsFor or range). */
  valueAt(r: number): number {
    return this.cols.value[r]!;
  }

  /** Latest year of a series, not after `upTo` when given (no arrays built: called per unit of a national file). */
  lastYear(unit: string, indicator: string, upTo?: number): number | undefined {
    const [start, end] = this.range(unit, indicator);
    for (let r = end - 1; r >= start; r--) {
      const y = this.cols.year[r]!;
      if (upTo === undefined || y <= upTo) return y;
    }
    return undefined;
  }

  provenance(r: number): Provenance {
    return this.cols.provenances[this.cols.prov[r]!]!;
  }

  /** One row as an object, for tables and tooltips; don't use it to scan. */
  at(r: number): ObservationRecord {
    const c = this.cols;
    return {
      unit: c.units[c.unit[r]!]!,
      indicator: c.indicators[c.indicator[r]!]!,
      year: c.year[r]!,
      value: c.value[r]!,
      provenance: c.provenances[c.prov[r]!]!,
      row: c.row[r]!,
    };
  }

  *records(): IterableIterator<ObservationRecord> {
    for (let r = 0; r < this.size; r++) yield this.at(r);
  }

  /** Units that have at least one value of this indicator. */
  unitsWith(indicator: string): string[] {
    const i = this.indicatorIndex.get(indicator);
    if (i === undefined) return [];
    const nInd = this.cols.indicators.length;
    return this.cols.units.filter((_, u) => this.offsets[u * nInd + i + 1]! > this.offsets[u * nInd + i]!);
  }
}
