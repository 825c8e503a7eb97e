import { describe, expect, it } from 'vitest';
import { sumToParents } from './parentSums.ts';
import { deriveRates } from './derive.ts';
import { TableBuilder } from './tableBuilder.ts';
import { UnitRegistry, makeUnit } from './units.ts';

const units = new UnitRegistry([
  makeUnit({ code: 'P', level: 'province', parent: null, nameVi: 'P' }),
  makeUnit({ code: 'A', level: 'district', parent: 'P', nameVi: 'A' }),
  makeUnit({ code: 'B', level: 'district', parent: 'P', nameVi: 'B' }),
]);

describe('sumToParents', () => {
  it('sums the children and the parent rate derives household-weighted, derived: true, weakest kind', () => {
    const b = new TableBuilder();
    b.add('A', 'poor_households', 2024, 10, { kind: 'published', source: 'f' });
    b.add('A', 'total_households', 2024, 100, { kind: 'published', source: 'f' });
    b.add('B', 'poor_households', 2024, 100, { kind: 'illustrative', source: 'f' });
    b.add('B', 'total_households', 2024, 10000, { kind: 'published', source: 'f' });
    b.add('A', 'poor_households', 2025, 5, { kind: 'published', source: 'f' });
    const { table } = deriveRates(sumToParents(b.build(), units).table);
    expect(table.value('P', 'poverty_rate', 2024)).toBeCloseTo((100 * 110) / 10100, 10);
    expect(table.at(table.find('P', 'poverty_rate', 2024)).provenance).toMatchObject({ kind: 'illustrative', derived: true });
    // 2025: B lacks the count, so no partial sum.
    expect(table.find('P', 'poor_households', 2025)).toBe(-1);
  });

  it('never overwrites a parent figure the file gives', () => {
    const b = new TableBuilder();
    b.add('P', 'poor_households', 2024, 999, { kind: 'published', source: 'f' });
    b.add('A', 'poor_households', 2024, 1, { kind: 'published', source: 'f' });
    b.add('B', 'poor_households', 2024, 1, { kind: 'published', source: 'f' });
    expect(sumToParents(b.build(), units).table.value('P', 'poor_households', 2024)).toBe(999);
  });
});
