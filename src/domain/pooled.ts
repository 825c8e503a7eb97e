/**
 * The values a map's colour scale is drawn from by default: every value of one indicator for a
 * list of units, all years, sorted ascending (a national file: 212,000 of them). Copying and
 * sorting them on the page was the longest task of opening the map, so the import worker makes
 * them for the dataset it applies (`makePools`, sent with it) and the page takes them (`seedPools`).
 * A dataset restored from storage, or a units list the worker did not make them for, gets them
 * computed on the page, when first asked (`pooledValues`): the same function, so the same values.
 */
import { comparisonUnits, type Dataset } from './dataset.ts';
import type { ObservationTable } from './observations.ts';

/** Years with a value of the indicator for any of the units, ascending. */
export function indicatorYears(ds: Dataset, indicator: string, units: readonly string[]): number[] {
  // A flag per year over the units' row ranges: a series (three arrays) per unit cost ~20 ms at 10,600 units.
  const seen = new Uint8Array(65536);
  const years = ds.table.cols.year;
  for (const u of units) {
    const [start, end] = ds.table.range(u, indicator);
    for (let r = start; r < end; r++) seen[years[r]!] = 1;
  }
  const out: number[] = [];
  for (let y = 0; y < seen.length; y++) if (seen[y]) out.push(y);
  return out;
}

/** Years with data for the indicator in any vintage of the compared units (the map's year steps). */
export function mapYears(ds: Dataset, indicator: string): number[] {
  // Sent by the worker too: a pass over every vintage's units was ~20-40 ms of the map's first render.
  const seed = seeded.get(ds)?.get(indicator);
  if (seed) return [...seed.years];
  const out = new Set<number>();
  const vintages = new Set(ds.table.years().map((y) => comparisonUnits(ds, y)));
  for (const units of vintages) for (const y of indicatorYears(ds, indicator, units)) out.add(y);
  return [...out].sort((a, b) => a - b);
}

/**
 * Every value of the indicator for the units, all years, sorted ascending, as a typed array (a
 * flat list and a comparator sort were ~250 ms at national scale; a copy into a list ~13 ms).
 */
export function sortPool(table: ObservationTable, indicator: string, units: readonly string[]): Float64Array {
  const ranges = units.map((u) => table.range(u, indicator));
  const out = new Float64Array(ranges.reduce((n, [a, b]) => n + b - a, 0));
  const values = table.cols.value;
  let at = 0;
  for (const [a, b] of ranges) { out.set(values.subarray(a, b), at); at += b - a; }
  return out.sort();
}

/** One indicator's pooled values for the units compared in `year` (comparisonUnits); `years`: its mapYears. */
export interface Pool { indicator: string; year: number; years: number[]; values: Float64Array }

/**
 * Worker side: each indicator's pool for the units its map opens on (those of its latest year).
 * Another year of the same vintage shares that units list, so it finds the pool too.
 */
export function makePools(ds: Dataset): Pool[] {
  const out: Pool[] = [];
  for (const indicator of ds.table.indicatorIds) {
    const years = mapYears(ds, indicator);
    const year = years.at(-1);
    if (year === undefined) continue;
    out.push({ indicator, year, years, values: sortPool(ds.table, indicator, comparisonUnits(ds, year)) });
  }
  return out;
}

const seeded = new WeakMap<Dataset, Map<string, Pool>>();
const made = new WeakMap<Dataset, Map<string, { units: readonly string[]; values: Float64Array }>>();

/** Page side: the pools the worker sent with this dataset (trusted: made from the same table and units). */
export function seedPools(ds: Dataset, pools: readonly Pool[]): void {
  seeded.set(ds, new Map(pools.map((p) => [p.indicator, p])));
}

/**
 * The sorted pool of the indicator over the units: the worker's when it was made for this units
 * list, else the last one computed here for it, else computed now and kept. Read-only: shared.
 */
export function pooledValues(ds: Dataset, indicator: string, units: readonly string[]): Float64Array {
  const seed = seeded.get(ds)?.get(indicator);
  // comparisonUnits gives the same array for the same dataset and vintage, so identity says "same units".
  if (seed && comparisonUnits(ds, seed.year) === units) return seed.values;
  let byIndicator = made.get(ds);
  if (!byIndicator) made.set(ds, (byIndicator = new Map()));
  const hit = byIndicator.get(indicator);
  if (hit?.units === units) return hit.values;
  const values = sortPool(ds.table, indicator, units);
  byIndicator.set(indicator, { units, values });
  return values;
}
