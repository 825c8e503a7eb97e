import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { sortedTable } from './streamSort.ts';
import { ObservationTable } from '../domain/observations.ts';

// Unit codes and indicator ids whose text order is not their index order.
const UNITS = ['', '300', '100', '20', '200', '1000'];
const INDS = ['poverty_rate', 'near_poor_rate', 'total_households', 'poor_households'];

describe('sortedTable', () => {
  it('property: the table order of a comparison sort by (unit code, indicator id, year), stable', () => {
    const value = fc.record({ u: fc.integer({ min: 0, max: UNITS.length - 1 }), k: fc.integer({ min: 0, max: INDS.length - 1 }), y: fc.integer({ min: 2015, max: 2025 }), v: fc.double({ noNaN: true }) });
    fc.assert(fc.property(fc.array(value, { minLength: 1, maxLength: 60 }), fc.integer({ min: 0, max: 5 }), (vals, extra) => {
      // Values sit at scattered value indices (`at`), behind `extra` others the checks did not accept.
      const m = vals.length + extra;
      const at = Int32Array.from(vals.map((_, a) => a + extra));
      const ind = new Int32Array(m), year = new Float64Array(m), val = new Float64Array(m), rowOf = new Int32Array(m);
      vals.forEach((x, a) => { ind[a + extra] = x.k; year[a + extra] = x.y; val[a + extra] = x.v; rowOf[a + extra] = a; });
      const fileRow = Int32Array.from(vals.map((_, a) => 10 + a));
      const input = { n: vals.length, at, unit: Int32Array.from(vals.map((x) => x.u)), ind, year, value: val, rowOf, fileRow };
      const table = sortedTable(input, UNITS, INDS, 'f.csv');
      const t = table.toColumns();
      const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
      const want = vals.map((x, a) => ({ ...x, row: 10 + a }))
        .sort((a, b) => cmp(UNITS[a.u]!, UNITS[b.u]!) || cmp(INDS[a.k]!, INDS[b.k]!) || a.y - b.y);
      const got = [...t.unit].map((_, p) => ({ unit: t.units[t.unit[p]!], ind: t.indicators[t.indicator[p]!], y: t.year[p], v: t.value[p], row: t.row[p], prov: t.prov[p] }));
      expect(got).toEqual(want.map((x) => ({ unit: UNITS[x.u], ind: INDS[x.k], y: x.y, v: x.v, row: x.row, prov: 0 })));
      // Dictionaries: only what the rows use, in text order.
      expect(t.units).toEqual([...new Set(want.map((x) => UNITS[x.u]!))]);
      expect(t.indicators).toEqual([...new Set(vals.map((x) => INDS[x.k]!))].sort());
      expect(t.provenances).toEqual([{ kind: 'imported', source: 'f.csv' }]);
      // The table made with the sort's own series offsets finds every series where a table that counts them does.
      const counted = ObservationTable.fromColumns(t);
      for (const u of UNITS) for (const i of INDS) expect(table.range(u, i)).toEqual(counted.range(u, i));
      expect(table.years()).toEqual(counted.years());
    }), { numRuns: 300 });
  });
});
