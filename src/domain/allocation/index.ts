/**
 * Allocation of a parent target to units (pure). Steps: parent target in whole households →
 * locked units keep their figures → the rest of the cut is shared by the method's weights within
 * each unit's floor/cap bound (fill.ts) → whole households by largest remainder. The unit targets
 * then add up exactly to the parent's, or a problem says why not and by how much.
 */
import { bound, bindingConstraint, withDefaults } from './constraints.ts';
import { equalPpWeight } from './equalPp.ts';
import { fill } from './fill.ts';
import { largestRemainder } from './largestRemainder.ts';
import { applyLocks } from './locks.ts';
import { needWeight } from './needWeighted.ts';
import { parentSummary } from './parent.ts';
import { proportionalWeight } from './proportional.ts';
import type { AllocationInput, AllocationMethod, AllocationResult, AllocationUnit, Problem, UnitAllocation } from './types.ts';
import { households } from '../quantities.ts';

export * from './types.ts';
export { parentSummary, roundHouseholds } from './parent.ts';
export { explainUnit, type Explanation } from './explain.ts';
export { DEFAULT_CONSTRAINTS } from './constraints.ts';
export { allocationUnitsFrom, targetsFromAllocation, describeParent } from './fromTable.ts';

function weightFn(method: AllocationMethod, units: readonly AllocationUnit[]): (u: AllocationUnit) => number {
  if (method === 'equal-pp') return equalPpWeight;
  if (method === 'need-weighted') {
    const p = parentSummary(units, { kind: 'households', households: households(0) });
    const groupRate = p.households > 0 ? p.poorBaseline / p.households : 0;
    return (u) => needWeight(u, groupRate);
  }
  return proportionalWeight;
}

const rate = (poor: number, households: number) => (households > 0 ? (100 * poor) / households : 0);

export function allocate(input: AllocationInput): AllocationResult {
  const constraints = withDefaults(input.constraints);
  const units = input.units.map((u) => ({ code: u.code, households: households(Math.max(0, u.households)), poor: households(Math.max(0, u.poor)) }));
  const parent = parentSummary(units, input.parent);
  const problems: Problem[] = [];
  if (parent.households <= 0) problems.push({ kind: 'no-households' });

  const { locked, lockedCut, problems: lockProblems } = applyLocks(units, input.locks ?? [], constraints);
  problems.push(...lockProblems);
  const free = units.filter((u) => !locked.has(u.code));
  let toShare = parent.cut - lockedCut;
  if (parent.cut < 0) {
    problems.push({ kind: 'not-a-cut', households: -parent.cut });
    toShare = 0;
  } else if (toShare < 0) {
    problems.push({ kind: 'locks-exceed', households: -toShare });
    toShare = 0;
  }

  const bounds = free.map((u) => bound(u, constraints));
  const room = bounds.reduce((s, b) => s + b.max, 0);
  const infeasible = toShare > room;
  if (infeasible) {
    problems.push({ kind: 'infeasible', constraint: bindingConstraint(free, constraints, toShare), households: toShare - room });
  }
  const weight = weightFn(input.method, units);
  const share = Math.min(toShare, room);
  const { exact, atMax } = fill(free.map((u, i) => ({ weight: weight(u), max: bounds[i]!.max })), share);
  const { whole, roundedUp } = largestRemainder(
    free.map((u, i) => ({ code: u.code, exact: exact[i]!, max: bounds[i]!.max, poor: u.poor })), share);

  const freeIndex = new Map(free.map((u, i) => [u.code, i]));
  const result: UnitAllocation[] = units.map((u) => {
    const base = { code: u.code, households: u.households, poorBaseline: u.poor, baselineRate: rate(u.poor, u.households) };
    const lock = locked.get(u.code);
    if (lock) {
      const cut = u.poor - lock.targetPoor;
      return { ...base, cut, exactCut: cut, targetPoor: lock.targetPoor, targetRate: rate(lock.targetPoor, u.households), roundedUp: false, basis: 'locked', lockReason: lock.reason };
    }
    const i = freeIndex.get(u.code)!;
    const cut = whole[i]!;
    const basis = u.poor === 0 ? 'no-poor'
      : infeasible ? 'infeasible'
        : atMax[i] ? (bounds[i]!.by === 'cap' ? 'capped' : 'floored') : 'method';
    return { ...base, cut, exactCut: exact[i]!, targetPoor: u.poor - cut, targetRate: rate(u.poor - cut, u.households), roundedUp: roundedUp[i]!, basis };
  });

  const sum = result.reduce((s, u) => s + u.targetPoor, 0);
  const blocking = problems.some((p) => p.kind === 'infeasible' || p.kind === 'locks-exceed' || p.kind === 'not-a-cut' || p.kind === 'no-households');
  return { method: input.method, constraints, parent, units: result, reconciles: sum === parent.targetPoor && !blocking, problems };
}
