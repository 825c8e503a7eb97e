/** The parent target in whole poor households, from a rate, a cut in pp, or households lifted out. */
import type { AllocationUnit, ParentSummary, ParentTarget } from './types.ts';

/** Round half up after removing floating-point noise (3.17 × 329600 / 100 = 10448.32 → 10448). */
export function roundHouseholds(x: number): number {
  // `+ 0` turns −0 (from a vanishingly small negative) into 0.
  return Math.round(Math.round(x * 1e6) / 1e6) + 0;
}

export function parentSummary(units: readonly AllocationUnit[], target: ParentTarget): ParentSummary {
  let households = 0;
  let poorBaseline = 0;
  for (const u of units) {
    households += u.households;
    poorBaseline += u.poor;
  }
  const baselineRate = households > 0 ? (100 * poorBaseline) / households : 0;
  let targetPoor: number;
  if (target.kind === 'rate') targetPoor = roundHouseholds((target.rate * households) / 100);
  else if (target.kind === 'cut-pp') targetPoor = roundHouseholds(poorBaseline - (target.pp * households) / 100);
  else targetPoor = poorBaseline - Math.round(target.households);
  const targetRate = households > 0 ? (100 * targetPoor) / households : 0;
  return { households, poorBaseline, baselineRate, targetPoor, targetRate, cut: poorBaseline - targetPoor };
}
