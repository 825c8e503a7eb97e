import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { allocate, ALLOCATION_METHODS, type AllocationUnit, type ParentTarget } from './index.ts';
import { fraction, households, percent } from '../quantities.ts';

const unitArb = fc.integer({ min: 1, max: 200000 }).chain((total) =>
  fc.integer({ min: 0, max: total }).map((poor) => ({ households: households(total), poor: households(poor) })));
const unitsArb = fc.array(unitArb, { minLength: 1, maxLength: 12 })
  .map((us) => us.map((u, i): AllocationUnit => ({ code: `u${i}`, ...u })));
const targetArb: fc.Arbitrary<ParentTarget> = fc.oneof(
  fc.double({ min: 0, max: 60, noNaN: true }).map((rate) => ({ kind: 'rate' as const, rate: percent(rate) })),
  fc.double({ min: 0, max: 20, noNaN: true }).map((pp) => ({ kind: 'cut-pp' as const, pp })),
  fc.integer({ min: 0, max: 50000 }).map((n) => ({ kind: 'households' as const, households: households(n) })),
);
const methodArb = fc.constantFrom(...ALLOCATION_METHODS);
const capArb = fc.option(fc.double({ min: 0, max: 1, noNaN: true }).map(fraction), { nil: undefined });
const floorArb = fc.oneof(fc.constant(0), fc.double({ min: 0, max: 10, noNaN: true })).map(percent);

describe('allocation properties', () => {
  it('whole, non-negative, never above baseline; exact sum or a problem; caps and floors hold', () => {
    fc.assert(fc.property(unitsArb, targetArb, methodArb, capArb, floorArb, (units, parent, method, capShare, floorRate) => {
      const r = allocate({ units, parent, method, constraints: { capShare, floorRate } });
      const total = r.units.reduce((s, u) => s + u.targetPoor, 0);
      for (const u of r.units) {
        expect(Number.isInteger(u.targetPoor)).toBe(true);
        expect(u.targetPoor).toBeGreaterThanOrEqual(0);
        if (r.parent.cut >= 0) expect(u.targetPoor).toBeLessThanOrEqual(u.poorBaseline);
        if (capShare !== undefined) expect(u.cut).toBeLessThanOrEqual(capShare * u.poorBaseline + 1e-9);
        const floorPoor = Math.ceil((floorRate * u.households) / 100 - 1e-9);
        if (u.cut > 0) expect(u.targetPoor).toBeGreaterThanOrEqual(floorPoor);
      }
      if (r.reconciles) {
        expect(total).toBe(r.parent.targetPoor);
        expect(Math.abs(100 * total / r.parent.households - r.parent.targetRate)).toBeLessThan(1e-9);
      } else {
        expect(r.problems.length).toBeGreaterThan(0);
      }
      // Feasible whenever the constraints leave room: no false alarms.
      const room = units.reduce((s, u) => {
        const byFloor = Math.max(0, u.poor - Math.max(0, Math.ceil((floorRate * u.households) / 100 - 1e-9)));
        const byCap = capShare === undefined ? Infinity : Math.floor(capShare * u.poor + 1e-9);
        return s + Math.min(byFloor, byCap);
      }, 0);
      if (r.parent.cut >= 0 && r.parent.cut <= room) expect(r.reconciles).toBe(true);
    }), { numRuns: 400 });
  });

  it('equal units get equal targets (within the one household rounding must place) and order does not matter', () => {
    fc.assert(fc.property(unitArb, fc.integer({ min: 2, max: 8 }), targetArb, methodArb, (u, n, parent, method) => {
      const units = Array.from({ length: n }, (_, i) => ({ code: `e${i}`, ...u }));
      const r = allocate({ units, parent, method });
      const ts = r.units.map((x) => x.targetPoor);
      expect(Math.max(...ts) - Math.min(...ts)).toBeLessThanOrEqual(1);
      if (r.parent.cut % n === 0) expect(new Set(ts).size).toBe(1);
    }), { numRuns: 300 });
    fc.assert(fc.property(unitsArb, targetArb, methodArb, (units, parent, method) => {
      const a = allocate({ units, parent, method });
      const b = allocate({ units: [...units].reverse(), parent, method });
      const byCode = new Map(b.units.map((u) => [u.code, u.targetPoor]));
      for (const u of a.units) expect(byCode.get(u.code)).toBe(u.targetPoor);
    }), { numRuns: 300 });
  });

  it('locked units keep their figure; the others still add up to the parent', () => {
    fc.assert(fc.property(unitsArb, targetArb, methodArb, fc.double({ min: 0, max: 1, noNaN: true }), (units, parent, method, keep) => {
      const first = units[0]!;
      const lock = { code: first.code, targetPoor: Math.round(first.poor * keep), reason: 'test' };
      const r = allocate({ units, parent, method, locks: [lock] });
      expect(r.units[0]!.targetPoor).toBe(lock.targetPoor);
      const total = r.units.reduce((s, u) => s + u.targetPoor, 0);
      if (r.reconciles) expect(total).toBe(r.parent.targetPoor);
      else expect(r.problems.length).toBeGreaterThan(0);
    }), { numRuns: 300 });
  });
});
