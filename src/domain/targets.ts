/** Targets: (unit, indicator, year, value, source). Kept apart from observations: a target is a plan, not a result. */

export type TargetSource =
  | { kind: 'published'; url: string; note?: string }
  | { kind: 'file'; file: string; row: number }
  | { kind: 'ui'; reason: string; at: string }
  | { kind: 'allocation'; method: string; inputs: string };

export interface Target {
  unit: string;
  /** The indicator the target is on, e.g. poverty_rate or poor_households. */
  indicator: string;
  year: number;
  value: number;
  /** Year the required path starts from; defaults to the year before the first target year. */
  baseYear?: number;
  source: TargetSource;
}

export function targetsFor(targets: readonly Target[], unit: string, indicator: string): Target[] {
  return targets
    .filter((t) => t.unit === unit && t.indicator === indicator)
    .sort((a, b) => a.year - b.year);
}

export function findTarget(targets: readonly Target[], unit: string, indicator: string, year: number): Target | undefined {
  return targets.find((t) => t.unit === unit && t.indicator === indicator && t.year === year);
}

/**
 * The target that matters for data up to `year`: the earliest one not yet due (year ≥ data year);
 * once all are past, the last one.
 */
export function activeTarget(targets: readonly Target[], unit: string, indicator: string, year: number): Target | undefined {
  const list = targetsFor(targets, unit, indicator);
  return list.find((t) => t.year > year) ?? list.find((t) => t.year === year) ?? list[list.length - 1];
}

/** Replace any target with the same (unit, indicator, year). */
export function upsertTargets(base: readonly Target[], incoming: readonly Target[]): Target[] {
  const key = (t: Target) => `${t.unit}\u0001${t.indicator}\u0001${t.year}`;
  const map = new Map(base.map((t) => [key(t), t]));
  for (const t of incoming) map.set(key(t), t);
  return [...map.values()];
}
