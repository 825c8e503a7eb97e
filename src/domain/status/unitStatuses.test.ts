import { describe, expect, it } from 'vitest';
import { loadBuiltin } from '../../data/builtin.ts';
import { unitStatuses, unitStatusMap, statusOf, allocatedChildTargets, childShares, planVerdicts, planFinished } from './index.ts';
import { judgeSeries } from './unitStatuses.ts';
import { TableBuilder } from '../tableBuilder.ts';

const ds = loadBuiltin();
const hh = (unit: string, year: number) => ds.table.value(unit, 'total_households', year)!;
const poor = (unit: string, year: number) => ds.table.value(unit, 'poor_households', year)!;

describe('the status engine on the built-in Thừa Thiên Huế data', () => {
  it('gives every district a status, judged against its own target or its share of the province target', () => {
    const st = unitStatuses(ds, 2022);
    expect(st.map((s) => s.unit).sort()).toEqual(['474', '476', '477', '478', '479', '480', '481', '482', '483']);
    // At 2022 A Lưới's own 2023 target (24.91%) is active: 38.20% needs 13.29 pp in a year, its
    // 2021→2022 pace is 11.78 pp → ratio 0.89 → at risk. Its 2022 rate rests on illustrative counts, and says so.
    const al = st.find((s) => s.unit === '481')!;
    expect(al.targetDef?.value).toBe(24.91);
    expect(al.ratio).toBeCloseTo((49.98 - (100 * 5413) / 14170) / ((100 * 5413) / 14170 - 24.91), 6);
    expect(al).toMatchObject({ status: 'at-risk', why: 'pace', provenance: { kind: 'illustrative', derived: true } });
    expect(st.find((s) => s.unit === '474')!.targetDef?.source.kind).toBe('allocation');
  });

  it('A Lưới 2024 is judged on an expected figure, and the engine says so', () => {
    const al = statusOf(ds, '481', 2024);
    expect(al.latest).toEqual({ year: 2024, value: 14.34 });
    expect(al.provenance?.kind).toBe('expected');
    expect(al.provenance?.note).toMatch(/not a final result/);
    expect(al.requiredPerYear).toBeCloseTo(14.34 - 12.1, 10);
    expect(al.status).toBe('on-track');
  });

  it('at a target year the verdict is given: 2023 view judges the 2023 targets (met by how much)', () => {
    const p = statusOf(ds, '46', 2023);
    expect(p.targetDef?.year).toBe(2023);
    expect(p.verdict).toMatchObject({ year: 2023, target: 3.17, actual: 2.27, met: true });
    expect(p.verdict!.byPp).toBeCloseTo(0.9, 10);
    expect(p).toMatchObject({ status: 'achieved', why: 'met-at-year' });
    // The 2024 view looks forward to 2025 and gives no verdict.
    expect(statusOf(ds, '46', 2024)).toMatchObject({ status: 'achieved', why: 'below-target', targetDef: { year: 2025 } });
    expect(statusOf(ds, '46', 2024).verdict).toBeUndefined();
  });

  it('a missed target at its year reads missed, with the gap', () => {
    const tight = { ...ds, targets: ds.targets.map((t) => (t.unit === '46' && t.year === 2023 && t.indicator === 'poverty_rate' ? { ...t, value: 2 } : t)) };
    const p = statusOf(tight, '46', 2023);
    expect(p).toMatchObject({ status: 'off-track', why: 'missed-at-year', verdict: { met: false } });
    expect(p.verdict!.byPp).toBeCloseTo(0.27, 10);
  });

  it('the finished 2021–2025 plan gets a verdict table: 2023 met; 2025 met on the expected end-2025 figure, and says so', () => {
    const rows = planVerdicts(ds, '46');
    expect(rows.map((r) => [r.target.year, r.target.value, r.verdict?.met ?? null, r.kind ?? null])).toEqual([[2023, 3.17, true, 'published'], [2025, 1.84, true, 'expected']]);
    expect(rows[0]!.byHouseholds).toBe(Math.round((0.9 * hh('46', 2023)) / 100));
    expect(planFinished(rows)).toBe(true);
    // Up to 2024 the 2025 target has no verdict yet.
    expect(planVerdicts(ds, '46', 2024).map((r) => r.verdict?.met ?? null)).toEqual([true, null]);
    expect(planFinished(planVerdicts(ds, '46', 2024))).toBe(false);
  });

  it('shares: A Lưới keeps its own 2025 target; the rest of the province target is re-shared so they add up', () => {
    const s = childShares(ds, 2024);
    expect(s.parent?.year).toBe(2025);
    expect(s.own).toEqual(['481']);
    expect(s.targets.map((t) => t.unit)).not.toContain('481');
    const parentPoor = Math.round((1.84 * hh('46', 2021)) / 100);
    const alPoor = Math.round((12.1 * hh('481', 2021)) / 100);
    const others = s.targets.reduce((sum, t) => sum + Math.round((t.value * hh(t.unit, 2021)) / 100), 0);
    expect(others + alPoor).toBe(parentPoor);
    expect(s.gapHouseholds).toBe(0);
  });

  it('shares: when own targets ask more than the parent, the gap is returned, not hidden (2023 target)', () => {
    const s = childShares(ds, 2022);
    // Province 3.17% of 329,600 = 10,448 poor; A Lưới 24.91% of 14,170 = 3,530 alone cuts more than the
    // province's 1,287: the others keep their baseline and the units ask 596 households more than the parent.
    const alPoor = Math.round((24.91 * hh('481', 2022)) / 100);
    const othersBase = poor('46', 2022) - poor('481', 2022);
    expect(s.gapHouseholds).toBe(alPoor + othersBase - Math.round((3.17 * hh('46', 2022)) / 100));
    expect(s.gapHouseholds).toBe(-596);
  });

  it('allocatedChildTargets gives the shared targets only (own targets stay own)', () => {
    expect(allocatedChildTargets(ds, 2024)).toHaveLength(8);
  });

  it('computes a dataset’s statuses once per year and method, and again for a new dataset value', () => {
    expect(unitStatuses(ds, 2022)).toBe(unitStatuses(ds, 2022));
    expect(unitStatuses(ds, 2022, { method: 'equal-pp' })).not.toBe(unitStatuses(ds, 2022));
    const noOwn = { ...ds, targets: ds.targets.filter((t) => t.unit !== '481') };
    expect(unitStatuses(noOwn, 2022).find((s) => s.unit === '481')!.targetDef?.source.kind).toBe('allocation');
    expect(unitStatuses(ds, 2022).find((s) => s.unit === '481')!.targetDef?.source.kind).not.toBe('allocation');
  });

  it('statusOf gives the same answer as the list for a compared unit, and judges the root on its own target', () => {
    for (const y of [2022, 2023, 2024]) for (const s of unitStatuses(ds, y)) expect(statusOf(ds, s.unit, y)).toBe(s);
    expect(statusOf(ds, '46', 2022).targetDef?.unit).toBe('46');
  });
});

describe('status caches: one per dataset and year', () => {
  it('statusOf and unitStatusMap give the listed status, the same object each time', () => {
    const list = unitStatuses(ds, 2022);
    const map = unitStatusMap(ds, 2022);
    expect(map.size).toBe(list.length);
    for (const s of list) {
      expect(map.get(s.unit)).toBe(s);
      expect(statusOf(ds, s.unit, 2022)).toBe(s);
    }
    expect(unitStatusMap(ds, 2022)).toBe(map);
  });

  it('a new dataset is judged afresh: without targets, A Lưới has none, while the old dataset keeps its own', () => {
    const before = statusOf(ds, '481', 2022);
    const next = { ...ds, targets: [] };
    expect(statusOf(next, '481', 2022)).toMatchObject({ unit: '481', why: 'no-target' });
    expect(unitStatusMap(next, 2022).get('481')?.why).toBe('no-target');
    expect(statusOf(ds, '481', 2022)).toBe(before);
    expect(before.targetDef?.value).toBe(24.91);
  });
});

describe('units without a target: read from the columns, the same as the general path', () => {
  it('gives each unit the status the series path gives (latest value, provenance, no value before the data)', () => {
    const bare = { ...ds, targets: [] };
    for (const y of [2015, 2021, 2022, 2023, 2024, 2025, 2030]) {
      const list = unitStatuses(bare, y);
      expect(list.length).toBeGreaterThan(0);
      for (const s of list) expect(s).toStrictEqual(judgeSeries(bare, s.unit, y, undefined));
    }
    expect(unitStatuses(bare, 2015).every((s) => s.why === 'no-value')).toBe(true);
    // A Lưới has no value after 2024: at 2030 its expected 2024 figure is the latest, and says so.
    const al = statusOf(bare, '481', 2030);
    expect(al).toMatchObject({ status: 'no-data', why: 'no-target', latest: { year: 2024, value: 14.34 }, provenance: { kind: 'expected' } });
    expect(al.provenance).toBe(judgeSeries(bare, '481', 2030, undefined).provenance);
  });

  it('keeps the given rate beside a rate its counts overruled', () => {
    const b = new TableBuilder();
    b.add('474', 'poverty_rate', 2022, 4.5, { kind: 'imported', source: 'a.csv', asReported: 6.1, derived: true }, 2);
    b.add('474', 'poverty_rate', 2023, 3.9, { kind: 'imported', source: 'a.csv' }, 3);
    const one = { ...ds, targets: [], table: b.build() };
    expect(statusOf(one, '474', 2022)).toStrictEqual({ ...judgeSeries(one, '474', 2022, undefined), asReported: 6.1 });
    expect(statusOf(one, '474', 2022).asReported).toBe(6.1);
    expect(statusOf(one, '474', 2023).asReported).toBeUndefined();
  });
});
