import { describe, expect, it } from 'vitest';
import { loadBuiltin } from '../data/builtin.ts';
import { comparisonUnits, emptyDataset } from './dataset.ts';
import { makeUnit, UnitRegistry } from './units.ts';
import { tableOf, type Lit } from './testing.ts';

describe('comparisonUnits: cached per dataset and year', () => {
  it('gives one array to the years of one vintage, and another to the next vintage', () => {
    const ds = loadBuiltin();
    expect(comparisonUnits(ds, 2022)).toHaveLength(9);
    // 2021–2024 compare the same nine districts: the same array, so memos keyed on it hold.
    expect(comparisonUnits(ds, 2023)).toBe(comparisonUnits(ds, 2022));
    expect(comparisonUnits(ds, 2021)).toBe(comparisonUnits(ds, 2024));
    expect(comparisonUnits(ds, 2025)).toHaveLength(40);
    expect(comparisonUnits(ds, 2025)).not.toBe(comparisonUnits(ds, 2024));
  });

  it('answers a new dataset afresh: a district that ended in 2021 leaves 2022 of the new one only', () => {
    const ds = loadBuiltin();
    const before = comparisonUnits(ds, 2022);
    const ended = { ...ds.units.get('474')!, validTo: '2021-12-31' };
    const next = { ...ds, units: ds.units.with([ended]) };
    expect(comparisonUnits(next, 2022)).toHaveLength(8);
    expect(comparisonUnits(next, 2022)).not.toContain('474');
    expect(comparisonUnits(next, 2021)).toContain('474');
    expect(comparisonUnits(ds, 2022)).toBe(before);
    expect(before).toContain('474');
  });

  it('without children under the root, compares the top-level units valid that year', () => {
    const ds = loadBuiltin();
    expect(comparisonUnits({ ...ds, rootUnit: 'XX' }, 2022)).toEqual(['46']);
    const ended = { ...ds.units.get('46')!, validTo: '2021-12-31' };
    expect(comparisonUnits({ ...ds, rootUnit: 'XX', units: ds.units.with([ended]) }, 2022)).toEqual([]);
  });

  it('units without validity bounds are compared in every year, as one list (a national file)', () => {
    const unit = (code: string, parent: string | null, validTo: string | null = null) =>
      makeUnit({ code, nameVi: code, level: parent ? 'commune' : 'province', parent, validTo });
    const rows: Lit[] = ['A', 'B', 'C'].flatMap((u) => [2020, 2021, 2022].map((y): Lit => [u, 'poverty_rate', y, 5]));
    const base = { ...emptyDataset(), rootUnit: 'P', table: tableOf(rows) };
    const kids = { ...base, units: new UnitRegistry([unit('P', null), unit('A', 'P'), unit('B', 'P'), unit('C', 'P')]) };
    expect(comparisonUnits(kids, 2020)).toEqual(['A', 'B', 'C']);
    expect(comparisonUnits(kids, 2022)).toBe(comparisonUnits(kids, 2020));
    // Top-level units (no children under the root): the same, and a bound still applies by year.
    const top = { ...base, units: new UnitRegistry([unit('A', null), unit('B', null), unit('C', null)]) };
    expect(comparisonUnits(top, 2021)).toEqual(['A', 'B', 'C']);
    expect(comparisonUnits(top, 2022)).toBe(comparisonUnits(top, 2021));
    const bounded = { ...base, units: new UnitRegistry([unit('A', null), unit('B', null), unit('C', null, '2020-12-31')]) };
    expect(comparisonUnits(bounded, 2020)).toEqual(['A', 'B', 'C']);
    expect(comparisonUnits(bounded, 2021)).toEqual(['A', 'B']);
  });
});
