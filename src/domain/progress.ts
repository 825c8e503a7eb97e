/**
 * Headline figures for one unit: latest value, change vs the previous year, gap to the active
 * target, and a first simple status (the targets work refines it in status.ts).
 */
import type { ObservationTable } from './observations.ts';
import type { Provenance } from './provenance.ts';
import { activeTarget, targetsFor, type Target } from './targets.ts';
import { describeIndicator } from './catalogue.ts';
import { comparableYears, type PovertyStandard } from './standards.ts';

export type SimpleStatus = 'achieved' | 'on-track' | 'off-track' | 'no-data' | 'no-target';

export interface Headline {
  unit: string;
  indicator: string;
  latest?: { year: number; value: number; provenance: Provenance };
  previous?: { year: number; value: number };
  changePp?: number;
  /** Change of the rate's numerator count (e.g. poor households) over the same years. */
  changeCount?: number;
  target?: Target;
  /** Value on the straight path from the target's base year to its year, at the latest year. */
  pathValue?: number;
  gap?: number;
  status: SimpleStatus;
}

export function headline(table: ObservationTable, targets: readonly Target[], standards: readonly PovertyStandard[],
  unit: string, indicator: string, atYear?: number): Headline {
  const { years, values, rows } = table.series(unit, indicator);
  let k = years.length - 1;
  if (atYear !== undefined) while (k >= 0 && years[k]! > atYear) k--;
  if (k < 0) return { unit, indicator, status: 'no-data' };
  const latest = { year: years[k]!, value: values[k]!, provenance: table.provenance(rows[k]!) };
  const h: Headline = { unit, indicator, latest, status: 'no-target' };
  // No change across a change of standard (what the file declared, else the period table's).
  if (k > 0 && comparableYears(table, standards, unit, indicator, years[k - 1]!, latest.year)) {
    h.previous = { year: years[k - 1]!, value: values[k - 1]! };
    h.changePp = latest.value - h.previous.value;
    const num = describeIndicator(indicator).ratio?.numerator;
    if (num) {
      const a = table.value(unit, num, h.previous.year);
      const b = table.value(unit, num, latest.year);
      if (a !== undefined && b !== undefined) h.changeCount = b - a;
    }
  }
  const target = activeTarget(targets, unit, indicator, latest.year);
  if (!target) return h;
  h.target = target;
  h.gap = latest.value - target.value;
  const lowerBetter = describeIndicator(indicator).better === 'lower';
  const met = lowerBetter ? latest.value <= target.value : latest.value >= target.value;
  if (met) return { ...h, status: 'achieved' };
  if (latest.year >= target.year) return { ...h, status: 'off-track' };
  const path = requiredPath(table, targets, unit, target);
  if (path && latest.year > path.from.year) {
    h.pathValue = pathAt(path, latest.year);
    const onPath = lowerBetter ? latest.value <= h.pathValue + 1e-9 : latest.value >= h.pathValue - 1e-9;
    return { ...h, status: onPath ? 'on-track' : 'off-track' };
  }
  // The path starts at the latest year: compare the pace needed from here with last year's pace.
  if (h.changePp === undefined) return { ...h, status: 'no-data' };
  const needed = (target.value - latest.value) / (target.year - latest.year);
  const pace = h.changePp;
  const onPace = lowerBetter ? pace <= needed + 1e-9 : pace >= needed - 1e-9;
  return { ...h, status: onPace ? 'on-track' : 'off-track' };
}

export interface PathLine { from: { year: number; value: number }; to: { year: number; value: number } }

/** Straight line from the observed value at the target's base year to the target. */
export function requiredPath(table: ObservationTable, targets: readonly Target[], unit: string, target: Target): PathLine | undefined {
  const base = target.baseYear ?? defaultBaseYear(targets, target);
  const v = table.value(unit, target.indicator, base);
  if (v === undefined || base >= target.year) return undefined;
  return { from: { year: base, value: v }, to: { year: target.year, value: target.value } };
}

function defaultBaseYear(targets: readonly Target[], target: Target): number {
  const earlier = targetsFor(targets, target.unit, target.indicator).filter((t) => t.year < target.year);
  return earlier.length ? earlier[earlier.length - 1]!.year : target.year - 1;
}

export function pathAt(p: PathLine, year: number): number {
  const t = (year - p.from.year) / (p.to.year - p.from.year);
  return p.from.value + t * (p.to.value - p.from.value);
}
