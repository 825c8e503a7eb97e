import { describe, expect, it } from 'vitest';
import { loadBuiltin } from '../data/builtin.ts';
import { findTarget } from './targets.ts';
import { targetReadings } from './targetReadings.ts';

const ds = loadBuiltin();
const t2023 = findTarget(ds.targets, '46', 'poverty_rate', 2023)!;
const t2025 = findTarget(ds.targets, '46', 'poverty_rate', 2025)!;

describe('target readings', () => {
  it('keeps what the plan stated: 3.17% after a 0.96 pp cut', () => {
    expect(t2023.stated).toEqual({ cutPp: 0.96 });
    expect(t2023.baseYear).toBe(2022);
  });

  it('3.17% for 2023: from the published 3.56% a 0.39 pp cut (1,287 households); the plan’s 0.96 pp implies 4.13% (3,164)', () => {
    const r = targetReadings(ds.table, ds.targets, t2023, 2023);
    expect(r.disagree).toBe(true);
    expect(r.fromData?.baseValue).toBe(3.56);
    expect(r.fromData?.cutPp).toBeCloseTo(0.39, 10);
    expect(r.fromData?.households).toBe(1287);
    expect(r.stated?.impliedStart).toBeCloseTo(4.13, 10);
    expect(r.stated?.households).toBe(3164);
  });

  it('1.84% ⇔ 6,450 households implies ~350,500 households against the data’s 332,100 (2023)', () => {
    const r = targetReadings(ds.table, ds.targets, t2025, 2023);
    expect(r.households?.target).toBe(6450);
    expect(Math.round(r.households!.impliedTotal / 100) * 100).toBe(350500);
    expect(r.households?.data).toEqual({ year: 2023, total: 332100, atRate: Math.round(1.84 * 3321) });
    expect(r.disagree).toBe(true);
  });

  it('a target whose readings agree is not flagged', () => {
    const own = findTarget(ds.targets, '481', 'poverty_rate', 2023)!;
    expect(targetReadings(ds.table, ds.targets, own, 2023).disagree).toBe(false);
  });
});
