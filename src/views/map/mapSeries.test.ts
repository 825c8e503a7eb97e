import { describe, expect, it } from 'vitest';
import { loadBuiltin } from '../../data/builtin.ts';
import { comparisonUnits } from '../../domain/dataset.ts';
import { weightedRate } from '../../domain/weightedRate.ts';
import { computeScale, deriveMap, indicatorYears, readSettings, resolveYear, scaleValues } from './mapSeries.ts';
import { fromPlain, toPlain } from '../../domain/dataset.ts';
import { makePools, seedPools } from '../../domain/pooled.ts';

const ds = loadBuiltin();
const units = comparisonUnits(ds, 2024);

describe('deriveMap on the built-in data', () => {
  it('shows the nine districts with classes, counts adding up and ranks 1..9', () => {
    const m = deriveMap(ds, 'poverty_rate', 2024, units, readSettings({}), 'vi');
    expect(m.items).toHaveLength(9);
    expect(m.legend.reduce((s, c) => s + c.count, 0) + m.noDataCount).toBe(9);
    expect(m.items.every((i) => i.color !== null)).toBe(true);
    expect(m.items.map((i) => i.rank).sort((a, b) => a! - b!)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9]);
    // Rank 1 is the lowest poverty rate (lower is better).
    const best = m.items.find((i) => i.rank === 1)!;
    expect(Math.min(...m.items.map((i) => i.raw!))).toBe(best.raw);
  });

  it('ties share a rank (1, 2, 2, 4), in either direction of better, and units without a value get none', async () => {
    const { tableOf } = await import('../../domain/testing.ts');
    const t = tableOf([['A', 'poverty_rate', 2024, 3], ['B', 'poverty_rate', 2024, 5], ['C', 'poverty_rate', 2024, 5], ['D', 'poverty_rate', 2024, 9],
      ['A', 'poor_households', 2024, 30], ['B', 'poor_households', 2024, 50], ['C', 'poor_households', 2024, 50], ['D', 'poor_households', 2024, 90]]);
    const small = { ...ds, table: t };
    const codes = ['A', 'B', 'C', 'D', 'E'];
    const rate = deriveMap(small, 'poverty_rate', 2024, codes, readSettings({}), 'vi');
    expect(rate.items.map((i) => i.rank)).toEqual([1, 2, 2, 4, undefined]);
    expect(rate.ranked).toBe(4);
    expect(rate.noDataCount).toBe(1);
    // Higher is better for total households: 9 ranks first, the tied 5s share 2, 3 is 4th.
    const hh = tableOf([['A', 'total_households', 2024, 3], ['B', 'total_households', 2024, 5], ['C', 'total_households', 2024, 5], ['D', 'total_households', 2024, 9]]);
    const up = deriveMap({ ...ds, table: hh }, 'total_households', 2024, codes, readSettings({}), 'vi');
    expect(up.lowerBetter).toBe(false);
    expect(up.items.map((i) => i.rank)).toEqual([4, 2, 2, 1, undefined]);
  });

  it('group figure is household-weighted, not the mean of rates', () => {
    const m = deriveMap(ds, 'poverty_rate', 2024, units, readSettings({}), 'vi');
    const w = weightedRate(ds.table, units, 'poverty_rate', 2024);
    expect(w.ok && m.group.ok && m.group.value).toBe(w.ok && w.value);
    const mean = m.items.reduce((s, i) => s + i.raw!, 0) / m.items.length;
    expect(m.group.ok && Math.abs(m.group.value - mean)).toBeGreaterThan(0.01);
  });

  it('relative to target uses the province target when a district has none, diverging around 0', () => {
    const m = deriveMap(ds, 'poverty_rate', 2024, units, readSettings({ class: 'target', k: '4' }), 'vi');
    expect(m.noTargets).toBe(false);
    const hue = m.byCode.get('474')!;
    expect(hue.target).toBe(1.84);
    expect(hue.value).toBeCloseTo(hue.raw! - 1.84, 10);
    const aluoi = m.byCode.get('481')!;
    expect(aluoi.target).toBe(12.1); // its own target
    // Four classes symmetric around the target: two below it, two above, the middle edge at 0.
    const edges = m.legend.map((c) => [c.from, c.to]);
    expect(edges).toHaveLength(4);
    expect(edges[0]![0]).toBeCloseTo(-edges[3]![1]!, 10);
    expect(edges[1]![1]).toBe(0);
    // Every unit sits on the side of the target its value says (above target → upper classes).
    for (const it of m.items) if (it.value !== undefined && it.value !== 0) expect(it.cls >= 2).toBe(it.value > 0);
  });

  it('breaks are pooled over all years, so colours show change through the timeline', () => {
    const a = deriveMap(ds, 'poverty_rate', 2021, units, readSettings({ class: 'equal' }), 'vi');
    const b = deriveMap(ds, 'poverty_rate', 2024, units, readSettings({ class: 'equal' }), 'vi');
    expect(a.legend.map((c) => [c.from, c.to])).toEqual(b.legend.map((c) => [c.from, c.to]));
    expect(a.items.map((i) => i.color)).not.toEqual(b.items.map((i) => i.color));
    expect(b.legend.reduce((s, c) => s + c.count, 0)).toBe(9);
  });

  it('a unit without the value is "no data"', () => {
    const m = deriveMap(ds, 'near_poor_rate', 2021, units, readSettings({}), 'vi');
    expect(m.noDataCount).toBeGreaterThan(0);
    expect(m.items.filter((i) => i.color === null)).toHaveLength(m.noDataCount);
  });

  it('years and year resolution', () => {
    expect(indicatorYears(ds, 'poverty_rate', units)).toEqual([2021, 2022, 2023, 2024]);
    expect(resolveYear([2021, 2023], null)).toBe(2023);
    expect(resolveYear([2021, 2023], 2022)).toBe(2021);
    expect(resolveYear([2021, 2023], 2000)).toBe(2021);
    expect(resolveYear([], 2000)).toBeUndefined();
  });

  it.each([
    [{}, { method: 'quantile', k: 5, palette: 'blues', diverging: 'puor', custom: [], scope: 'pooled' }],
    [{ class: 'jenks', k: '3', palette: 'viridis' }, { method: 'jenks', k: 3, palette: 'viridis', diverging: 'puor', custom: [], scope: 'pooled' }],
    [{ class: 'bogus', k: '99', palette: 'rdbu', breaks: '1;2,5' }, { method: 'quantile', k: 5, palette: 'blues', diverging: 'rdbu', custom: [1, 2.5], scope: 'pooled' }],
    [{ cscope: 'year' }, { method: 'quantile', k: 5, palette: 'blues', diverging: 'puor', custom: [], scope: 'year' }],
  ])('reads settings %j', (extra, out) => expect(readSettings(extra)).toEqual(out));

  it('classes from the shown year only when asked: every class of that year is used', () => {
    const s = readSettings({ cscope: 'year', class: 'equal' });
    const scale = computeScale(ds, 'poverty_rate', units, s, 2021);
    const m = deriveMap(ds, 'poverty_rate', 2021, units, s, 'vi', scale);
    expect(m.legend[0]!.count).toBeGreaterThan(0);
    expect(m.legend[m.legend.length - 1]!.count).toBeGreaterThan(0);
    expect(scale.years.length).toBeGreaterThan(1);
  });
});

describe('MapData: columns, items made when read', () => {
  it('item(code) is the listed item, for every unit, with or without targets; unknown codes have none', () => {
    for (const extra of [{}, { class: 'target', k: '4' }] as Record<string, string>[]) {
      const m = deriveMap(ds, 'poverty_rate', 2024, units, readSettings(extra), 'en');
      for (const it of m.items) {
        expect(m.item(it.code)).toStrictEqual(it);
        expect(m.byCode.get(it.code)).toBe(it);
      }
      expect(m.item('nope')).toBeUndefined();
      // The classes the canvas paints are the items' classes.
      m.codes.forEach((c, k) => expect(m.cls[k]).toBe(m.byCode.get(c)!.cls));
    }
  });

  it.each<Record<string, string>>([{}, { class: 'equal' }, { class: 'jenks', k: '3' }, { class: 'custom', breaks: '10;20' }, { class: 'target' }, { cscope: 'year' }])(
    'the scale is the same from the worker’s pooled values, from the page’s, and in one call (%j)', (extra) => {
      const s = readSettings(extra);
      const seeded = fromPlain(structuredClone(toPlain(ds)));
      seedPools(seeded, makePools(seeded));
      const restored = fromPlain(structuredClone(toPlain(ds)));
      for (const y of ds.table.years()) {
        const scope = s.scope === 'year' ? y : undefined;
        const want = computeScale(restored, 'poverty_rate', comparisonUnits(restored, y), s, scope);
        const u = comparisonUnits(seeded, y);
        expect(computeScale(seeded, 'poverty_rate', u, s, scope, scaleValues(seeded, 'poverty_rate', u, s, scope))).toEqual(want);
        expect(computeScale(seeded, 'poverty_rate', u, s, scope)).toEqual(want);
      }
    });
});
