/**
 * THE status engine. Every view (overview cards, ranking, small multiples, map tooltip, allocation
 * table, presenter, print brief, narrative, scorecard) reads a unit's status from `statusOf` or
 * `unitStatuses`, never from its own arithmetic, so a unit reads the same everywhere.
 *
 * For a unit, a year and a target it gives: the status word, the required and actual pace, the
 * reason, the verdict at the target's year, the provenance of the value judged (an expected or
 * illustrative figure says so), the given rate when counts contradicted it, and the target's readings.
 * A unit's own rate target is used when it has one for the period; otherwise its share of the
 * root's active target (shares.ts), so the compared units' targets add up to the root's.
 */
import { comparisonUnits, type Dataset } from '../dataset.ts';
import { pickActive, type Target } from '../targets.ts';
import type { Provenance } from '../provenance.ts';
import { targetReadings, type TargetReadings } from '../targetReadings.ts';
import type { AllocationMethod } from '../allocation/index.ts';
import { assess, type Assessment } from './assess.ts';
import { childShares, rateTargetsByUnit } from './shares.ts';
import { standardOfRow } from '../standards.ts';

export { activeRateTarget, childShares, type ChildShares } from './shares.ts';

/** Why a unit has its status, one code per case (views turn it into a sentence). */
export type StatusReason =
  | 'met-at-year' | 'below-target' | 'missed-at-year' | 'pace' | 'not-falling'
  | 'no-value' | 'no-target' | 'no-trend' | 'standard-break';

export interface UnitStatus extends Assessment {
  unit: string;
  /** The year asked for (the value judged may be older: see `latest`). */
  year: number;
  why: StatusReason;
  /** The target judged against, with its source (file, published, or allocation). */
  targetDef?: Target;
  /** Provenance of the value judged. */
  provenance?: Provenance;
  /** The given rate, when it contradicted its counts and the counts won (derive.ts). */
  asReported?: number;
  /** The target's readings against the data (stated cut, household count), side by side. */
  readings?: TargetReadings;
}

export interface StatusOptions {
  method?: AllocationMethod;
  /** Judge against this target instead of the active one (e.g. an allocation's target). */
  target?: Target;
}

function reasonOf(a: Assessment): StatusReason {
  if (a.reason) return a.reason;
  if (a.status === 'achieved') return a.verdict ? 'met-at-year' : 'below-target';
  if (a.latest && a.target && a.latest.year >= a.target.year) return 'missed-at-year';
  if (a.pacePerYear !== undefined && a.pacePerYear <= 0) return 'not-falling';
  return 'pace';
}

function judge(ds: Dataset, unit: string, year: number, target: Target | undefined): UnitStatus {
  return target ? judgeSeries(ds, unit, year, target) : judgeUntargeted(ds, unit, year);
}

/**
 * A unit without a target stops at its latest value ('no-target'), so it is read straight from
 * the table's columns: building its series and assessment objects took most of the 70–110 ms the
 * statuses of a national file without targets (10,600 units) cost. Same result as judgeSeries.
 */
function judgeUntargeted(ds: Dataset, unit: string, year: number): UnitStatus {
  const [start, end] = ds.table.range(unit, 'poverty_rate');
  const cols = ds.table.cols;
  let r = end - 1;
  while (r >= start && cols.year[r]! > year) r--;
  if (r < start) return { status: 'no-data', reason: 'no-value', unit, year, why: 'no-value' };
  const provenance = ds.table.provenance(r);
  const out: UnitStatus = { status: 'no-data', reason: 'no-target', latest: { year: cols.year[r]!, value: cols.value[r]! }, unit, year, why: 'no-target', provenance };
  if (provenance.asReported !== undefined) out.asReported = provenance.asReported;
  return out;
}

/** The general path: the unit's series assessed against `target` (or none). Exported for tests. */
export function judgeSeries(ds: Dataset, unit: string, year: number, target: Target | undefined): UnitStatus {
  const series = ds.table.series(unit, 'poverty_rate');
  // Without a target nothing reads the standards (assess stops at 'no-target'): skipping them saved
  // most of the time of a national file without targets (10,600 units × 20 years).
  const standardIds = target ? series.rows.map((r) => standardOfRow(ds.table, ds.standards, r)) : undefined;
  const a = assess(standardIds ? { ...series, standardIds } : series, target && { year: target.year, value: target.value }, ds.standards, year);
  const out: UnitStatus = { ...a, unit, year, why: reasonOf(a) };
  if (a.latest) {
    const prov = ds.table.provenance(series.rows[series.years.indexOf(a.latest.year)]!);
    out.provenance = prov;
    if (prov.asReported !== undefined) out.asReported = prov.asReported;
  }
  if (target) {
    out.targetDef = target;
    out.readings = targetReadings(ds.table, ds.targets, target, year);
  }
  return out;
}

/** Own target first (one not yet past), then the share of the root's, then the last own, then the last share. */
function chooseTarget(own: readonly Target[] | undefined, share: readonly Target[] | undefined, year: number): Target | undefined {
  if (!own && !share) return undefined;
  const ahead = (l: readonly Target[] | undefined) => l?.find((t) => t.year >= year);
  return ahead(own) ?? ahead(share) ?? pickActive(own, year) ?? pickActive(share, year);
}

// Datasets are immutable values, so the statuses of one (per year and method) are computed once
// and shared by every view.
const cache = new WeakMap<Dataset, Map<string, readonly UnitStatus[]>>();
// A cached list's statuses by unit: statusOf is called per drawn unit, and a scan of a national
// list (10,600 units) per call added up to tens of milliseconds on the overview's first render.
const byUnit = new WeakMap<readonly UnitStatus[], Map<string, UnitStatus>>();

function indexOf(list: readonly UnitStatus[]): Map<string, UnitStatus> {
  let index = byUnit.get(list);
  if (!index) byUnit.set(list, (index = new Map(list.map((s) => [s.unit, s]))));
  return index;
}

/** Units judged per step of unitStatusSteps: a national file's 10,600 took ~50 ms in one go. */
export const STATUS_CHUNK = 2000;

/**
 * unitStatuses in steps: each `yield` ends a chunk of `chunk` units, so a view can judge a national
 * file's units over several tasks. Run to the end it is unitStatuses (same calls, same order, same
 * cache), so it returns the very list unitStatuses would.
 */
export function* unitStatusSteps(ds: Dataset, year: number, opts: { method?: AllocationMethod; chunk?: number } = {}): Generator<void, readonly UnitStatus[]> {
  const key = `${year}|${opts.method ?? ''}`;
  const hit = cache.get(ds)?.get(key);
  if (hit) return hit;
  const own = rateTargetsByUnit(ds.targets);
  const shares = rateTargetsByUnit(childShares(ds, year, opts.method).targets);
  yield;
  const units = comparisonUnits(ds, year);
  const chunk = Math.max(1, opts.chunk ?? STATUS_CHUNK);
  const out: UnitStatus[] = [];
  for (let i = 0; i < units.length; i++) {
    if (i > 0 && i % chunk === 0) yield;
    const u = units[i]!;
    out.push(judge(ds, u, year, chooseTarget(own.get(u), shares.get(u), year)));
  }
  if (!cache.has(ds)) cache.set(ds, new Map());
  cache.get(ds)!.set(key, out);
  return out;
}

/**
 * Every compared unit's status at `year`. Call: `unitStatuses(dataset, 2023)` →
 * `[{ unit: '474', status: 'achieved', why, latest, target, gap, requiredPerYear, pacePerYear, verdict, targetDef, … }, …]`.
 */
export function unitStatuses(ds: Dataset, year: number, opts: { method?: AllocationMethod; units?: readonly string[] } = {}): readonly UnitStatus[] {
  if (opts.units) {
    const own = rateTargetsByUnit(ds.targets);
    const shares = rateTargetsByUnit(childShares(ds, year, opts.method).targets);
    return opts.units.map((u) => judge(ds, u, year, chooseTarget(own.get(u), shares.get(u), year)));
  }
  const steps = unitStatusSteps(ds, year, opts.method ? { method: opts.method, chunk: Infinity } : { chunk: Infinity });
  for (;;) {
    const r = steps.next();
    if (r.done) return r.value;
  }
}

/** The same statuses as `unitStatuses(ds, year)`, by unit code (one shared map per list). */
export function unitStatusMap(ds: Dataset, year: number, opts: { method?: AllocationMethod } = {}): ReadonlyMap<string, UnitStatus> {
  return indexOf(unitStatuses(ds, year, opts));
}

/**
 * One unit's status at `year` (any unit: the root, a compared unit, or another). With `opts.target`
 * the unit is judged against that target (the allocation table does this for its own run).
 */
export function statusOf(ds: Dataset, unit: string, year: number, opts: StatusOptions = {}): UnitStatus {
  if (opts.target) return judge(ds, unit, year, opts.target);
  const listed = indexOf(unitStatuses(ds, year, opts.method ? { method: opts.method } : {})).get(unit);
  if (listed) return listed;
  return judge(ds, unit, year, chooseTarget(rateTargetsByUnit(ds.targets).get(unit), undefined, year));
}

/** @deprecated name kept for callers: use statusOf. */
export function unitStatus(ds: Dataset, unit: string, year: number): UnitStatus {
  return statusOf(ds, unit, year);
}

/** The root's active target split over its children (rate targets with an 'allocation' source). */
export function allocatedChildTargets(ds: Dataset, year: number, method: AllocationMethod = 'proportional'): Target[] {
  return childShares(ds, year, method).targets;
}
