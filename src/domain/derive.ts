/**
 * Rates from counts. A rate is derived where the file gave none. Where the file gave both and they
 * disagree beyond the tolerance, the counts win everywhere: the table holds the rate the counts
 * imply, and the given rate travels with it as `asReported` (shown beside the value, the unit
 * flagged on every screen). Within the tolerance (rounding) the given rate is kept.
 * A derived rate takes the weakest provenance of its counts (provenance.ts).
 */
import { INDICATORS, INDICATOR_IDS } from './indicators.ts';
import { type ObservationTable } from './observations.ts';
import { TableBuilder } from './tableBuilder.ts';
import { derivedProvenance } from './provenance.ts';
import { bothLanguages, phrase } from './narrative/render.ts';
import type { IndicatorId } from './indicators.ts';

/** "100 × Số hộ nghèo / Tổng số hộ": a rate's source in both languages, made once per indicator. */
export function ratioSource(rateId: IndicatorId, key: 'source.ratio' | 'source.ratioCrosswalk' = 'source.ratio'): { en: string; vi: string } {
  const r = INDICATORS[rateId].ratio!;
  return bothLanguages(phrase(key, { num: { text: INDICATORS[r.numerator].label }, den: { text: INDICATORS[r.denominator].label } }));
}

/** Percentage points a given rate may differ from the rate its counts imply (rounding). */
export const RATE_TOLERANCE_PP = 0.05;

export interface RateDisagreement {
  unit: string;
  year: number;
  indicator: string;
  given: number;
  fromCounts: number;
  numerator: number;
  denominator: number;
  /** Source row of the given rate (0 when unknown). */
  row: number;
}

export function deriveRates(table: ObservationTable): { table: ObservationTable; disagreements: RateDisagreement[]; added: number } {
  const disagreements: RateDisagreement[] = [];
  const builder = new TableBuilder(table.size * 2);
  builder.addTable(table);
  const cols = table.toColumns();
  let added = 0;
  for (const rateId of INDICATOR_IDS) {
    const ratio = INDICATORS[rateId].ratio;
    if (!ratio) continue;
    const source = ratioSource(rateId);
    for (const unit of table.unitsWith(ratio.numerator)) {
      const { years, values, rows } = table.series(unit, ratio.numerator);
      years.forEach((year, k) => {
        const num = values[k]!;
        const dr = table.find(unit, ratio.denominator, year);
        if (dr < 0) return;
        const den = cols.value[dr]!;
        if (!(den > 0)) return;
        const fromCounts = (100 * num) / den;
        const inputs = [table.provenance(rows[k]!), table.provenance(dr)];
        const r = table.find(unit, rateId, year);
        if (r < 0) {
          builder.add(unit, rateId, year, fromCounts, derivedProvenance(source, inputs));
          added++;
          return;
        }
        const existing = table.provenance(r);
        // A rate an earlier pass already replaced keeps its given figure; a plain derived rate is recomputed.
        const given = existing.asReported ?? (existing.derived ? undefined : cols.value[r]!);
        if (given === undefined) {
          builder.add(unit, rateId, year, fromCounts, derivedProvenance(source, inputs), cols.row[r]!);
          added++;
          return;
        }
        if (Math.abs(given - fromCounts) > RATE_TOLERANCE_PP) {
          disagreements.push({ unit, year, indicator: rateId, given, fromCounts, numerator: num, denominator: den, row: cols.row[r]! });
          builder.add(unit, rateId, year, fromCounts, { ...derivedProvenance(source, inputs), asReported: given }, cols.row[r]!);
          added++;
        } else if (existing.asReported !== undefined) {
          // The counts changed and now agree with the given figure within rounding: no flag any more.
          builder.add(unit, rateId, year, fromCounts, derivedProvenance(source, inputs), cols.row[r]!);
          added++;
        }
      });
    }
  }
  return { table: added ? builder.build() : table, disagreements, added };
}

/** Rows whose given rate contradicted its counts (the counts won): unit → years, for flags on every screen. */
export function contradictions(table: ObservationTable, indicator: string): Map<string, number[]> {
  const out = new Map<string, number[]>();
  for (const unit of table.unitsWith(indicator)) {
    const { years, rows } = table.series(unit, indicator);
    years.forEach((y, k) => {
      if (table.provenance(rows[k]!).asReported === undefined) return;
      const list = out.get(unit);
      if (list) list.push(y);
      else out.set(unit, [y]);
    });
  }
  return out;
}
