/**
 * `need-weighted`: units with higher rates lift out a larger share of their poor households.
 *
 *   weight_i = P_i × (r_i / r̄),   r_i = P_i / H_i,   r̄ = Σ P / Σ H   (the group's base rate)
 *
 * so cut_i = C × weight_i / Σ weight: the share of its own poor households a unit lifts out is
 * proportional to its rate (a unit at twice the group rate cuts twice the share). With the same
 * rate everywhere it equals `proportional`. Caps and the floor then apply as for every method.
 */
import type { AllocationUnit } from './types.ts';

export function needWeight(u: AllocationUnit, groupRate: number): number {
  if (u.poor <= 0 || u.households <= 0 || groupRate <= 0) return 0;
  return u.poor * ((u.poor / u.households) / groupRate);
}
