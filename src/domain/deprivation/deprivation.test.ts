import { describe, expect, it } from 'vitest';
import { tableOf, type Lit } from '../testing.ts';
import { leading, profileOf, comparableYears, listForYear } from './profile.ts';
import { heatTable } from './heat.ts';
import { DEPRIVATION_IDS, deprivationList } from './lists.ts';
import { VN_STANDARDS } from '../standards.ts';
import { UnitRegistry, makeUnit } from '../units.ts';
import type { Dataset } from '../dataset.ts';
import { loadBuiltin } from '../../data/builtin.ts';

const list = deprivationList('2022-2025')!.indicators;

function ds(rows: Lit[]): Dataset {
  return {
    id: 't', title: { vi: 't', en: 't' }, rootUnit: 'P', table: tableOf(rows), targets: [], standards: VN_STANDARDS, status: 'imported', sources: [],
    units: new UnitRegistry([makeUnit({ code: 'P', level: 'province', nameVi: 'Tỉnh' }), makeUnit({ code: 'A', level: 'district', parent: 'P', nameVi: 'Huyện A' }), makeUnit({ code: 'B', level: 'district', parent: 'P', nameVi: 'Huyện B' })]),
  };
}

describe('deprivation lists', () => {
  it('keys the 12 indicators by standard, old ids too', () => {
    expect(DEPRIVATION_IDS).toHaveLength(12);
    expect(deprivationList('vn-2022-2025')?.indicators).toHaveLength(12);
    expect(deprivationList('2026-2030')?.verified).toBe(false);
    expect(deprivationList('2016-2020')).toBeUndefined();
    expect(listForYear(VN_STANDARDS, 2020)).toBeNull();
    expect(listForYear(VN_STANDARDS, 2024)).toHaveLength(12);
  });
});

describe('deprivation profile', () => {
  const rows: Lit[] = [
    ['A', 'total_households', 2024, 1000], ['A', 'poor_households', 2024, 50], ['A', 'dep_water', 2024, 40], ['A', 'dep_toilet', 2024, 10], ['A', 'dep_telecom', 2024, 10],
    ['B', 'total_households', 2024, 4000], ['B', 'poor_households', 2024, 200], ['B', 'dep_water', 2024, 20], ['B', 'dep_toilet', 2024, 100],
    ['P', 'total_households', 2024, 5000], ['P', 'poor_households', 2024, 250], ['P', 'dep_water', 2024, 60], ['P', 'dep_toilet', 2024, 110],
    ['A', 'dep_water', 2023, 45], ['A', 'poor_households', 2023, 60], ['A', 'dep_water', 2020, 1],
  ];
  it('share of the poor and censored headcount, by hand', () => {
    const p = profileOf(tableOf(rows), 'A', 2024, list);
    const water = p.cells.find((c) => c.id === 'dep_water')!;
    expect(water).toEqual({ id: 'dep_water', count: 40, share: 80, censored: 4 });
    expect(p.cells.find((c) => c.id === 'dep_nutrition')).toEqual({ id: 'dep_nutrition', count: null, share: null, censored: null });
    // Ties keep the list order (toilet before telecom).
    expect(leading(p).map((c) => c.id)).toEqual(['dep_water', 'dep_toilet', 'dep_telecom']);
  });
  it('the parent is household-weighted: its share is Σ deprived ÷ Σ poor, not a mean of shares', () => {
    const p = profileOf(tableOf(rows), 'P', 2024, list);
    expect(p.cells.find((c) => c.id === 'dep_water')!.share).toBeCloseTo((100 * 60) / 250);
  });
  it('change over the years stays within one standard', () => {
    expect(comparableYears(tableOf(rows), VN_STANDARDS, 'A', 2024, list)).toEqual([2023, 2024]);
  });
  it('heat table: parent first, children sorted by a column, units without figures left out', () => {
    const h = heatTable(ds(rows), null, 'share', { by: 'dep_toilet', desc: true }, 'vi');
    expect(h.year).toBe(2024);
    expect(h.rows.map((r) => r.code)).toEqual(['P', 'B', 'A']);
    expect(h.max).toBe(80);
    const byName = heatTable(ds(rows), 2024, 'count', { by: 'name', desc: false }, 'vi');
    expect(byName.rows.map((r) => r.code)).toEqual(['P', 'A', 'B']);
  });
  it('says why it is empty', () => {
    expect(heatTable(ds([['A', 'poor_households', 2024, 5]]), null, 'share', { by: 'name', desc: false }, 'vi').empty).toBe('no_data');
  });
});

describe('built-in illustrative profile of Huế 2025', () => {
  it('has the 40 units, each count within its poor households, the city the sum', () => {
    const b = loadBuiltin();
    const h = heatTable(b, 2025, 'count', { by: 'name', desc: false }, 'vi');
    expect(h.rows[0]!.code).toBe('46');
    expect(h.rows.length).toBe(41);
    for (const r of h.rows) for (const c of r.profile.cells) expect(c.count!).toBeLessThanOrEqual(r.profile.poor!);
    for (const id of DEPRIVATION_IDS) {
      const sum = h.rows.slice(1).reduce((a, r) => a + r.profile.cells.find((c) => c.id === id)!.count!, 0);
      expect(b.table.value('46', id, 2025)).toBe(sum);
    }
    const r = b.table.find('19753', 'dep_water', 2025);
    expect(b.table.provenance(r).kind).toBe('illustrative');
  });
});
