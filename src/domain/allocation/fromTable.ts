/** Allocation inputs from an observation table, and allocation results back as targets with their source. */
import type { ObservationTable } from '../observations.ts';
import type { Target } from '../targets.ts';
import type { AllocationResult, AllocationUnit, ParentTarget } from './types.ts';
import { households } from '../quantities.ts';

/** Base-year households and poor households of each unit; units lacking either are listed apart. */
export function allocationUnitsFrom(table: ObservationTable, codes: readonly string[], baseYear: number):
  { units: AllocationUnit[]; missing: string[] } {
  const units: AllocationUnit[] = [];
  const missing: string[] = [];
  for (const code of codes) {
    // The catalogue counts both in households: branded here, where the table's numbers enter the allocation.
    const total = table.value(code, 'total_households', baseYear);
    const poor = table.value(code, 'poor_households', baseYear);
    if (total === undefined || poor === undefined || total <= 0) missing.push(code);
    else units.push({ code, households: households(total), poor: households(poor) });
  }
  return { units, missing };
}

export function describeParent(t: ParentTarget): string {
  if (t.kind === 'rate') return `rate ${t.rate}%`;
  if (t.kind === 'cut-pp') return `cut ${t.pp} pp`;
  return `lift out ${t.households} households`;
}

/**
 * Unit targets (rate and poor households) for the target year. Locked units carry the UI edit and
 * its reason; the others carry the allocation run (method and inputs).
 */
export function targetsFromAllocation(r: AllocationResult, p: { parentUnit: string; parentTarget: ParentTarget; baseYear: number; targetYear: number; at?: string }): Target[] {
  const cap = r.constraints.capShare === undefined ? '' : `, cap ${r.constraints.capShare}`;
  const inputs = `${p.parentUnit} ${describeParent(p.parentTarget)} for ${p.targetYear} from ${p.baseYear}; floor ${r.constraints.floorRate}%${cap}`;
  const at = p.at ?? new Date().toISOString();
  return r.units.flatMap((u) => {
    const source: Target['source'] = u.basis === 'locked'
      ? { kind: 'ui', reason: u.lockReason ?? '', at }
      : { kind: 'allocation', method: r.method, inputs };
    const common = { unit: u.code, year: p.targetYear, baseYear: p.baseYear, source };
    return [
      { ...common, indicator: 'poverty_rate', value: u.targetRate },
      { ...common, indicator: 'poor_households', value: u.targetPoor },
    ];
  });
}
