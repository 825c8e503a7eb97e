/**
 * Recent pace of a rate: average change per year (pp/year) from the earliest observed year within
 * the last PACE_WINDOW_YEARS years to the latest one, using only years measured under the same
 * poverty standard as the latest year. Missing years are skipped (the change is divided by the
 * real number of years between the two observations). Fewer than two comparable years → no pace.
 */
import { sameStandard, type PovertyStandard } from '../standards.ts';

export const PACE_WINDOW_YEARS = 3;

export interface Point { year: number; value: number }

export interface Pace {
  from: Point;
  to: Point;
  /** Change per year in pp; negative = the rate is falling. */
  perYear: number;
}

/** Latest observation at or before `atYear`. */
export function latestAt(years: readonly number[], values: readonly number[], atYear: number): Point | undefined {
  for (let k = years.length - 1; k >= 0; k--) {
    if (years[k]! <= atYear) return { year: years[k]!, value: values[k]! };
  }
  return undefined;
}

/** `ids`, when given, is each point's standard as its file declared it (see standards.ts). */
export function recentPace(years: readonly number[], values: readonly number[], standards: readonly PovertyStandard[],
  atYear: number, window = PACE_WINDOW_YEARS, ids?: readonly (string | undefined)[]): Pace | undefined {
  const to = latestAt(years, values, atYear);
  if (!to) return undefined;
  const toK = years.indexOf(to.year);
  const same = (k: number) => (ids ? ids[k] !== undefined && ids[k] === ids[toK] : sameStandard(standards, years[k]!, to.year));
  for (let k = 0; k < years.length; k++) {
    const y = years[k]!;
    if (y >= to.year) break;
    if (y < to.year - window || !same(k)) continue;
    const from = { year: y, value: values[k]! };
    return { from, to, perYear: (to.value - from.value) / (to.year - from.year) };
  }
  return undefined;
}
