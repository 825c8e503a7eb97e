import { describe, expect, it } from 'vitest';
import { allocate, type AllocationUnit } from './index.ts';
import { largestRemainder } from './largestRemainder.ts';
import { parentSummary } from './parent.ts';
import { fraction, households, percent } from '../quantities.ts';

// Thừa Thiên Huế districts at end-2022 (data/thua-thien-hue/observations.csv).
const TTH: AllocationUnit[] = [
  ['474', 119054, 626], ['476', 27415, 954], ['477', 23354, 647], ['478', 43662, 1062], ['479', 30461, 361],
  ['480', 26908, 534], ['481', 14170, 5413], ['482', 38585, 1163], ['483', 5991, 975],
].map(([code, total, poor]) => ({ code: String(code), households: households(Number(total)), poor: households(Number(poor)) }));
const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);

describe('parent target', () => {
  it.each([
    [{ kind: 'rate', rate: percent(3.17) } as const, 10448],
    [{ kind: 'cut-pp', pp: 0.96 } as const, 11735 - 3164],
    [{ kind: 'households', households: households(4195) } as const, 11735 - 4195],
  ])('%o → %i poor households', (t, expected) => {
    const p = parentSummary(TTH, t);
    expect(p.households).toBe(329600);
    expect(p.poorBaseline).toBe(11735);
    expect(p.targetPoor).toBe(expected);
  });
});

describe('allocate on the Thừa Thiên Huế districts, 3.17%', () => {
  it.each(['proportional', 'equal-pp', 'need-weighted'] as const)('%s adds up exactly to the parent', (method) => {
    const r = allocate({ units: TTH, parent: { kind: 'rate', rate: percent(3.17) }, method });
    expect(r.reconciles).toBe(true);
    expect(r.problems).toEqual([]);
    expect(sum(r.units.map((u) => u.targetPoor))).toBe(10448);
    // Household-weighted rate equals the target rate to the household.
    expect(Math.abs(sum(r.units.map((u) => u.targetPoor)) - (3.17 * 329600) / 100)).toBeLessThan(1);
  });

  it('proportional: every district cuts the same share (within one household)', () => {
    const r = allocate({ units: TTH, parent: { kind: 'rate', rate: percent(3.17) }, method: 'proportional' });
    const share = 1287 / 11735;
    for (const u of r.units) expect(Math.abs(u.cut - share * u.poorBaseline)).toBeLessThan(1);
  });

  it('equal-pp: every district cuts the same pp unless it reaches zero', () => {
    const r = allocate({ units: TTH, parent: { kind: 'rate', rate: percent(3.17) }, method: 'equal-pp' });
    const pp = (100 * 1287) / 329600;
    for (const u of r.units) expect(Math.abs(u.cut - (pp * u.households) / 100)).toBeLessThan(1);
    // A cut larger than Huế's own rate stops at zero and the rest moves to the others.
    const big = allocate({ units: TTH, parent: { kind: 'cut-pp', pp: 2 }, method: 'equal-pp' });
    const hue = big.units.find((u) => u.code === '474')!;
    expect(hue.targetPoor).toBe(0);
    expect(hue.basis).toBe('floored');
    expect(big.reconciles).toBe(true);
  });

  it('need-weighted: A Lưới (highest rate) cuts the largest share of its poor households', () => {
    const r = allocate({ units: TTH, parent: { kind: 'rate', rate: percent(3.17) }, method: 'need-weighted' });
    const share = (c: string) => { const u = r.units.find((x) => x.code === c)!; return u.cut / u.poorBaseline; };
    expect(share('481')).toBeGreaterThan(share('483'));
    expect(share('483')).toBeGreaterThan(share('474'));
    // Before rounding, share ∝ rate: A Lưới's share / Huế's share = their rate ratio.
    const exactShare = (c: string) => { const u = r.units.find((x) => x.code === c)!; return u.exactCut / u.poorBaseline; };
    const rateRatio = (5413 / 14170) / (626 / 119054);
    expect(exactShare('481') / exactShare('474')).toBeCloseTo(rateRatio, 8);
  });

  it('a lock keeps its figure and the others share the rest', () => {
    const r = allocate({ units: TTH, parent: { kind: 'rate', rate: percent(3.17) }, method: 'proportional', locks: [{ code: '481', targetPoor: 4500, reason: 'district plan' }] });
    const al = r.units.find((u) => u.code === '481')!;
    expect(al).toMatchObject({ targetPoor: 4500, cut: 913, basis: 'locked', lockReason: 'district plan' });
    expect(sum(r.units.filter((u) => u.code !== '481').map((u) => u.cut))).toBe(1287 - 913);
    expect(r.reconciles).toBe(true);
  });

  it('reports locks that lift out more than the parent asks', () => {
    const r = allocate({ units: TTH, parent: { kind: 'rate', rate: percent(3.17) }, method: 'proportional', locks: [{ code: '481', targetPoor: 3000, reason: 'x' }] });
    expect(r.reconciles).toBe(false);
    expect(r.problems).toContainEqual({ kind: 'locks-exceed', households: 2413 - 1287 });
  });

  it('reports an infeasible cap and by how much', () => {
    // 5% of 11,735 poor households at most → 586 of the 1,287 needed.
    const r = allocate({ units: TTH, parent: { kind: 'rate', rate: percent(3.17) }, method: 'proportional', constraints: { capShare: fraction(0.05) } });
    expect(r.reconciles).toBe(false);
    const room = sum(TTH.map((u) => Math.floor(0.05 * u.poor)));
    expect(r.problems).toEqual([{ kind: 'infeasible', constraint: 'cap', households: 1287 - room }]);
    for (const u of r.units) expect(u.cut).toBe(Math.floor(0.05 * u.poorBaseline));
  });

  it('reports an infeasible floor rate', () => {
    const r = allocate({ units: TTH, parent: { kind: 'rate', rate: percent(1) }, method: 'proportional', constraints: { floorRate: percent(3) } });
    expect(r.problems[0]).toMatchObject({ kind: 'infeasible', constraint: 'floor' });
  });

  it('a cap that binds moves the rest to the others', () => {
    const r = allocate({ units: TTH, parent: { kind: 'rate', rate: percent(3.17) }, method: 'need-weighted', constraints: { capShare: fraction(0.15) } });
    expect(r.reconciles).toBe(true);
    const al = r.units.find((u) => u.code === '481')!;
    expect(al.basis).toBe('capped');
    expect(al.cut).toBe(Math.floor(0.15 * 5413));
  });

  it('says when the parent target is not a cut', () => {
    const r = allocate({ units: TTH, parent: { kind: 'rate', rate: percent(5) }, method: 'proportional' });
    expect(r.problems[0]?.kind).toBe('not-a-cut');
    expect(r.reconciles).toBe(false);
    expect(r.units.every((u) => u.cut === 0)).toBe(true);
  });
});

describe('largestRemainder', () => {
  it('gives the leftover to the largest remainders, ties to the larger unit then the code', () => {
    const { whole, roundedUp } = largestRemainder([
      { code: 'a', exact: 1.5, max: 9, poor: 10 }, { code: 'b', exact: 1.5, max: 9, poor: 20 }, { code: 'c', exact: 2.0, max: 9, poor: 5 },
    ], 5);
    expect(whole).toEqual([1, 2, 2]);
    expect(roundedUp).toEqual([false, true, false]);
  });
  it('never passes a bound', () => {
    const { whole } = largestRemainder([{ code: 'a', exact: 2, max: 2, poor: 2 }, { code: 'b', exact: 0.5, max: 1, poor: 1 }, { code: 'c', exact: 0.5, max: 1, poor: 1 }], 3);
    expect(whole).toEqual([2, 1, 0]);
  });
});

describe('targets from an allocation keep their source', () => {
  it('allocation run with method and inputs; locked units carry the UI reason', async () => {
    const { targetsFromAllocation } = await import('./fromTable.ts');
    const parentTarget = { kind: 'rate', rate: percent(3.17) } as const;
    const r = allocate({ units: TTH, parent: parentTarget, method: 'need-weighted', constraints: { capShare: fraction(0.3) }, locks: [{ code: '481', targetPoor: 4500, reason: 'district plan' }] });
    const ts = targetsFromAllocation(r, { parentUnit: '46', parentTarget, baseYear: 2022, targetYear: 2023, at: '2026-01-01' });
    expect(ts).toHaveLength(18);
    const hue = ts.find((t) => t.unit === '474' && t.indicator === 'poor_households')!;
    expect(hue).toMatchObject({ year: 2023, baseYear: 2022, source: { kind: 'allocation', method: 'need-weighted', inputs: '46 rate 3.17% for 2023 from 2022; floor 0%, cap 0.3' } });
    expect(ts.find((t) => t.unit === '481' && t.indicator === 'poverty_rate')).toMatchObject({ source: { kind: 'ui', reason: 'district plan', at: '2026-01-01' } });
    const sumPoor = ts.filter((t) => t.indicator === 'poor_households').reduce((s, t) => s + t.value, 0);
    expect(sumPoor).toBe(10448);
  });
});

describe('roundHouseholds', () => {
  it('never returns −0 (fast-check found 0 − 2.5e−322 → −0)', async () => {
    const { roundHouseholds } = await import('./parent.ts');
    expect(Object.is(roundHouseholds(-2.5e-322), 0)).toBe(true);
    expect(roundHouseholds(10448.32)).toBe(10448);
  });
});
