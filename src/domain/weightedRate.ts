/**
 * A group's rate is household-weighted: 100 × Σ numerator / Σ denominator. Never a mean of rates.
 * When a member has only a rate (no counts), the group figure is refused with a reason.
 * A group figure is derived, so it carries the weakest provenance of the values it sums.
 */
import type { ObservationTable } from './observations.ts';
import { weakestKind, type ProvenanceKind } from './provenance.ts';
import { describeIndicator } from './catalogue.ts';
import { households, rateOf, type Households, type Percent } from './quantities.ts';

export type GroupRate =
  /** Every ratio in the catalogue is households over households, so the sums are households. */
  | { ok: true; value: Percent; numerator: Households; denominator: Households; members: number; kind: ProvenanceKind }
  | { ok: false; reason: 'only-rates' | 'missing' | 'not-a-ratio' | 'empty'; units: string[] };

export function weightedRate(table: ObservationTable, units: readonly string[], rateId: string, year: number): GroupRate {
  const ratio = describeIndicator(rateId).ratio;
  if (!ratio) return { ok: false, reason: 'not-a-ratio', units: [] };
  if (units.length === 0) return { ok: false, reason: 'empty', units: [] };
  let num = 0;
  let den = 0;
  const onlyRates: string[] = [];
  const missing: string[] = [];
  const kinds = new Set<ProvenanceKind>();
  const nums = table.rowsFor(units, ratio.numerator, year);
  const dens = table.rowsFor(units, ratio.denominator, year);
  // The rates only when a count is missing (a file of rates alone: one pass, not a lookup per unit).
  let rates: Int32Array | null = null;
  units.forEach((u, k) => {
    const n = nums[k]!;
    const d = dens[k]!;
    if (n >= 0 && d >= 0) {
      num += table.valueAt(n);
      den += table.valueAt(d);
      kinds.add(table.provenance(n).kind).add(table.provenance(d).kind);
    } else if ((rates ??= table.rowsFor(units, rateId, year))[k]! >= 0) {
      onlyRates.push(u);
    } else {
      missing.push(u);
    }
  });
  if (onlyRates.length > 0) return { ok: false, reason: 'only-rates', units: onlyRates };
  if (missing.length > 0) return { ok: false, reason: 'missing', units: missing };
  if (den <= 0) return { ok: false, reason: 'missing', units: [...units] };
  const numerator = households(num);
  const denominator = households(den);
  return { ok: true, value: rateOf(numerator, denominator), numerator, denominator, members: units.length, kind: weakestKind(kinds) };
}

/** Sum of a count over units, with the weakest provenance of its terms; the units lacking it if any is missing. */
export function sumCount(table: ObservationTable, units: readonly string[], countId: string, year: number):
  { ok: true; value: number; kind: ProvenanceKind } | { ok: false; units: string[] } {
  let s = 0;
  const missing: string[] = [];
  const kinds = new Set<ProvenanceKind>();
  const rows = table.rowsFor(units, countId, year);
  units.forEach((u, k) => {
    const r = rows[k]!;
    if (r < 0) missing.push(u);
    else {
      s += table.valueAt(r);
      kinds.add(table.provenance(r).kind);
    }
  });
  return missing.length ? { ok: false, units: missing } : { ok: true, value: s, kind: weakestKind(kinds) };
}
