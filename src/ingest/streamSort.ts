/** Sorting the streaming path's accepted values into the ObservationTable's order, without comparisons per row. */
import type { TableColumns } from '../domain/observations.ts';

/**
 * The accepted values, read where the checks left them: value `at[a]` of unit `unit[a]`, its
 * indicator, year and value by value index, its file row through its data row.
 */
export interface Accepted {
  n: number; at: Int32Array; unit: Int32Array;
  ind: Int32Array; year: Float64Array; value: Float64Array; rowOf: Int32Array; fileRow: Int32Array;
}

/**
 * Counting sort by (unit code, indicator id), then insertion sort by year inside each series. The
 * table's dictionaries hold only the units and indicators of its rows (as TableBuilder's do). The
 * values are read in place (no row-ordered copy of them first) and each key is computed twice
 * rather than kept: a file of 300,000 values otherwise wrote 8 MB more for the sort alone.
 */
export function sortColumns(c: Accepted, units: string[], inds: string[], file: string): TableColumns {
  const { n, at, unit, ind, year, value, rowOf, fileRow } = c;
  const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
  const usedU = new Uint8Array(units.length);
  const usedI = new Uint8Array(inds.length);
  for (let a = 0; a < n; a++) { usedU[unit[a]!] = 1; usedI[ind[at[a]!]!] = 1; }
  const uOrder = units.map((_, i) => i).filter((i) => usedU[i]).sort((a, b) => cmp(units[a]!, units[b]!));
  const iOrder = inds.map((_, i) => i).filter((i) => usedI[i]).sort((a, b) => cmp(inds[a]!, inds[b]!));
  const nInd = iOrder.length;
  const uRank = new Uint32Array(units.length);
  uOrder.forEach((orig, p) => { uRank[orig] = p; });
  const iRank = new Uint32Array(inds.length);
  iOrder.forEach((orig, p) => { iRank[orig] = p; });
  const offsets = new Uint32Array(uOrder.length * nInd + 1);
  for (let a = 0; a < n; a++) offsets[uRank[unit[a]!]! * nInd + iRank[ind[at[a]!]!]! + 1]!++;
  for (let k = 1; k < offsets.length; k++) offsets[k]! += offsets[k - 1]!;
  const fill = offsets.slice(0, -1);
  const t: TableColumns = {
    units: uOrder.map((i) => units[i]!), indicators: iOrder.map((i) => inds[i]!), provenances: [{ kind: 'imported', source: file }],
    unit: new Uint32Array(n), indicator: new Uint16Array(n), year: new Uint16Array(n), value: new Float64Array(n), prov: new Uint32Array(n), row: new Uint32Array(n),
  };
  const tu = t.unit, ti = t.indicator, ty = t.year, tv = t.value, tr = t.row;
  for (let a = 0; a < n; a++) {
    const i = at[a]!;
    const u = uRank[unit[a]!]!, ik = iRank[ind[i]!]!;
    const k = u * nInd + ik;
    let p = fill[k]!++;
    const y = year[i]!;
    // Insertion by year (files nearly always come in year order, so this rarely moves anything).
    while (p > offsets[k]! && ty[p - 1]! > y) {
      ty[p] = ty[p - 1]!; tv[p] = tv[p - 1]!; tr[p] = tr[p - 1]!; tu[p] = tu[p - 1]!; ti[p] = ti[p - 1]!;
      p--;
    }
    tu[p] = u; ti[p] = ik; ty[p] = y; tv[p] = value[i]!; tr[p] = fileRow[rowOf[i]!]!;
  }
  return t;
}
