import { describe, expect, it } from 'vitest';
import { deriveOverview } from './overviewData.ts';
import { cachedOverview, lastOverview, noteShown, overviewOf, overviewOfSteps, summaryOf, yearsWithIndicator } from './overviewCache.ts';
import { summarize } from '../../domain/narrative/index.ts';
import { loadBuiltin } from '../../data/builtin.ts';
import { TableBuilder } from '../../domain/tableBuilder.ts';

describe('deriveOverview on the built-in data', () => {
  const ds = loadBuiltin();
  const o = deriveOverview({ dataset: ds, indicator: 'poverty_rate', year: 2024, unit: null, lang: 'vi' });
  const latest = deriveOverview({ dataset: ds, indicator: 'poverty_rate', year: null, unit: null, lang: 'vi' });

  it('opens on the latest year: 2025, the city under its new name, its 40 new units', () => {
    expect(latest.year).toBe(2025);
    expect(latest.root.name).toBe('Huế');
    expect(latest.headline.latest?.value).toBe(1.2);
    expect(latest.trend.points.find((p) => p.year === 2025)?.kind).toBe('expected');
    expect(latest.compare.total).toBe(40);
    expect(latest.compare.rows.every((r) => /^(Phường|Xã) /.test(r.name))).toBe(true);
  });

  it('2024 still belongs to the province and its nine districts', () => {
    expect(o.year).toBe(2024);
    expect(o.root.name).toBe('Thừa Thiên Huế');
    expect(o.focus.code).toBe('46');
    expect(o.headline.latest?.value).toBe(1.4);
    expect(o.headline.changeCount).toBe(4689 - 7540);
  });

  it('ranks nine districts, highest rate first, and the group rate is household-weighted', () => {
    expect(o.compare.rows).toHaveLength(9);
    expect(o.compare.rows[0]!.code).toBe('481');
    const values = o.compare.rows.map((r) => r.value);
    expect([...values].sort((a, b) => b - a)).toEqual(values);
    expect(o.compare.group?.ok && o.compare.group.numerator).toBe(4689);
    const meanOfRates = values.reduce((a, b) => a + b, 0) / values.length;
    expect(o.compare.group?.ok && Math.abs(o.compare.group.value - meanOfRates)).toBeGreaterThan(1);
  });

  it('gives every district a pace-based status for the poverty rate', () => {
    expect(o.compare.rows.every((r) => r.status !== null)).toBe(true);
    expect(o.status?.status).toBe('achieved');
    const near = deriveOverview({ dataset: ds, indicator: 'near_poor_rate', year: 2023, unit: null, lang: 'vi' });
    expect(near.status).toBeNull();
  });

  it('draws both province targets and their required paths', () => {
    expect(o.trend.targets.map((t) => t.value)).toEqual([3.17, 1.84]);
    expect(o.trend.paths.map((p) => [p.line.from.year, p.line.from.value, p.line.to.year])).toEqual([[2022, 3.56, 2023], [2021, 4.93, 2025]]);
    expect(o.trend.years).toEqual([2021, 2025]);
    expect(o.trend.points.find((p) => p.year === 2025)?.value).toBeNull();
  });

  it('follows a selected district and an earlier year', () => {
    const d = deriveOverview({ dataset: ds, indicator: 'poverty_rate', year: 2023, unit: '481', lang: 'en' });
    expect(d.focus.name).toBe('A Luoi District');
    expect(d.headline.latest).toMatchObject({ year: 2023, value: 24.4 });
    expect(d.trend.points.find((p) => p.year === 2024)?.value).toBeNull();
  });

  it('shows at most the 30 highest of a national set, and says how many there are', async () => {
    const { TableBuilder } = await import('../../domain/tableBuilder.ts');
    const { aggregateToRoot } = await import('../../domain/aggregate.ts');
    const { UnitRegistry, makeUnit } = await import('../../domain/units.ts');
    const b = new TableBuilder();
    const units = [];
    for (let i = 0; i < 500; i++) {
      const code = `C${i}`;
      units.push(makeUnit({ code, level: 'commune', nameVi: `Xã ${i}` }));
      b.add(code, 'poor_households', 2024, i, { kind: 'imported', source: 'n.csv' });
      b.add(code, 'total_households', 2024, 1000, { kind: 'imported', source: 'n.csv' });
    }
    const big = aggregateToRoot({ ...ds, rootUnit: '', units: new UnitRegistry(units), table: b.build(), targets: [] });
    const d = deriveOverview({ dataset: big, indicator: 'poverty_rate', year: null, unit: null, lang: 'vi' });
    expect(d.compare.total).toBe(500);
    expect(d.compare.rows).toHaveLength(30);
    expect(d.compare.rows[0]!.code).toBe('C499');
    expect(d.multiples).toHaveLength(30);
    expect(d.headline.latest?.value).toBeCloseTo((100 * (499 * 500) / 2) / 500000, 10);
  });

  it('breaks ties at the cut-off by name, as a full sort would', async () => {
    const { TableBuilder } = await import('../../domain/tableBuilder.ts');
    const { UnitRegistry, makeUnit } = await import('../../domain/units.ts');
    const b = new TableBuilder();
    const units = [makeUnit({ code: 'R', level: 'province', nameVi: 'Tỉnh' })];
    // 60 units: two at 9%, then 58 all tied at 5%, named so that name order is not code order.
    for (let i = 0; i < 60; i++) {
      units.push(makeUnit({ code: `C${i}`, level: 'commune', parent: 'R', nameVi: `Xã ${String(59 - i).padStart(2, '0')}` }));
      b.add(`C${i}`, 'poverty_rate', 2024, i < 2 ? 9 : 5, { kind: 'imported', source: 'n.csv' });
    }
    const d = deriveOverview({ dataset: { ...ds, rootUnit: 'R', units: new UnitRegistry(units), table: b.build(), targets: [] }, indicator: 'poverty_rate', year: null, unit: null, lang: 'vi' });
    expect(d.compare.rows.map((r) => r.name)).toEqual(['Xã 58', 'Xã 59', ...Array.from({ length: 28 }, (_, k) => `Xã ${String(k).padStart(2, '0')}`)]);
    expect(d.multiples).toHaveLength(30);
  });

  it('lists units without a value instead of inventing one', () => {
    const d = deriveOverview({ dataset: ds, indicator: 'near_poor_rate', year: 2023, unit: null, lang: 'vi' });
    expect(d.compare.rows.map((r) => r.code)).toEqual(['481']);
    expect(d.compare.missing).toHaveLength(8);
    expect(d.compare.group?.ok).toBe(false);
  });
});

describe('trend breaks', () => {
  const ds = loadBuiltin();

  it('marks the 2024|2025 reorganisation on the city trend, which itself continues', () => {
    const o = deriveOverview({ dataset: ds, indicator: 'poverty_rate', year: 2025, unit: null, lang: 'en' });
    expect(o.trend.breaks).toEqual([{ after: 2024, kind: 'units', from: '9', to: '40' }]);
    expect(new Set(o.trend.points.map((p) => p.segment))).toEqual(new Set([0]));
  });

  it('breaks the line at the 2026|2027 change of standard, with synthetic 2026–2027 figures', () => {
    const b = new TableBuilder();
    b.addTable(ds.table);
    b.add('46', 'poverty_rate', 2026, 0.9, { kind: 'illustrative', source: 'synthetic test figure' });
    b.add('46', 'poverty_rate', 2027, 2.8, { kind: 'illustrative', source: 'synthetic test figure' });
    const o = deriveOverview({ dataset: { ...ds, table: b.build() }, indicator: 'poverty_rate', year: 2027, unit: null, lang: 'en' });
    expect(o.trend.breaks).toContainEqual({ after: 2026, kind: 'standard', from: '2022-2025', to: '2026-2030' });
    expect(o.trend.points.find((p) => p.year === 2026)?.segment).toBe(0);
    expect(o.trend.points.find((p) => p.year === 2027)?.segment).toBe(1);
    expect(o.headline.changePp).toBeUndefined();
  });
});

describe('kept derivations: the same figures, computed once per dataset and view state', () => {
  const ds = loadBuiltin();
  const input = { dataset: ds, indicator: 'poverty_rate', year: 2024, unit: null, lang: 'vi' as const };

  it('overviewOf gives deriveOverview\'s figures, the same object for the same state, afresh for a new dataset', () => {
    const o = overviewOf(input);
    expect(o).toStrictEqual(deriveOverview(input));
    expect(overviewOf({ ...input })).toBe(o);
    expect(overviewOf({ ...input, unit: '481' })).not.toBe(o);
    expect(overviewOf({ ...input, unit: '481' }).focus.code).toBe('481');
    const next = { ...ds, targets: [] };
    expect(overviewOf({ ...input, dataset: next })).not.toBe(o);
    expect(overviewOf({ ...input, dataset: next }).status?.why).toBe('no-target');
  });

  it('in steps (a task each in the view), the same figures as in one go, kept only once the last step is done', () => {
    const fresh = { ...ds };
    const state = { ...input, dataset: fresh, year: null, unit: '481' };
    expect(cachedOverview(state)).toBeUndefined();
    expect(lastOverview(fresh)).toBeUndefined();
    const steps = overviewOfSteps(state);
    let n = 0;
    let r = steps.next();
    for (; !r.done; r = steps.next()) {
      n++;
      expect(cachedOverview(state)).toBeUndefined();
    }
    expect(n).toBeGreaterThanOrEqual(5);
    expect(r.value).toStrictEqual(deriveOverview(state));
    expect(cachedOverview(state)).toBe(r.value);
    expect(overviewOf(state)).toBe(r.value);
    expect(lastOverview(fresh)).toBe(r.value);
    // Already kept: no step left.
    expect(overviewOfSteps(state).next()).toEqual({ done: true, value: r.value });
  });

  it('while the next overview is derived, the one last on screen stands in, not the one derived last', () => {
    const fresh = { ...ds };
    const a = overviewOf({ ...input, dataset: fresh, unit: '481' });
    noteShown(fresh, a);
    const b = overviewOf({ ...input, dataset: fresh, unit: '474' });
    noteShown(fresh, b);
    expect(lastOverview(fresh)).toBe(b);
    // Back to A (kept, shown again); then a third selection is being derived: A stands in.
    noteShown(fresh, overviewOf({ ...input, dataset: fresh, unit: '481' }));
    expect(lastOverview(fresh)).toBe(a);
    expect(lastOverview({ ...ds })).toBeUndefined();
  });

  it('summaryOf is summarize\'s text for the language and year', () => {
    expect(summaryOf(ds, 'vi', 2024)).toBe(summarize(ds, 'vi', { year: 2024 }).text);
    expect(summaryOf(ds, 'en', 2024)).toBe(summarize(ds, 'en', { year: 2024 }).text);
    expect(summaryOf(ds, 'en', null)).toBe(summarize(ds, 'en', { year: null }).text);
    expect(summaryOf(ds, 'en', 2024)).not.toBe(summaryOf(ds, 'vi', 2024));
  });

  it('yearsWithIndicator: the years any unit has a value of the indicator', () => {
    const union = (id: string) => new Set(ds.table.unitsWith(id).flatMap((u) => ds.table.series(u, id).years));
    for (const id of ds.table.indicatorIds) expect(yearsWithIndicator(ds, id)).toEqual(union(id));
    expect(yearsWithIndicator(ds, 'no_such_indicator').size).toBe(0);
    expect([...yearsWithIndicator(ds, 'poverty_rate')]).toContain(2025);
  });
});
