/**
 * Fills the root unit's counts from its children where the file gave none (Σ of the children),
 * so the headline works for any imported region. Only counts are summed; rates then derive from
 * the sums, which makes them household-weighted. A year is filled only when every child has the
 * count — a partial sum would understate the root.
 */
import { INDICATORS, INDICATOR_IDS } from './indicators.ts';
import { TableBuilder } from './tableBuilder.ts';
import { deriveRates } from './derive.ts';
import { makeUnit } from './units.ts';
import { derivedProvenance, type Provenance } from './provenance.ts';
import { bothLanguages, phrase } from './narrative/render.ts';
import { comparisonUnits, type Dataset } from './dataset.ts';

/** Code of the stand-in root when a file holds several top-level units and no parent. */
export const ALL_UNITS = '_all';

const COUNTS = INDICATOR_IDS.filter((id) => INDICATORS[id].kind === 'count' && !INDICATORS[id].isTarget);

export function withRoot(ds: Dataset): Dataset {
  if (ds.rootUnit && ds.units.has(ds.rootUnit)) return ds;
  const units = ds.units.with([makeUnit({ code: ALL_UNITS, level: 'country', nameVi: 'Toàn bộ các đơn vị', nameEn: 'All units' })]);
  return { ...ds, rootUnit: ALL_UNITS, units };
}

export function aggregateToRoot(input: Dataset): Dataset {
  const ds = withRoot(input);
  const kids = comparisonUnits(ds);
  if (kids.length === 0) return ds;
  const b = new TableBuilder(ds.table.size + 64);
  b.addTable(ds.table);
  let added = 0;
  for (const id of COUNTS) {
    for (const year of ds.table.years()) {
      if (ds.table.find(ds.rootUnit, id, year) >= 0) continue;
      let sum = 0;
      let complete = true;
      const provs = new Map<string, Provenance>();
      for (const k of kids) {
        const r = ds.table.find(k, id, year);
        if (r < 0) { complete = false; break; }
        sum += ds.table.toColumns().value[r]!;
        const p = ds.table.provenance(r);
        provs.set(p.kind, p);
      }
      if (!complete) continue;
      b.add(ds.rootUnit, id, year, sum, derivedProvenance(bothLanguages(phrase('source.sum', { n: kids.length })), [...provs.values()]));
      added++;
    }
  }
  if (!added) return ds;
  return { ...ds, table: deriveRates(b.build()).table };
}
