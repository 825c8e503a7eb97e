/**
 * Allocation inputs kept in the URL (useViewStore `extra`): method, base (base year), ty (target
 * year), one of tr (target rate %) / tc (cut in pp) / th (households lifted out), cap (max % of a
 * unit's poor households lifted out in a year), floor (min rate %). Missing keys fall back to the
 * province's target found in the dataset.
 */
import { ALLOCATION_METHODS, type AllocationMethod, type ParentTarget } from '../../domain/allocation/index.ts';
import { comparisonUnits, type Dataset } from '../../domain/dataset.ts';
import { targetsFor, type Target } from '../../domain/targets.ts';
import { households, percent, type Percent } from '../../domain/quantities.ts';

export interface AllocationParams {
  method: AllocationMethod;
  base: number;
  ty: number;
  parent: ParentTarget;
  /** False when neither the URL nor the dataset gives a parent target: nothing to allocate yet (not a made-up 0%). */
  parentSet: boolean;
  /** Cap as a percentage of a unit's poor households (undefined = none). */
  capPct?: Percent;
  floorRate: Percent;
}

/** Years in which every compared unit has both counts (allocation needs them). */
export function baseYearsOf(ds: Dataset): number[] {
  // Each year against the units of its own vintage (districts until 2024, communes from 2025).
  const complete = (id: string, y: number) => {
    const units = comparisonUnits(ds, y);
    return units.length > 0 && !ds.table.valuesFor(units, id, y).some(Number.isNaN);
  };
  return ds.table.years().filter((y) => complete('total_households', y) && complete('poor_households', y));
}

/**
 * The province target to start from: the latest rate target whose year already has a result (so
 * target and actual can be compared), else the earliest one still ahead, else none.
 */
export function defaultParentTarget(ds: Dataset): Target | undefined {
  const list = [...targetsFor(ds.targets, ds.rootUnit, 'poverty_rate'), ...targetsFor(ds.targets, ds.rootUnit, 'target_rate')]
    .sort((a, b) => a.year - b.year);
  const bases = new Set(baseYearsOf(ds));
  // An expected figure (a forecast) is not a result to compare a target with.
  const isResult = (y: number) => { const r = ds.table.find(ds.rootUnit, 'poverty_rate', y); return r >= 0 && ds.table.provenance(r).kind !== 'expected'; };
  const withResult = list.filter((t) => isResult(t.year) && bases.has(t.baseYear ?? t.year - 1));
  return withResult[withResult.length - 1] ?? list.find((t) => bases.has(t.baseYear ?? t.year - 1)) ?? list[0];
}

const num = (s: string | undefined) => {
  if (s === undefined || s.trim() === '') return undefined;
  const v = Number(s.replace(',', '.'));
  return Number.isFinite(v) ? v : undefined;
};

export function readParams(ds: Dataset, extra: Readonly<Record<string, string>>): AllocationParams {
  const def = defaultParentTarget(ds);
  const years = baseYearsOf(ds);
  const method = (ALLOCATION_METHODS as readonly string[]).includes(extra.method ?? '') ? (extra.method as AllocationMethod) : 'proportional';
  const defBase = def ? (def.baseYear ?? def.year - 1) : (years[years.length - 1] ?? new Date().getFullYear() - 1);
  const baseRaw = num(extra.base);
  const base = baseRaw !== undefined && Number.isInteger(baseRaw) ? baseRaw : defBase;
  const tyRaw = num(extra.ty);
  const ty = tyRaw !== undefined && Number.isInteger(tyRaw) && tyRaw > base ? tyRaw : def && def.year > base ? def.year : base + 1;
  const tr = num(extra.tr);
  const tc = num(extra.tc);
  const th = num(extra.th);
  const parent: ParentTarget = tr !== undefined && tr >= 0 ? { kind: 'rate', rate: percent(tr) }
    : tc !== undefined && tc >= 0 ? { kind: 'cut-pp', pp: tc }
      : th !== undefined && th >= 0 ? { kind: 'households', households: households(Math.round(th)) }
        : { kind: 'rate', rate: percent(def?.value ?? 0) };
  const parentSet = tr !== undefined || tc !== undefined || th !== undefined || def !== undefined;
  const cap = num(extra.cap);
  const floor = num(extra.floor);
  return {
    method, base, ty, parent, parentSet,
    ...(cap !== undefined && cap >= 0 && cap <= 100 ? { capPct: percent(cap) } : {}),
    floorRate: percent(floor !== undefined && floor >= 0 && floor <= 100 ? floor : 0),
  };
}

/** URL keys for a parent target (the other two kinds are removed). */
export function parentKeys(t: ParentTarget): Record<'tr' | 'tc' | 'th', string | undefined> {
  return {
    tr: t.kind === 'rate' ? String(t.rate) : undefined,
    tc: t.kind === 'cut-pp' ? String(t.pp) : undefined,
    th: t.kind === 'households' ? String(t.households) : undefined,
  };
}
