/**
 * The root's active target shared among its children so that the shares add up. A child with its
 * own target for the same year keeps it (a lock in the allocation); the rest of the parent's cut is
 * re-shared among the others by the method. When the own targets already ask more (or less) than
 * the parent, the gap in households is returned, never hidden.
 */
import { comparisonUnits, type Dataset } from '../dataset.ts';
import { pickActive, type Target } from '../targets.ts';
import { allocate, allocationUnitsFrom, targetsFromAllocation, type AllocationMethod, type Lock } from '../allocation/index.ts';
import { percent } from '../quantities.ts';

export const RATE_TARGET_IDS = ['poverty_rate', 'target_rate'] as const;

/** Rate targets grouped by unit, each list by year: one pass, where a filter per unit was quadratic. */
export function rateTargetsByUnit(targets: readonly Target[]): Map<string, Target[]> {
  const by = new Map<string, Target[]>();
  for (const t of targets) {
    if (!(RATE_TARGET_IDS as readonly string[]).includes(t.indicator)) continue;
    const list = by.get(t.unit);
    if (list) list.push(t);
    else by.set(t.unit, [t]);
  }
  for (const list of by.values()) list.sort((a, b) => a.year - b.year);
  return by;
}

/** A unit's active rate target at `year` (on `poverty_rate` or `target_rate`), by the rule of targets.ts pickActive. */
export function activeRateTarget(targets: readonly Target[], unit: string, year: number): Target | undefined {
  return pickActive(rateTargetsByUnit(targets.filter((t) => t.unit === unit)).get(unit), year);
}

export interface ChildShares {
  parent?: Target;
  /** Rate targets of the children that take a share (source 'allocation'); own targets are not repeated here. */
  targets: Target[];
  /** Children that kept their own target. */
  own: string[];
  /**
   * Σ children's targets − parent target, in poor households (0 when they add up). Negative: the own
   * targets ask for more than the parent; the others then keep their baseline.
   */
  gapHouseholds: number;
}

/** The root's active target at `year` split over its children; see the file comment. */
export function childShares(ds: Dataset, year: number, method: AllocationMethod = 'proportional'): ChildShares {
  const parent = activeRateTarget(ds.targets, ds.rootUnit, year);
  if (!parent) return { targets: [], own: [], gapHouseholds: 0 };
  const baseYear = parent.baseYear ?? parent.year - 1;
  const { units, missing } = allocationUnitsFrom(ds.table, comparisonUnits(ds, baseYear), baseYear);
  if (units.length === 0 || missing.length > 0) return { parent, targets: [], own: [], gapHouseholds: 0 };
  const byUnit = rateTargetsByUnit(ds.targets);
  const locks: Lock[] = units.flatMap((u) => {
    const t = byUnit.get(u.code)?.find((x) => x.year === parent.year);
    return t ? [{ code: u.code, targetPoor: Math.round((t.value * u.households) / 100), reason: 'own target' }] : [];
  });
  const parentTarget = { kind: 'rate', rate: percent(parent.value) } as const;
  const r = allocate({ units, parent: parentTarget, method, locks });
  const sum = r.units.reduce((s, u) => s + u.targetPoor, 0);
  const targets = targetsFromAllocation(r, { parentUnit: ds.rootUnit, parentTarget, baseYear, targetYear: parent.year, at: '' })
    .filter((t) => t.indicator === 'poverty_rate' && t.source.kind === 'allocation');
  return { parent, targets, own: locks.map((l) => l.code), gapHouseholds: sum - r.parent.targetPoor };
}
