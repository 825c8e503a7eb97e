/** Sorting the streaming path's raw columns into the ObservationTable's order, without comparisons per row. */
import type { TableColumns } from '../domain/observations.ts';
import type { RowColumns } from './collect.ts';

/**
 * Counting sort by (unit code, indicator id), then insertion sort by year inside each series. The
 * table's dictionaries hold only the units and indicators of its rows (as TableBuilder's do).
 */
export function sortColumns(c: RowColumns, units: string[], inds: string[], file: string): TableColumns {
  const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
  const usedU = new Uint8Array(units.length);
  const usedI = new Uint8Array(inds.length);
  for (let r = 0; r < c.n; r++) { usedU[c.unit[r]!] = 1; usedI[c.ind[r]!] = 1; }
  const uOrder = units.map((_, i) => i).filter((i) => usedU[i]).sort((a, b) => cmp(units[a]!, units[b]!));
  const iOrder = inds.map((_, i) => i).filter((i) => usedI[i]).sort((a, b) => cmp(inds[a]!, inds[b]!));
  const uRank = new Uint32Array(units.length);
  uOrder.forEach((orig, p) => { uRank[orig] = p; });
  const iRank = new Uint32Array(inds.length);
  iOrder.forEach((orig, p) => { iRank[orig] = p; });
  const nInd = iOrder.length;
  const offsets = new Uint32Array(uOrder.length * nInd + 1);
  const key = new Uint32Array(c.n);
  for (let r = 0; r < c.n; r++) { const k = uRank[c.unit[r]!]! * nInd + iRank[c.ind[r]!]!; key[r] = k; offsets[k + 1]!++; }
  for (let k = 1; k < offsets.length; k++) offsets[k]! += offsets[k - 1]!;
  const fill = offsets.slice(0, -1);
  const t: TableColumns = {
    units: uOrder.map((i) => units[i]!), indicators: iOrder.map((i) => inds[i]!), provenances: [{ kind: 'imported', source: file }],
    unit: new Uint32Array(c.n), indicator: new Uint16Array(c.n), year: new Uint16Array(c.n), value: new Float64Array(c.n), prov: new Uint32Array(c.n), row: new Uint32Array(c.n),
  };
  for (let r = 0; r < c.n; r++) {
    const k = key[r]!;
    let p = fill[k]!++;
    const y = c.year[r]!;
    // Insertion by year (files are nearly always in year order, so this rarely moves anything).
    while (p > offsets[k]! && t.year[p - 1]! > y) {
      t.year[p] = t.year[p - 1]!; t.value[p] = t.value[p - 1]!; t.row[p] = t.row[p - 1]!;
      t.unit[p] = t.unit[p - 1]!; t.indicator[p] = t.indicator[p - 1]!;
      p--;
    }
    t.unit[p] = uRank[c.unit[r]!]!; t.indicator[p] = iRank[c.ind[r]!]!; t.year[p] = y; t.value[p] = c.value[r]!; t.row[p] = c.row[r]!;
  }
  return t;
}
