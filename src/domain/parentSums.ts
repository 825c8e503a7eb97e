/**
 * A parent's counts summed from its children when a file holds the children but not the parent, so
 * the parent's rate derives household-weighted (derive.ts), marked derived with the weakest
 * provenance of the children. A year is summed only when every child valid in it has the count: a
 * partial sum would understate the parent.
 */
import { INDICATORS, INDICATOR_IDS } from './indicators.ts';
import type { ObservationTable } from './observations.ts';
import { TableBuilder } from './tableBuilder.ts';
import type { UnitRegistry } from './units.ts';
import { derivedProvenance, type Provenance } from './provenance.ts';
import { bothLanguages, phrase } from './narrative/render.ts';

const COUNTS = INDICATOR_IDS.filter((id) => INDICATORS[id].kind === 'count' && !INDICATORS[id].isTarget);

export function sumToParents(table: ObservationTable, units: UnitRegistry): { table: ObservationTable; added: number } {
  const inTable = new Set(table.unitCodes);
  const parents = new Set<string>();
  for (const c of inTable) { const p = units.get(c)?.parent; if (p) parents.add(p); }
  const b = new TableBuilder(table.size + 64);
  b.addTable(table);
  const values = table.toColumns().value;
  let added = 0;
  for (const parent of parents) {
    const kids = units.children(parent).map((u) => u.code);
    for (const id of COUNTS) {
      for (const year of table.years()) {
        if (table.find(parent, id, year) >= 0) continue;
        const valid = kids.filter((k) => units.isValidIn(k, year));
        if (!valid.length) continue;
        let sum = 0;
        const provs: Provenance[] = [];
        let complete = true;
        for (const k of valid) {
          const r = table.find(k, id, year);
          if (r < 0) { complete = false; break; }
          sum += values[r]!;
          provs.push(table.provenance(r));
        }
        if (!complete) continue;
        b.add(parent, id, year, sum, derivedProvenance(bothLanguages(phrase('source.sum', { n: valid.length })), provs));
        added++;
      }
    }
  }
  return { table: added ? b.build() : table, added };
}
