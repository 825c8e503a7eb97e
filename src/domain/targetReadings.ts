/**
 * Readings of a target as stated against the data. A plan may state a level, a cut in pp and a
 * number of households, and these need not agree with the figures the app holds: "cut 0.96 pp to
 * 3.17%" implies a start at 4.13% while the published end-2022 rate is 3.56% (a 0.39 pp cut);
 * "1.84% ⇔ 6,450 households" implies about 350,500 households while the data holds 332,100.
 * Every reading is returned side by side; none is chosen silently.
 */
import type { ObservationTable } from './observations.ts';
import { findTarget, type Target } from './targets.ts';

/** Percentage points two readings may differ before they are called a disagreement (rounding). */
export const READING_TOLERANCE_PP = 0.05;
/** Share of households two totals may differ before they are called a disagreement. */
export const HOUSEHOLD_TOLERANCE = 0.01;

export interface TargetReadings {
  target: Target;
  /** The cut the source states, and the start it implies (level + cut). */
  stated?: { cutPp: number; impliedStart: number; households?: number };
  /** The cut from the observed value at the base year, in pp and in households (base-year households). */
  fromData?: { baseYear: number; baseValue: number; cutPp: number; households?: number };
  /** A household-count target for the same unit and year, and the total it implies with the rate. */
  households?: {
    target: number;
    impliedTotal: number;
    /** Households in the data at the reference year, and what the rate means on them. */
    data?: { year: number; total: number; atRate: number };
  };
  /** True when two readings differ beyond the tolerances. */
  disagree: boolean;
}

export function targetReadings(table: ObservationTable, targets: readonly Target[], target: Target, refYear: number): TargetReadings {
  const out: TargetReadings = { target, disagree: false };
  if (target.indicator !== 'poverty_rate' && target.indicator !== 'target_rate') return out;
  const base = target.baseYear ?? target.year - 1;
  const baseValue = table.value(target.unit, 'poverty_rate', base);
  const baseHouseholds = table.value(target.unit, 'total_households', base);
  if (baseValue !== undefined) {
    const cutPp = baseValue - target.value;
    // In households: the base year's poor households less the target's whole households, when counted.
    const basePoor = table.value(target.unit, 'poor_households', base);
    const households = baseHouseholds === undefined ? undefined
      : basePoor !== undefined ? basePoor - Math.round((target.value * baseHouseholds) / 100)
        : Math.round((cutPp * baseHouseholds) / 100);
    out.fromData = { baseYear: base, baseValue, cutPp, ...(households !== undefined ? { households } : {}) };
  }
  const cut = target.stated?.cutPp;
  if (cut !== undefined) {
    const impliedStart = target.value + cut;
    out.stated = { cutPp: cut, impliedStart, ...(baseHouseholds !== undefined ? { households: Math.round((cut * baseHouseholds) / 100) } : {}) };
    if (baseValue !== undefined && Math.abs(impliedStart - baseValue) > READING_TOLERANCE_PP) out.disagree = true;
  }
  const hh = findTarget(targets, target.unit, 'poor_households', target.year);
  if (hh && target.value > 0) {
    const impliedTotal = (100 * hh.value) / target.value;
    let y = refYear;
    let total = table.value(target.unit, 'total_households', y);
    // The reference year may have no count yet (a target year ahead): use the latest before it.
    while (total === undefined && y > base) total = table.value(target.unit, 'total_households', --y);
    out.households = {
      target: hh.value, impliedTotal,
      ...(total !== undefined ? { data: { year: y, total, atRate: Math.round((target.value * total) / 100) } } : {}),
    };
    if (total !== undefined && Math.abs(impliedTotal - total) / total > HOUSEHOLD_TOLERANCE) out.disagree = true;
  }
  return out;
}
