import { describe, expect, it } from 'vitest';
import { loadBuiltin } from '../../data/builtin.ts';
import { comparisonUnits, type Dataset } from '../dataset.ts';
import { TableBuilder } from '../tableBuilder.ts';
import { aggregateToRoot } from '../aggregate.ts';
import { UnitRegistry, makeUnit } from '../units.ts';
import type { Target } from '../targets.ts';
import { unitStatuses, unitStatusSteps, unitStatusMap, STATUS_CHUNK, type UnitStatus } from './index.ts';

/** Runs the steps to the end on a fresh dataset value (no cache), counting the yields. */
function stepped(ds: Dataset, year: number, chunk?: number): { list: readonly UnitStatus[]; yields: number } {
  const steps = unitStatusSteps(ds, year, chunk === undefined ? {} : { chunk });
  let yields = 0;
  for (;;) {
    const r = steps.next();
    if (r.done) return { list: r.value, yields };
    yields++;
  }
}

/** The one-go result, computed without the cache (the explicit unit list skips it). */
const oneGo = (ds: Dataset, year: number) => unitStatuses(ds, year, { units: comparisonUnits(ds, year) });

describe('unitStatusSteps: the statuses in chunks, the same as in one go', () => {
  const builtin = loadBuiltin();

  it('on the built-in data, for every year and chunk size, gives the one-go list', () => {
    for (const year of [2015, 2021, 2022, 2023, 2024, 2025, 2030]) {
      for (const chunk of [1, 2, 4, 1000]) {
        const { list, yields } = stepped({ ...builtin }, year, chunk);
        expect(list).toStrictEqual(oneGo(builtin, year));
        const n = comparisonUnits(builtin, year).length;
        // One yield after the shares, then one between chunks.
        expect(yields).toBe(1 + Math.max(0, Math.ceil(n / chunk) - 1));
      }
    }
  });

  it('fills the cache the views read: unitStatuses and unitStatusMap give the stepped list itself', () => {
    const ds = { ...builtin };
    const { list } = stepped(ds, 2022, 3);
    expect(unitStatuses(ds, 2022)).toBe(list);
    expect(unitStatusMap(ds, 2022).get('481')).toBe(list.find((s) => s.unit === '481'));
    // A second run is a cache hit: no steps.
    expect(stepped(ds, 2022, 3)).toEqual({ list, yields: 0 });
  });

  it('on a national-size set (10,600 communes, a root target shared out, a few own targets) gives the one-go list', () => {
    const b = new TableBuilder();
    const units = [];
    const N = 10_600;
    for (let i = 0; i < N; i++) {
      const code = `C${i}`;
      units.push(makeUnit({ code, level: 'commune', nameVi: `Xã ${i}` }));
      for (const [k, year] of [2021, 2022, 2023].entries()) {
        const total = 800 + (i % 97) * 10;
        const poor = Math.round(total * (((i * 7) % 40) + 2 - k * ((i % 5) - 1)) / 100);
        b.add(code, 'total_households', year, total, { kind: 'imported', source: 'n.csv' });
        b.add(code, 'poor_households', year, poor, { kind: 'imported', source: 'n.csv' });
        if (i % 11 !== 3) b.add(code, 'poverty_rate', year, (100 * poor) / total, { kind: 'imported', source: 'n.csv' });
      }
    }
    const base = aggregateToRoot({ ...builtin, rootUnit: '', units: new UnitRegistry(units), table: b.build(), targets: [] });
    const target = (unit: string, year: number, value: number): Target => ({ unit, indicator: 'poverty_rate', year, value, baseYear: 2021, source: { kind: 'file', file: 'n.csv', row: 2 } });
    const national = { ...base, targets: [target(base.rootUnit, 2025, 4), target('C5', 2025, 3), target('C77', 2025, 20), target('C10000', 2024, 1)] };
    expect(comparisonUnits(national, 2023)).toHaveLength(N);
    for (const year of [2022, 2023]) {
      const one = oneGo(national, year);
      expect(one.some((s) => s.targetDef?.source.kind === 'allocation')).toBe(true);
      // Several kinds of status, own and shared targets: the comparison is not between look-alikes.
      expect(new Set(one.map((s) => s.why)).size).toBeGreaterThan(2);
      expect(one.filter((s) => s.targetDef?.source.kind === 'file').map((s) => s.unit).sort()).toEqual(['C10000', 'C5', 'C77']);
      const { list, yields } = stepped({ ...national }, year);
      expect(list).toStrictEqual(one);
      expect(yields).toBe(Math.ceil(N / STATUS_CHUNK));
    }
  });
});
