/**
 * `equal-pp`: every unit cuts the same percentage points of its rate. A cut of p pp is
 * p × households / 100, so the weight is the household count. A unit whose rate is below the
 * common cut stops at zero (the floor) and the rest is shared by the others.
 */
import type { AllocationUnit } from './types.ts';

export function equalPpWeight(u: AllocationUnit): number {
  return u.poor > 0 ? Math.max(0, u.households) : 0;
}
