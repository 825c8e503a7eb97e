/**
 * Status of each compared unit (the root's children) for a year, for the overview and the
 * allocation table. A unit's own rate target is used when it has one; otherwise its share of the
 * root's active target, allocated from the target's base year by `method` (proportional by
 * default), so every district is judged against a target that adds up to the province's.
 */
import { comparisonUnits, type Dataset } from '../dataset.ts';
import type { Target } from '../targets.ts';
import { allocate, allocationUnitsFrom, targetsFromAllocation, type AllocationMethod } from '../allocation/index.ts';
import { assess, type Assessment } from './assess.ts';
import { standardOfRow } from '../standards.ts';

export const RATE_TARGET_IDS = ['poverty_rate', 'target_rate'] as const;

/** A unit's active rate target at `year` (on `poverty_rate` or `target_rate`), by the rule of targets.ts activeTarget. */
export function activeRateTarget(targets: readonly Target[], unit: string, year: number): Target | undefined {
  return pickActive(rateTargetsByUnit(targets.filter((t) => t.unit === unit)).get(unit), year);
}

/** Rate targets grouped by unit, each list by year: one pass, where a filter per unit was quadratic. */
function rateTargetsByUnit(targets: readonly Target[]): Map<string, Target[]> {
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

function pickActive(list: readonly Target[] | undefined, year: number): Target | undefined {
  if (!list) return undefined;
  return list.find((t) => t.year > year) ?? list.find((t) => t.year === year) ?? list[list.length - 1];
}

/** The root's active target split over its children (rate targets with an 'allocation' source). */
export function allocatedChildTargets(ds: Dataset, year: number, method: AllocationMethod = 'proportional'): Target[] {
  const parent = activeRateTarget(ds.targets, ds.rootUnit, year);
  if (!parent) return [];
  const baseYear = parent.baseYear ?? parent.year - 1;
  const { units, missing } = allocationUnitsFrom(ds.table, comparisonUnits(ds, baseYear), baseYear);
  if (units.length === 0 || missing.length > 0) return [];
  const parentTarget = { kind: 'rate', rate: parent.value } as const;
  const r = allocate({ units, parent: parentTarget, method });
  if (!r.reconciles) return [];
  return targetsFromAllocation(r, { parentUnit: ds.rootUnit, parentTarget, baseYear, targetYear: parent.year, at: '' })
    .filter((t) => t.indicator === 'poverty_rate');
}

export interface UnitStatus extends Assessment {
  unit: string;
  /** The target judged against, with its source (file, published, or allocation). */
  targetDef?: Target;
}

export function unitStatus(ds: Dataset, unit: string, year: number, fallback: readonly Target[] = []): UnitStatus {
  return statusWith(ds, unit, year, activeRateTarget(ds.targets, unit, year) ?? activeRateTarget(fallback, unit, year));
}

function statusWith(ds: Dataset, unit: string, year: number, target: Target | undefined): UnitStatus {
  const s = ds.table.series(unit, 'poverty_rate');
  const standardIds = s.rows.map((r) => standardOfRow(ds.table, ds.standards, r));
  const a = assess({ ...s, standardIds }, target && { year: target.year, value: target.value }, ds.standards, year);
  return target ? { ...a, unit, targetDef: target } : { ...a, unit };
}

// Datasets are immutable values, so the statuses of one (per year and method) are computed once
// and shared by the overview, the summary, the brief and the slides.
const cache = new WeakMap<Dataset, Map<string, readonly UnitStatus[]>>();

/**
 * Every compared unit's status at `year`. Call: `unitStatuses(dataset, 2023)` →
 * `[{ unit: '474', status: 'achieved', latest, target, gap, requiredPerYear, pacePerYear, yearsToTarget, targetDef }, …]`.
 */
export function unitStatuses(ds: Dataset, year: number, opts: { method?: AllocationMethod; units?: readonly string[] } = {}): readonly UnitStatus[] {
  const key = `${year}|${opts.method ?? ''}`;
  const hit = opts.units ? undefined : cache.get(ds)?.get(key);
  if (hit) return hit;
  const own = rateTargetsByUnit(ds.targets);
  const fallback = rateTargetsByUnit(allocatedChildTargets(ds, year, opts.method));
  const out = (opts.units ?? comparisonUnits(ds, year)).map((u) => statusWith(ds, u, year, pickActive(own.get(u), year) ?? pickActive(fallback.get(u), year)));
  if (!opts.units) {
    if (!cache.has(ds)) cache.set(ds, new Map());
    cache.get(ds)!.set(key, out);
  }
  return out;
}
