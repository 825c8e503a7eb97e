/**
 * Per-unit bounds on the cut. Floor: the unit's target stays at or above `floorRate` % of its
 * households (0 = never below zero poor). Cap: at most `capShare` of its poor households lifted
 * out in one year. Both are whole households, rounded so the constraint always holds.
 */
import type { AllocationUnit, Constraints } from './types.ts';
import { fraction, percent } from '../quantities.ts';

export const DEFAULT_CONSTRAINTS: Constraints = { floorRate: percent(0) };

export function withDefaults(c: Partial<Constraints> | undefined): Constraints {
  const floorRate = c?.floorRate !== undefined && Number.isFinite(c.floorRate) && c.floorRate > 0 ? c.floorRate : percent(0);
  const cap = c?.capShare;
  return cap !== undefined && Number.isFinite(cap) && cap >= 0 ? { floorRate, capShare: fraction(Math.min(cap, 1)) } : { floorRate };
}

/** Fewest poor households the floor allows at the target year. */
export function floorPoor(u: AllocationUnit, c: Constraints): number {
  return Math.max(0, Math.ceil((c.floorRate * u.households) / 100 - 1e-9));
}

/** Most households the floor lets this unit lift out. */
export function maxCutByFloor(u: AllocationUnit, c: Constraints): number {
  return Math.max(0, u.poor - floorPoor(u, c));
}

/** Most households the cap lets this unit lift out (Infinity without a cap). */
export function maxCutByCap(u: AllocationUnit, c: Constraints): number {
  return c.capShare === undefined ? Infinity : Math.max(0, Math.floor(c.capShare * u.poor + 1e-9));
}

export interface Bound {
  max: number;
  /** Which constraint sets `max` (the floor when both give the same). */
  by: 'floor' | 'cap';
}

export function bound(u: AllocationUnit, c: Constraints): Bound {
  const f = maxCutByFloor(u, c);
  const k = maxCutByCap(u, c);
  return k < f ? { max: k, by: 'cap' } : { max: f, by: 'floor' };
}

/** Which constraint makes a total cut impossible, given the units' room under each. */
export function bindingConstraint(units: readonly AllocationUnit[], c: Constraints, cut: number): 'cap' | 'floor' | 'cap+floor' {
  let byFloor = 0;
  let byCap = 0;
  for (const u of units) {
    byFloor += maxCutByFloor(u, c);
    byCap += maxCutByCap(u, c);
  }
  if (byFloor >= cut) return 'cap';
  if (byCap >= cut) return 'floor';
  return 'cap+floor';
}
