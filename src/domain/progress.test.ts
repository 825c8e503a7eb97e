import { describe, expect, it } from 'vitest';
import { headline } from './progress.ts';
import { activeTarget, findTarget, type Target } from './targets.ts';
import { tableOf } from './testing.ts';
import { VN_STANDARDS } from './standards.ts';

const src = { kind: 'published', url: 'x' } as const;
const targets: Target[] = [
  { unit: 'P', indicator: 'poverty_rate', year: 2023, value: 3.17, baseYear: 2022, source: src },
  { unit: 'P', indicator: 'poverty_rate', year: 2025, value: 1.84, baseYear: 2021, source: src },
];

describe('targets', () => {
  it.each([
    // At a target's own year that target is active (its verdict); after it, the next one.
    [2022, 2023], [2023, 2023], [2024, 2025], [2025, 2025], [2026, 2025],
  ])('data up to %i → active target %i', (year, expected) => {
    expect(activeTarget(targets, 'P', 'poverty_rate', year)?.year).toBe(expected);
  });
  it('finds by exact year and misses other units', () => {
    expect(findTarget(targets, 'P', 'poverty_rate', 2023)?.value).toBe(3.17);
    expect(findTarget(targets, 'Q', 'poverty_rate', 2023)).toBeUndefined();
    expect(activeTarget(targets, 'Q', 'poverty_rate', 2023)).toBeUndefined();
  });
});

describe('headline', () => {
  const t = tableOf([
    ['P', 'poverty_rate', 2021, 4.93], ['P', 'poverty_rate', 2022, 3.56], ['P', 'poverty_rate', 2023, 2.27], ['P', 'poverty_rate', 2024, 1.4],
    ['P', 'poor_households', 2023, 7540], ['P', 'poor_households', 2024, 4689],
  ]);
  it('reports change, gap and achieved', () => {
    const h = headline(t, targets, VN_STANDARDS, 'P', 'poverty_rate');
    expect(h.latest?.value).toBe(1.4);
    expect(h.changePp).toBeCloseTo(-0.87, 10);
    expect(h.changeCount).toBe(4689 - 7540);
    expect(h.target?.year).toBe(2025);
    expect(h.gap).toBeCloseTo(1.4 - 1.84, 10);
    expect(h.status).toBe('achieved');
  });
  it('is off track when above the required path', () => {
    const slow = tableOf([['P', 'poverty_rate', 2021, 4.93], ['P', 'poverty_rate', 2022, 4.9]]);
    const h = headline(slow, targets, VN_STANDARDS, 'P', 'poverty_rate');
    expect(h.status).toBe('off-track');
  });
  it('is on track when at or below the path but above the target', () => {
    const ok = tableOf([['P', 'poverty_rate', 2021, 4.93], ['P', 'poverty_rate', 2022, 3.5]]);
    // active target for 2022 is 2023's 3.17 from base 2022 → path value at 2022 = 3.5 itself.
    expect(headline(ok, targets, VN_STANDARDS, 'P', 'poverty_rate').status).toBe('on-track');
  });
  it('says no data, and gives no change across a change of standard', () => {
    expect(headline(t, targets, VN_STANDARDS, 'Z', 'poverty_rate').status).toBe('no-data');
    const mixed = tableOf([['P', 'poverty_rate', 2020, 2.5], ['P', 'poverty_rate', 2021, 4.93]]);
    expect(headline(mixed, targets, VN_STANDARDS, 'P', 'poverty_rate').changePp).toBeUndefined();
  });
});
