/** Targets: (unit, indicator, year, value, source). Kept apart from observations: a target is a plan, not a result. */

export type TargetSource =
  | { kind: 'published'; url: string; note?: string }
  | { kind: 'file'; file: string; row: number }
  | { kind: 'ui'; reason: string; at: string }
  | { kind: 'allocation'; method: string; inputs: string };

/** What the source said besides the level, kept as said (e.g. "cut 0.96 pp in 2023 to 3.17%"). */
export interface StatedTarget {
  /** Cut in percentage points the source names. */
  cutPp?: number;
}

export interface Target {
  unit: string;
  /** The indicator the target is on, e.g. poverty_rate or poor_households. */
  indicator: string;
  year: number;
  value: number;
  /** Year the required path starts from; defaults to the year before the first target year. */
  baseYear?: number;
  stated?: StatedTarget;
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
 * The target that matters for data up to `year`: the earliest one not yet past (target year ≥
 * `year`), so at a target's own year that target is judged (its verdict); once all are past, the last one.
 */
export function pickActive<T extends { year: number }>(sortedByYear: readonly T[] | undefined, year: number): T | undefined {
  if (!sortedByYear?.length) return undefined;
  return sortedByYear.find((t) => t.year >= year) ?? sortedByYear[sortedByYear.length - 1];
}

export function activeTarget(targets: readonly Target[], unit: string, indicator: string, year: number): Target | undefined {
  return pickActive(targetsFor(targets, unit, indicator), year);
}

/** Replace any target with the same (unit, indicator, year). */
export function upsertTargets(base: readonly Target[], incoming: readonly Target[]): Target[] {
  const key = (t: Target) => `${t.unit}\u0001${t.indicator}\u0001${t.year}`;
  const map = new Map(base.map((t) => [key(t), t]));
  for (const t of incoming) map.set(key(t), t);
  return [...map.values()];
}

/** A short, human citation of a target's source (for tooltips, tables and slide footers). */
export function targetSourceText(t: Target): string {
  const s = t.source;
  switch (s.kind) {
    case 'published': return [s.url, s.note].filter(Boolean).join(' — ');
    case 'file': return `${s.file}, row ${s.row}`;
    case 'ui': return s.reason;
    case 'allocation': return `${s.method}: ${s.inputs}`;
  }
}
