/**
 * Percent against fraction, households against people. The `@ts-expect-error` lines are the
 * type-level test: `npm run typecheck` (tsconfig.test.json) fails if any of those mixes compiles.
 */
import { describe, expect, it } from 'vitest';
import { allocate, type AllocationUnit, type ParentTarget } from './allocation/index.ts';
import {
  fraction, households, householdsAtRate, people, percent, rateOf, toFraction, toPercent,
  type Fraction, type Households, type Percent,
} from './quantities.ts';

const UNITS: AllocationUnit[] = [
  { code: 'a', households: households(1000), poor: households(100) },
  { code: 'b', households: households(3000), poor: households(60) },
];

describe('quantity brands at compile time', () => {
  it('refuses a plain number, the other scale or the other count where a brand is asked', () => {
    // @ts-expect-error a bare number is not yet a rate in percent: say which with percent() or fraction()
    const bare: Percent = 3.17;
    // @ts-expect-error a fraction is not a percent
    const asPercent: Percent = fraction(0.0317);
    // @ts-expect-error converting a fraction "to fraction" is the mix the brands exist to stop
    toFraction(fraction(0.0317));
    // @ts-expect-error people are not households
    const hh: Households = people(4);
    // @ts-expect-error a rate of people over households is not a household rate
    rateOf(people(120), households(100));
    // @ts-expect-error the allocation cap is a share of poor households (0–1), not a percent
    allocate({ units: UNITS, parent: { kind: 'rate', rate: percent(2) }, method: 'proportional', constraints: { capShare: percent(20) } });
    // @ts-expect-error the allocation floor is a rate in percent, not a fraction
    allocate({ units: UNITS, parent: { kind: 'rate', rate: percent(2) }, method: 'proportional', constraints: { floorRate: fraction(0.01) } });
    // @ts-expect-error a parent rate target is in percent
    const asFraction: ParentTarget = { kind: 'rate', rate: fraction(0.0317) };
    // @ts-expect-error a parent household target counts households, not people
    const asPeople: ParentTarget = { kind: 'households', households: people(500) };
    // @ts-expect-error a unit's base counts are households: a head count of people is refused
    const byPeople: AllocationUnit = { code: 'c', households: people(4200), poor: households(90) };
    expect([bare, asPercent, hh, asFraction, asPeople, byPeople]).toHaveLength(6);
  });

  it('lets a branded value read as a plain number (display code needs no change)', () => {
    const r: number = percent(3.17);
    const f: Fraction = toFraction(percent(3.17));
    expect(r + f).toBeCloseTo(3.2017, 10);
  });
});

describe('quantity converters', () => {
  it('moves between percent and fraction by a factor of 100, both ways', () => {
    expect(toFraction(percent(3.17))).toBe(0.0317);
    expect(toPercent(fraction(0.05))).toBe(5);
    expect(toPercent(toFraction(percent(1.84)))).toBeCloseTo(1.84, 12);
  });

  it('gives a household rate in percent, and 0 with no households', () => {
    expect(rateOf(households(10448), households(329600))).toBeCloseTo(3.17, 2);
    expect(rateOf(households(5), households(0))).toBe(0);
  });

  it('gives the households a rate means, unrounded', () => {
    expect(householdsAtRate(percent(3.17), households(329600))).toBeCloseTo(10448.32, 6);
  });

  it('carries the brands through the allocation: a 20 % cap arrives as a 0.2 share', () => {
    const r = allocate({
      units: UNITS, parent: { kind: 'rate', rate: percent(0) }, method: 'proportional',
      constraints: { capShare: toFraction(percent(20)), floorRate: percent(0) },
    });
    expect(r.constraints.capShare).toBe(0.2);
    expect(r.units.map((u) => u.cut)).toEqual([20, 12]);
  });
});
