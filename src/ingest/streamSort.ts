/** Sorting the streaming path's accepted values into the ObservationTable's order, without comparisons per row. */
import { ObservationTable, type TableColumns } from '../domain/observations.ts';
import { lasting } from './scratch.ts';
import { PART } from './lists.ts';

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
 * rather than kept: a file of 300,000 values otherwise wrote 8 MB more for the sort alone. The
 * table takes the series offsets the sort counted, with no pass of its own for them.
 */
export function sortedTable(c: Accepted, units: string[], inds: string[], file: string): ObservationTable {
  const { n, at, unit, ind } = c;
  const usedU = new Uint8Array(units.length);
  const usedI = new Uint8Array(inds.length);
  for (let a = 0; a < n; a += PART) markUsed(a, Math.min(n, a + PART), at, unit, ind, usedU, usedI);
  const uOrder = textOrder(units, usedU);
  const iOrder = textOrder(inds, usedI);
  const uRank = ranks(uOrder, units.length);
  const iRank = ranks(iOrder, inds.length);
  const t: TableColumns = {
    units: uOrder.map((i) => units[i]!), indicators: iOrder.map((i) => inds[i]!), provenances: [{ kind: 'imported', source: file }],
    // From a dropped result's buffers of the same size when there are (re-reading a file, another try).
    // Each value writes its row of every column but the provenance's (one, 0): only that one is zeroed.
    unit: lasting.u32(n, false), indicator: lasting.u16(n, false), year: lasting.u16(n, false), value: lasting.f64(n, false), prov: lasting.u32(n), row: lasting.u32(n, false),
  };
  const offsets = place(c, uRank, iRank, iOrder.length, uOrder.length * iOrder.length, t);
  return ObservationTable.fromColumns(t, { offsets });
}

// The passes are small functions of their own, called in parts (lists.ts PART): called once per
// import, a loop inside one large function was optimised anew (on-stack) every time, and that
// function's optimised code was thrown away at the next import's first array callback.

function markUsed(from: number, to: number, at: Int32Array, unit: Int32Array, ind: Int32Array, usedU: Uint8Array, usedI: Uint8Array): void {
  for (let a = from; a < to; a++) { usedU[unit[a]!] = 1; usedI[ind[at[a]!]!] = 1; }
}

/** The indices of the used names, in the names' text order. */
function textOrder(names: string[], used: Uint8Array): number[] {
  const out: number[] = [];
  for (let i = 0; i < names.length; i++) if (used[i]) out.push(i);
  return out.sort((a, b) => (names[a]! < names[b]! ? -1 : names[a]! > names[b]! ? 1 : 0));
}

function ranks(order: number[], size: number): Uint32Array {
  const rank = new Uint32Array(size);
  for (let p = 0; p < order.length; p++) rank[order[p]!] = p;
  return rank;
}

/** Each value written at its place: counting sort by (unit, indicator) rank, insertion by year; the series' offsets. */
function place(c: Accepted, uRank: Uint32Array, iRank: Uint32Array, nInd: number, nKeys: number, t: TableColumns): Uint32Array {
  const { n } = c;
  const offsets = new Uint32Array(nKeys + 1);
  for (let a = 0; a < n; a += PART) count(a, Math.min(n, a + PART), c, uRank, iRank, nInd, offsets);
  for (let k = 1; k < offsets.length; k++) offsets[k]! += offsets[k - 1]!;
  const fill = offsets.slice(0, -1);
  for (let a = 0; a < n; a += PART) put(a, Math.min(n, a + PART), c, uRank, iRank, nInd, offsets, fill, t);
  return offsets;
}

/** Values per (unit, indicator) key, each counted at the slot after its key's. */
function count(from: number, to: number, c: Accepted, uRank: Uint32Array, iRank: Uint32Array, nInd: number, offsets: Uint32Array): void {
  const { at, unit, ind } = c;
  for (let a = from; a < to; a++) offsets[uRank[unit[a]!]! * nInd + iRank[ind[at[a]!]!]! + 1]!++;
}

function put(from: number, to: number, c: Accepted, uRank: Uint32Array, iRank: Uint32Array, nInd: number, offsets: Uint32Array, fill: Uint32Array, t: TableColumns): void {
  const { at, unit, ind, year, value, rowOf, fileRow } = c;
  const tu = t.unit, ti = t.indicator, ty = t.year, tv = t.value, tr = t.row;
  for (let a = from; a < to; a++) {
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
}
