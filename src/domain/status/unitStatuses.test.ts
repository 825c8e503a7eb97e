import { describe, expect, it } from 'vitest';
import { loadBuiltin } from '../../data/builtin.ts';
import { unitStatuses, allocatedChildTargets } from './index.ts';

describe('unitStatuses on the built-in Thừa Thiên Huế data', () => {
  const ds = loadBuiltin();

  it('gives every district a status, judged against its own target or its share of the province target', () => {
    const st = unitStatuses(ds, 2022);
    expect(st.map((s) => s.unit).sort()).toEqual(['474', '476', '477', '478', '479', '480', '481', '482', '483']);
    for (const s of st) expect(['achieved', 'on-track', 'at-risk', 'off-track', 'no-data']).toContain(s.status);
    // At 2022 A Lưới's own 2023 target (24.91%) is active: 38.20% needs 13.29 pp in a year, its
    // 2021→2022 pace is 11.78 pp → ratio 0.89 → at risk.
    const al = st.find((s) => s.unit === '481')!;
    expect(al.targetDef?.value).toBe(24.91);
    expect(al.ratio).toBeCloseTo((49.98 - (100 * 5413) / 14170) / ((100 * 5413) / 14170 - 24.91), 6);
    expect(al.status).toBe('at-risk');
    // At 2023 the 2025 target (12.1%) is active and 24.4% after a 12.79 pp/yr pace is on track.
    expect(unitStatuses(ds, 2023).find((s) => s.unit === '481')).toMatchObject({ status: 'on-track', targetDef: { value: 12.1 } });
    // Others carry an allocation-sourced target.
    expect(st.find((s) => s.unit === '474')!.targetDef?.source.kind).toBe('allocation');
  });

  it('allocated district targets add up to the province target in households', () => {
    const ts = allocatedChildTargets(ds, 2022);
    expect(ts).toHaveLength(9);
    const poor = ts.reduce((s, t) => s + (t.value * ds.table.value(t.unit, 'total_households', 2022)!) / 100, 0);
    expect(Math.round(poor)).toBe(10448);
  });

  it('computes a dataset’s statuses once per year and method, and again for a new dataset value', () => {
    expect(unitStatuses(ds, 2022)).toBe(unitStatuses(ds, 2022));
    expect(unitStatuses(ds, 2022, { method: 'equal-pp' })).not.toBe(unitStatuses(ds, 2022));
    // A changed dataset is a new value: A Lưới without its own targets falls back to its allocated share.
    const noOwn = { ...ds, targets: ds.targets.filter((t) => t.unit !== '481') };
    expect(unitStatuses(noOwn, 2022).find((s) => s.unit === '481')!.targetDef?.source.kind).toBe('allocation');
    expect(unitStatuses(ds, 2022).find((s) => s.unit === '481')!.targetDef?.source.kind).not.toBe('allocation');
  });
});
