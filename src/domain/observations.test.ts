import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { ObservationTable } from './observations.ts';
import { TableBuilder, mergeTables } from './tableBuilder.ts';
import { tableOf } from './testing.ts';

describe('ObservationTable', () => {
  const t = tableOf([
    ['B', 'poverty_rate', 2023, 3], ['A', 'poverty_rate', 2022, 5], ['A', 'poverty_rate', 2021, 6],
    ['A', 'poor_households', 2021, 60], ['B', 'poverty_rate', 2021, 4],
  ]);

  it('selects a series by unit and indicator, ordered by year', () => {
    expect(t.series('A', 'poverty_rate')).toMatchObject({ years: [2021, 2022], values: [6, 5] });
    expect(t.series('B', 'poverty_rate').years).toEqual([2021, 2023]);
    expect(t.series('Z', 'poverty_rate').years).toEqual([]);
  });

  it('gives the latest year of a series, optionally not after a year', () => {
    expect(t.lastYear('A', 'poverty_rate')).toBe(2022);
    expect(t.lastYear('B', 'poverty_rate', 2022)).toBe(2021);
    expect(t.lastYear('B', 'poverty_rate', 2020)).toBeUndefined();
    expect(t.lastYear('Z', 'poverty_rate')).toBeUndefined();
  });

  it('gives one indicator-year for a list of units by index, NaN where absent', () => {
    const codes = ['B', 'A', 'Z'];
    expect([...t.valuesFor(codes, 'poverty_rate', 2021)]).toEqual([4, 6, NaN]);
    expect([...t.valuesFor(codes, 'poverty_rate', 2023)]).toEqual([3, NaN, NaN]);
    // Same list again (cached indices) and an unknown indicator.
    expect([...t.valuesFor(codes, 'poverty_rate', 2022)]).toEqual([NaN, 5, NaN]);
    expect([...t.valuesFor(codes, 'nope', 2021)]).toEqual([NaN, NaN, NaN]);
  });

  it('finds single values and reports absence', () => {
    expect(t.value('B', 'poverty_rate', 2023)).toBe(3);
    expect(t.value('B', 'poverty_rate', 2022)).toBeUndefined();
    expect(t.value('A', 'poor_households', 2021)).toBe(60);
  });

  it('dictionary-encodes strings and lists years', () => {
    expect(t.unitCodes).toEqual(['A', 'B']);
    expect(t.indicatorIds).toEqual(['poor_households', 'poverty_rate']);
    expect(t.years()).toEqual([2021, 2022, 2023]);
    expect(t.toColumns().provenances).toHaveLength(1);
  });

  it('round-trips through its columns', () => {
    const back = ObservationTable.fromColumns(structuredClone(t.toColumns()));
    expect([...back.records()]).toEqual([...t.records()]);
  });

  it('keeps the last of repeated keys and merges by upsert', () => {
    const b = new TableBuilder();
    b.add('A', 'x', 2020, 1, { kind: 'imported', source: 'f' });
    b.add('A', 'x', 2020, 2, { kind: 'imported', source: 'g' });
    const one = b.build();
    expect(one.size).toBe(1);
    expect(one.value('A', 'x', 2020)).toBe(2);
    const merged = mergeTables(t, tableOf([['A', 'poverty_rate', 2022, 4.5], ['C', 'poverty_rate', 2022, 1]]), 'merge');
    expect(merged.value('A', 'poverty_rate', 2022)).toBe(4.5);
    expect(merged.value('A', 'poverty_rate', 2021)).toBe(6);
    expect(merged.value('C', 'poverty_rate', 2022)).toBe(1);
    expect(mergeTables(t, one, 'replace').size).toBe(1);
  });
});

describe('TableBuilder order', () => {
  type Row = [string, string, number, number];
  const row = fc.tuple(fc.constantFrom('A', 'B', 'C', 'Đ', 'a'), fc.constantFrom('x', 'y', 'z'), fc.integer({ min: 1990, max: 1995 }), fc.integer({ min: 0, max: 99 }));
  const reference = (rows: Row[]) => {
    const last = new Map<string, Row>();
    for (const r of rows) last.set(`${r[0]}|${r[1]}|${r[2]}`, r);
    const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
    return [...last.values()].sort((a, b) => cmp(a[0], b[0]) || cmp(a[1], b[1]) || a[2] - b[2]);
  };
  const built = (parts: Row[][]) => {
    const b = new TableBuilder(4);
    for (const part of parts) {
      // Each part goes in as a whole table (the bulk copy) and as single rows (add) in turn.
      if (part.length % 2) b.addTable(tableOf(part));
      else for (const [u, i, y, v] of part) b.add(u, i, y, v, { kind: 'imported', source: 'p' });
    }
    return [...b.build().records()].map((r) => [r.unit, r.indicator, r.year, r.value]);
  };

  it('sorts by (unit, indicator, year) and keeps the last row of a repeated key, sorted input or not', () => {
    fc.assert(fc.property(fc.array(fc.array(row, { maxLength: 40 }), { maxLength: 4 }), (parts) => {
      // tableOf dedupes within a part first, so the reference sees each part the same way.
      const flat = parts.flatMap((p) => (p.length % 2 ? reference(p) : p));
      expect(built(parts)).toEqual(reference(flat));
    }), { numRuns: process.env.CI ? 2000 : 300 });
  });

  it('keeps an already sorted table as it is, and sorts a reversed one', () => {
    const rows: Row[] = [['A', 'x', 1990, 1], ['A', 'x', 1991, 2], ['A', 'y', 1990, 3], ['B', 'x', 1990, 4]];
    expect(built([rows.slice(0, 2), rows.slice(2)])).toEqual(rows);
    expect(built([[...rows].reverse()])).toEqual(rows);
  });
});

describe('displayIndicatorsIn', () => {
  it('lists catalogue indicators first, then custom ones, and never targets', async () => {
    const { displayIndicatorsIn } = await import('./catalogue.ts');
    expect(displayIndicatorsIn(['zz_custom', 'total_households', 'target_rate', 'poverty_rate', 'literacy_rate']))
      .toEqual(['poverty_rate', 'total_households', 'literacy_rate', 'zz_custom']);
  });
});
