/** Building tables: append rows in any order, sort once (linear), merge by upsert. */
import { provenanceKey, type Provenance } from './provenance.ts';
import { ObservationTable, type TableColumns } from './observations.ts';

/** Appends rows in any order; `build` sorts, and for a repeated key keeps the last row added. */
export class TableBuilder {
  private units: string[] = [];
  private unitIdx = new Map<string, number>();
  private indicators: string[] = [];
  private indicatorIdx = new Map<string, number>();
  private provs: Provenance[] = [];
  private provIdx = new Map<string, number>();
  private n = 0;
  private cap: number;
  private unit: Uint32Array;
  private indicator: Uint16Array;
  private year: Uint16Array;
  private value: Float64Array;
  private prov: Uint32Array;
  private row: Uint32Array;

  constructor(capacity = 1024) {
    this.cap = Math.max(16, capacity);
    this.unit = new Uint32Array(this.cap);
    this.indicator = new Uint16Array(this.cap);
    this.year = new Uint16Array(this.cap);
    this.value = new Float64Array(this.cap);
    this.prov = new Uint32Array(this.cap);
    this.row = new Uint32Array(this.cap);
  }

  get length(): number { return this.n; }

  add(unit: string, indicator: string, year: number, value: number, provenance: Provenance, row = 0): void {
    if (!Number.isInteger(year) || year < 0 || year > 65535) throw new RangeError(`Year out of range: ${year}`);
    if (this.n === this.cap) this.grow();
    const r = this.n++;
    this.unit[r] = intern(unit, this.units, this.unitIdx);
    this.indicator[r] = intern(indicator, this.indicators, this.indicatorIdx);
    this.year[r] = year;
    this.value[r] = value;
    this.prov[r] = this.internProvenance(provenance);
    this.row[r] = row;
  }

  /** The dictionary index `add` gives a unit code, an indicator id, a provenance (for `addIndexed`). */
  unitIndex(code: string): number { return intern(code, this.units, this.unitIdx); }
  indicatorIndex(id: string): number { return intern(id, this.indicators, this.indicatorIdx); }
  provenanceIndex(provenance: Provenance): number { return this.internProvenance(provenance); }

  /** `add` with the dictionary indexes looked up once by the caller, not a string lookup per row. */
  addIndexed(unit: number, indicator: number, year: number, value: number, prov: number, row = 0): void {
    if (!Number.isInteger(year) || year < 0 || year > 65535) throw new RangeError(`Year out of range: ${year}`);
    if (this.n === this.cap) this.grow();
    const r = this.n++;
    this.unit[r] = unit;
    this.indicator[r] = indicator;
    this.year[r] = year;
    this.value[r] = value;
    this.prov[r] = prov;
    this.row[r] = row;
  }

  /** Copies every row of a table (used by merges): dictionaries are mapped once, not per row. */
  addTable(table: ObservationTable, skip?: (r: number) => boolean): void {
    const c = table.toColumns();
    const uMap = Uint32Array.from(c.units, (u) => intern(u, this.units, this.unitIdx));
    const iMap = Uint32Array.from(c.indicators, (i) => intern(i, this.indicators, this.indicatorIdx));
    const pMap = Uint32Array.from(c.provenances, (p) => this.internProvenance(p));
    while (this.cap < this.n + table.size) this.grow();
    let w = this.n;
    for (let r = 0; r < table.size; r++) {
      if (skip?.(r)) continue;
      this.unit[w] = uMap[c.unit[r]!]!;
      this.indicator[w] = iMap[c.indicator[r]!]!;
      this.year[w] = c.year[r]!;
      this.value[w] = c.value[r]!;
      this.prov[w] = pMap[c.prov[r]!]!;
      this.row[w] = c.row[r]!;
      w++;
    }
    this.n = w;
  }

  build(): ObservationTable {
    const n = this.n;
    // Order by (unit name, indicator, year, insertion) so output order is stable and readable.
    const unitRank = rankOf(this.units);
    const indRank = rankOf(this.indicators);
    // Rows added in key order with no key twice, dictionaries in sorted order (a file sorted by
    // unit, then year): the columns are the builder's own, cut to length, with no pass row by row.
    if (isIdentity(unitRank) && isIdentity(indRank) && strictlySorted(this.unit, this.indicator, this.year, n)) {
      return ObservationTable.fromColumns({
        units: this.units.slice(), indicators: this.indicators.slice(), provenances: this.provs,
        unit: this.unit.slice(0, n), indicator: this.indicator.slice(0, n), year: this.year.slice(0, n), value: this.value.slice(0, n), prov: this.prov.slice(0, n), row: this.row.slice(0, n),
      });
    }
    const uKey = new Uint32Array(n);
    const iKey = new Uint32Array(n);
    for (let r = 0; r < n; r++) { uKey[r] = unitRank[this.unit[r]!]!; iKey[r] = indRank[this.indicator[r]!]!; }
    // The dictionaries in sorted order from their ranks (each is sorted once, not twice).
    const unitsSorted = byRank(this.units, unitRank);
    const indSorted = byRank(this.indicators, indRank);
    const order = sortedOrder(uKey, iKey, this.year.subarray(0, n), this.units.length, this.indicators.length);
    // Drop all but the last of equal keys (the sort is stable, so the last one added).
    const keep = new Uint32Array(n);
    let m = 0;
    for (let k = 0; k < n; k++) {
      const r = order[k]!;
      const next = k + 1 < n ? order[k + 1]! : -1;
      if (next >= 0 && uKey[next] === uKey[r] && iKey[next] === iKey[r] && this.year[next] === this.year[r]) continue;
      keep[m++] = r;
    }
    const cols: TableColumns = {
      units: unitsSorted,
      indicators: indSorted,
      provenances: this.provs,
      unit: new Uint32Array(m),
      indicator: new Uint16Array(m),
      year: new Uint16Array(m),
      value: new Float64Array(m),
      prov: new Uint32Array(m),
      row: new Uint32Array(m),
    };
    for (let k = 0; k < m; k++) {
      const r = keep[k]!;
      cols.unit[k] = uKey[r]!;
      cols.indicator[k] = iKey[r]!;
      cols.year[k] = this.year[r]!;
      cols.value[k] = this.value[r]!;
      cols.prov[k] = this.prov[r]!;
      cols.row[k] = this.row[r]!;
    }
    return ObservationTable.fromColumns(cols);
  }

  // The same provenance object is passed for every row of an import: skip building its key again.
  private lastProv: Provenance | null = null;
  private lastProvIdx = 0;

  private internProvenance(provenance: Provenance): number {
    if (provenance === this.lastProv) return this.lastProvIdx;
    this.lastProv = provenance;
    this.lastProvIdx = this.internKey(provenance);
    return this.lastProvIdx;
  }

  private internKey(provenance: Provenance): number {
    const pk = provenanceKey(provenance);
    let p = this.provIdx.get(pk);
    if (p === undefined) {
      p = this.provs.length;
      this.provs.push(provenance);
      this.provIdx.set(pk, p);
    }
    return p;
  }

  private grow(): void {
    this.cap *= 2;
    this.unit = extend(this.unit, new Uint32Array(this.cap));
    this.indicator = extend(this.indicator, new Uint16Array(this.cap));
    this.year = extend(this.year, new Uint16Array(this.cap));
    this.value = extend(this.value, new Float64Array(this.cap));
    this.prov = extend(this.prov, new Uint32Array(this.cap));
    this.row = extend(this.row, new Uint32Array(this.cap));
  }
}

function extend<T extends { set(a: ArrayLike<number>): void }>(old: ArrayLike<number>, next: T): T {
  next.set(old);
  return next;
}

function intern(s: string, list: string[], idx: Map<string, number>): number {
  let i = idx.get(s);
  if (i === undefined) {
    i = list.length;
    list.push(s);
    idx.set(s, i);
  }
  return i;
}

const cmp = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/**
 * Row order by (unit, indicator, year), stable: a check for already-sorted input (the common case
 * when a sorted table is copied and a few rows appended), else three counting-sort passes
 * (year, then indicator, then unit), linear in rows, where a comparison sort of a million rows
 * took the better part of a second.
 */
function sortedOrder(u: Uint32Array, i: Uint32Array, y: Uint16Array, nUnits: number, nInd: number): Uint32Array {
  const n = u.length;
  let sorted = true;
  for (let r = 1; r < n && sorted; r++) {
    sorted = u[r - 1]! < u[r]! || (u[r - 1] === u[r] && (i[r - 1]! < i[r]! || (i[r - 1] === i[r] && y[r - 1]! <= y[r]!)));
  }
  let order: Uint32Array = new Uint32Array(n);
  for (let k = 0; k < n; k++) order[k] = k;
  if (sorted) return order;
  // Years as offsets from the first in a Uint32Array like the other keys: one array type for
  // every pass (a second one made the pass recompile), and counts over the years' span only.
  let y0 = 65535, y1 = 0;
  for (let r = 0; r < n; r++) { const v = y[r]!; if (v < y0) y0 = v; if (v > y1) y1 = v; }
  const yk = new Uint32Array(n);
  for (let r = 0; r < n; r++) yk[r] = y[r]! - y0;
  order = countingPass(order, yk, n ? y1 - y0 + 1 : 1);
  order = countingPass(order, i, nInd);
  return countingPass(order, u, nUnits);
}

/** Whether rows are in (unit, indicator, year) order with each key once. */
function strictlySorted(u: Uint32Array, i: Uint16Array, y: Uint16Array, n: number): boolean {
  for (let r = 1; r < n; r++) {
    const du = u[r]! - u[r - 1]!;
    if (du > 0) continue;
    if (du < 0) return false;
    const di = i[r]! - i[r - 1]!;
    if (di < 0 || (di === 0 && y[r]! <= y[r - 1]!)) return false;
  }
  return true;
}

/** One stable counting-sort pass of `order` by key[order[k]] (keys below `range`). */
function countingPass(order: Uint32Array, key: Uint32Array, range: number): Uint32Array {
  const counts = new Uint32Array(range + 1);
  for (let k = 0; k < order.length; k++) counts[key[order[k]!]! + 1]!++;
  for (let v = 1; v <= range; v++) counts[v]! += counts[v - 1]!;
  const out = new Uint32Array(order.length);
  for (let k = 0; k < order.length; k++) { const r = order[k]!; out[counts[key[r]!]!++] = r; }
  return out;
}

/** The list in sorted order, from its ranks (its entries are distinct: dictionaries). */
function byRank(list: string[], rank: Uint32Array): string[] {
  const out = new Array<string>(list.length);
  for (let i = 0; i < list.length; i++) out[rank[i]!] = list[i]!;
  return out;
}

function isIdentity(rank: Uint32Array): boolean {
  for (let k = 0; k < rank.length; k++) if (rank[k] !== k) return false;
  return true;
}

/** rank[i] = position of list[i] in sorted order. */
function rankOf(list: string[]): Uint32Array {
  const idx = list.map((_, i) => i).sort((a, b) => cmp(list[a]!, list[b]!));
  const rank = new Uint32Array(list.length);
  idx.forEach((orig, pos) => { rank[orig] = pos; });
  return rank;
}

export type MergeMode = 'merge' | 'replace';

/** Upsert by (unit, indicator, year): incoming rows win. `replace` keeps only the incoming rows. */
export function mergeTables(base: ObservationTable, incoming: ObservationTable, mode: MergeMode): ObservationTable {
  if (mode === 'replace') return incoming;
  const b = new TableBuilder(base.size + incoming.size);
  b.addTable(base);
  b.addTable(incoming);
  return b.build();
}
