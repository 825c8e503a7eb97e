/**
 * Deprivation profile of a unit in a year: for each indicator of the year's standard, the poor
 * households deprived (count), their share of the poor (%) and the censored headcount — poor and
 * deprived, as % of all households. Shares are household-weighted because a parent's counts are
 * sums of its children's.
 */
import type { ObservationTable } from '../observations.ts';
import { standardOf, type PovertyStandard } from '../standards.ts';
import { deprivationList, type DeprivationDef, type DeprivationId } from './lists.ts';

export interface DeprivationCell {
  id: DeprivationId;
  count: number | null;
  /** % of the unit's poor households deprived on this indicator. */
  share: number | null;
  /** % of all the unit's households that are poor and deprived on this indicator. */
  censored: number | null;
}

export interface DeprivationProfile {
  unit: string;
  year: number;
  poor: number | null;
  total: number | null;
  cells: DeprivationCell[];
}

export function pct(num: number | null, den: number | null): number | null {
  return num === null || den === null || den <= 0 ? null : (100 * num) / den;
}

export function profileOf(table: ObservationTable, unit: string, year: number, list: readonly DeprivationDef[]): DeprivationProfile {
  const poor = table.value(unit, 'poor_households', year) ?? null;
  const total = table.value(unit, 'total_households', year) ?? null;
  const cells = list.map(({ id }) => {
    const count = table.value(unit, id, year) ?? null;
    return { id, count, share: pct(count, poor), censored: pct(count, total) };
  });
  return { unit, year, poor, total, cells };
}

export function hasDeprivationData(p: DeprivationProfile): boolean {
  return p.cells.some((c) => c.count !== null);
}

/** The indicators deprived most often among the poor, largest share first (ties: list order). */
export function leading(p: DeprivationProfile, n = 3, min = 1): DeprivationCell[] {
  return p.cells
    .map((c, k) => ({ c, k }))
    .filter(({ c }) => c.share !== null && c.share >= min)
    .sort((a, b) => b.c.share! - a.c.share! || a.k - b.k)
    .slice(0, n)
    .map(({ c }) => c);
}

/** The list that applies in a year, through the dataset's standards. */
export function listForYear(standards: readonly PovertyStandard[], year: number): DeprivationDef[] | null {
  return deprivationList(standardOf(standards, year)?.id)?.indicators ?? null;
}

/** Years with any deprivation count for the unit, ascending, that share `year`'s standard. */
export function comparableYears(table: ObservationTable, standards: readonly PovertyStandard[], unit: string, year: number, list: readonly DeprivationDef[]): number[] {
  const std = standardOf(standards, year);
  const ys = new Set<number>();
  for (const { id } of list) for (const y of table.series(unit, id).years) if (standards.length === 0 || standardOf(standards, y) === std) ys.add(y);
  return [...ys].sort((a, b) => a - b);
}
