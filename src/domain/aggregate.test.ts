import { describe, expect, it } from 'vitest';
import { aggregateToRoot, ALL_UNITS } from './aggregate.ts';
import { emptyDataset, comparisonUnits, type Dataset } from './dataset.ts';
import { UnitRegistry, makeUnit } from './units.ts';
import { tableOf, type Lit } from './testing.ts';

function ds(rows: Lit[], root: string, units: { code: string; parent?: string }[]): Dataset {
  return {
    ...emptyDataset(), rootUnit: root, table: tableOf(rows),
    units: new UnitRegistry(units.map((u) => makeUnit({ code: u.code, level: 'district', parent: u.parent ?? null, nameVi: u.code }))),
  };
}

describe('aggregateToRoot', () => {
  const rows: Lit[] = [
    ['A', 'poor_households', 2023, 10], ['A', 'total_households', 2023, 100],
    ['B', 'poor_households', 2023, 100], ['B', 'total_households', 2023, 10000],
    ['B', 'poor_households', 2024, 90],
  ];

  it('sums the children into the root and derives a household-weighted rate', () => {
    const out = aggregateToRoot(ds(rows, 'P', [{ code: 'P' }, { code: 'A', parent: 'P' }, { code: 'B', parent: 'P' }]));
    expect(out.table.value('P', 'poor_households', 2023)).toBe(110);
    expect(out.table.value('P', 'poverty_rate', 2023)).toBeCloseTo((100 * 110) / 10100, 10);
    expect(out.table.at(out.table.find('P', 'poor_households', 2023)).provenance).toMatchObject({ kind: 'imported', derived: true });
  });

  it('does not fill a year where a child lacks the count', () => {
    const out = aggregateToRoot(ds(rows, 'P', [{ code: 'P' }, { code: 'A', parent: 'P' }, { code: 'B', parent: 'P' }]));
    expect(out.table.value('P', 'poor_households', 2024)).toBeUndefined();
  });

  it('keeps a root figure the file gave', () => {
    const out = aggregateToRoot(ds([...rows, ['P', 'poor_households', 2023, 111]], 'P', [{ code: 'P' }, { code: 'A', parent: 'P' }, { code: 'B', parent: 'P' }]));
    expect(out.table.value('P', 'poor_households', 2023)).toBe(111);
  });

  it('creates a stand-in root for several top-level units', () => {
    const out = aggregateToRoot(ds(rows, '', [{ code: 'A' }, { code: 'B' }]));
    expect(out.rootUnit).toBe(ALL_UNITS);
    expect([...comparisonUnits(out)].sort()).toEqual(['A', 'B']);
    expect(out.table.value(ALL_UNITS, 'total_households', 2023)).toBe(10100);
  });
});
