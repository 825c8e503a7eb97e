/** `proportional`: every unit lifts out the same share of its poor households, so the weight is its poor count. */
import type { AllocationUnit } from './types.ts';

export function proportionalWeight(u: AllocationUnit): number {
  return Math.max(0, u.poor);
}
