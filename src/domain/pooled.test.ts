import { describe, expect, it } from 'vitest';
import { loadBuiltin } from '../data/builtin.ts';
import { comparisonUnits, fromPlain, toPlain, type Dataset } from './dataset.ts';
import { makePools, mapYears, pooledValues, seedPools, sortPool } from './pooled.ts';
import { ObservationTable } from './observations.ts';

/** The pool the slow, obvious way: every series value of the units, sorted as numbers. */
function naive(ds: Dataset, indicator: string, units: readonly string[]): number[] {
  return units.flatMap((u) => ds.table.series(u, indicator).values).sort((a, b) => a - b);
}
/** A copy of the dataset with nothing cached or seeded (as restored from storage). */
const fresh = (ds: Dataset) => fromPlain(structuredClone(toPlain(ds)));

const ds = loadBuiltin();
const vintages = [...new Set(ds.table.years().map((y) => comparisonUnits(ds, y)))];

describe('pooled values of a map scale', () => {
  it('the built-in data has two vintages, so both the worker’s pool and the fallback are exercised', () => {
    expect(vintages.length).toBeGreaterThan(1);
  });

  it('sortPool is every value of the units, all years, in ascending order', () => {
    for (const indicator of ds.table.indicatorIds) {
      for (const units of vintages) expect([...sortPool(ds.table, indicator, units)]).toEqual(naive(ds, indicator, units));
    }
  });

  it('the worker’s pools (one per indicator, for the units of its latest map year) equal the page’s own computation', () => {
    const pools = makePools(ds);
    expect(pools.map((p) => p.indicator)).toEqual(ds.table.indicatorIds.filter((i) => mapYears(ds, i).length > 0));
    const page = fresh(ds);
    for (const p of pools) {
      expect(p.year).toBe(mapYears(ds, p.indicator).at(-1));
      expect([...p.values]).toEqual([...pooledValues(page, p.indicator, comparisonUnits(page, p.year))]);
    }
  });

  it('a seeded dataset answers from the worker’s pool; another vintage, or a dataset without seeds, computes the same values', () => {
    const page = fresh(ds);
    const pools = makePools(page);
    seedPools(page, pools);
    const restored = fresh(ds);
    for (const p of pools) {
      const units = comparisonUnits(page, p.year);
      expect(mapYears(page, p.indicator)).toEqual(mapYears(restored, p.indicator));
      expect(pooledValues(page, p.indicator, units)).toBe(p.values);
      expect([...pooledValues(restored, p.indicator, comparisonUnits(restored, p.year))]).toEqual([...p.values]);
      for (const other of vintages.map((v) => comparisonUnits(page, ds.table.years().find((y) => comparisonUnits(ds, y) === v)!))) {
        if (other === units) continue;
        const got = pooledValues(page, p.indicator, other);
        expect(got).not.toBe(p.values);
        expect([...got]).toEqual(naive(page, p.indicator, other));
        // Kept: asked again, the same array.
        expect(pooledValues(page, p.indicator, other)).toBe(got);
      }
    }
  });

  it('a seed is used only for the units of the year it was made for', () => {
    const page = fresh(ds);
    const [first] = makePools(page);
    const older = ds.table.years().find((y) => comparisonUnits(page, y) !== comparisonUnits(page, first!.year))!;
    const units = comparisonUnits(page, older);
    seedPools(page, [{ ...first!, values: new Float64Array([1, 2, 3]) }]);
    expect([...pooledValues(page, first!.indicator, units)]).toEqual(naive(page, first!.indicator, units));
  });
});

describe('a table made from its columns and a sent index', () => {
  it('answers as one that indexed its own rows', () => {
    const cols = ds.table.toColumns();
    const sent = ObservationTable.fromColumns(cols, ds.table.index());
    const own = ObservationTable.fromColumns(cols);
    expect(sent.years()).toEqual(own.years());
    for (const u of cols.units) for (const i of cols.indicators) expect(sent.range(u, i)).toEqual(own.range(u, i));
  });

  it('ignores an index that does not fit the columns', () => {
    const cols = ds.table.toColumns();
    const wrong = { offsets: new Uint32Array(3), years: [1999] };
    const t = ObservationTable.fromColumns(cols, wrong);
    expect(t.years()).toEqual(ds.table.years());
    for (const u of cols.units) expect(t.series(u, 'poverty_rate')).toEqual(ds.table.series(u, 'poverty_rate'));
  });
});
