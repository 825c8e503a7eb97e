import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { seriesByScan, seriesBySort, seriesOf, type Accepted, type Series } from './checkSeries.ts';
import { keyMap } from './intMap.ts';

/** Children of random (unit, indicator, year) keys, each key once, in random order; some rejected. */
const children = fc.record({
  nU: fc.integer({ min: 1, max: 12 }), nI: fc.integer({ min: 1, max: 4 }), nY: fc.integer({ min: 1, max: 30 }),
  picks: fc.array(fc.tuple(fc.nat(), fc.nat(), fc.nat(), fc.boolean()), { maxLength: 200 }),
});

function build({ nU, nI, nY, picks }: { nU: number; nI: number; nY: number; picks: [number, number, number, boolean][] }) {
  const y0 = 2000;
  const taken = new Set<number>();
  const u: number[] = [], ind: number[] = [], year: number[] = [], accepted: number[] = [];
  for (const [a, b, c, ok] of picks) {
    const key = ((a % nU) * nI + (b % nI)) * nY + (c % nY);
    if (taken.has(key)) continue;
    taken.add(key);
    if (ok) accepted.push(u.length);
    u.push(a % nU); ind.push(b % nI); year.push(y0 + (c % nY));
  }
  const n = u.length;
  // Child c is value c: ch.i is the identity.
  const ch = { i: Int32Array.from(u, (_, c) => c), u: Int32Array.from(u), n };
  const map = keyMap((nU + 1) * nI * nY, accepted.length);
  for (const c of accepted) map.set((u[c]! * nI + ind[c]!) * nY + (year[c]! - y0), c);
  const s: Accepted = { acc: Int32Array.from(accepted), n: accepted.length, ch, map, nI, nY, y0 };
  return { s, ind: Int32Array.from(ind), year: Float64Array.from(year), keys: (nU + 1) * nI, accepted, u, nI };
}

/** Series as lists of children: in order of first entry, each by year. */
const lists = (x: Series) => Array.from({ length: x.offsets.length - 1 }, (_, q) => [...x.order.subarray(x.offsets[q]!, x.offsets[q + 1]!)]);

describe('seriesOf', () => {
  it('gives the same series in the same order whether it walks the key map or sorts', () => {
    fc.assert(fc.property(children, (spec) => {
      const { s, ind, year, keys, accepted, u, nI } = build(spec);
      const first: number[] = [];
      for (const c of accepted) { const k = u[c]! * nI + ind[c]!; if (!first.includes(k)) first.push(k); }
      const sorted = lists(seriesBySort(s, ind, year, keys, new Int32Array(0)));
      expect(lists(seriesByScan(s, first, new Int32Array(s.n)))).toEqual(sorted);
      expect(lists(seriesOf(s, ind, year, keys, new Int32Array(s.n)))).toEqual(sorted);
      // What either gives: every accepted child once, series by first entry, years rising.
      expect(sorted.flat().sort((a, b) => a - b)).toEqual([...accepted].sort((a, b) => a - b));
      expect(sorted.map((l) => u[l[0]!]! * nI + ind[l[0]!]!)).toEqual(first);
      for (const l of sorted) for (let k = 1; k < l.length; k++) expect(year[l[k]!]!).toBeGreaterThan(year[l[k - 1]!]!);
    }));
  });

  it('takes every child when none is rejected (no list of accepted children)', () => {
    const { s, ind, year, keys } = build({ nU: 3, nI: 2, nY: 4, picks: [[0, 0, 3, true], [1, 1, 0, true], [0, 0, 1, true], [2, 0, 2, true]] });
    const all = { ...s, acc: null };
    expect(lists(seriesOf(all, ind, year, keys, new Int32Array(all.n)))).toEqual([[2, 0], [1], [3]]);
    expect(lists(seriesBySort(all, ind, year, keys, new Int32Array(0)))).toEqual([[2, 0], [1], [3]]);
  });
});
