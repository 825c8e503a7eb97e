/**
 * Rates from counts. A rate derived from counts is added where the file gave none; where the file
 * gave both, the given rate is kept and a disagreement beyond the tolerance becomes a warning.
 */
import { INDICATORS, INDICATOR_IDS } from './indicators.ts';
import { type ObservationTable } from './observations.ts';
import { TableBuilder } from './tableBuilder.ts';

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
  let added = 0;
  for (const rateId of INDICATOR_IDS) {
    const ratio = INDICATORS[rateId].ratio;
    if (!ratio) continue;
    for (const unit of table.unitsWith(ratio.numerator)) {
      const { years, values } = table.series(unit, ratio.numerator);
      years.forEach((year, k) => {
        const num = values[k]!;
        const den = table.value(unit, ratio.denominator, year);
        if (den === undefined || den <= 0) return;
        const fromCounts = (100 * num) / den;
        const r = table.find(unit, rateId, year);
        if (r < 0) {
          builder.add(unit, rateId, year, fromCounts, {
            kind: 'derived',
            source: `100 × ${ratio.numerator} / ${ratio.denominator}`,
          });
          added++;
          return;
        }
        const given = table.toColumns().value[r]!;
        if (Math.abs(given - fromCounts) > RATE_TOLERANCE_PP) {
          disagreements.push({ unit, year, indicator: rateId, given, fromCounts, numerator: num, denominator: den, row: table.toColumns().row[r]! });
        }
      });
    }
  }
  return { table: added ? builder.build() : table, disagreements, added };
}
