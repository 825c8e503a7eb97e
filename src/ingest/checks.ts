/**
 * Checks on the collected values (collect.ts), as passes over their columns with numeric keys.
 * Errors reject their file row; warnings don't. Total rows ("Tổng cộng", "Toàn tỉnh") become the
 * parent's figures and are checked against the children. Each pass is a small function over typed
 * arrays (checkScreen.ts, checkTotals.ts, checkSeries.ts): a worker's first import runs cold, and
 * the engine optimises a short loop early, one among a dozen in a large function late.
 */
import type { Unit } from '../domain/units.ts';
import type { Issue } from './issues.ts';
import type { Values } from './collect.ts';
import { keyMap, type KeyMap } from './intMap.ts';
import { screen, type Screened } from './checkScreen.ts';
import { Report } from './checkReport.ts';
import { checkTotals, type Children, type TotalRow } from './checkTotals.ts';
import { gapsAndJumps, rateCounts } from './checkSeries.ts';
import { fresh, type Alloc } from './scratch.ts';
import { PART } from './lists.ts';

export { JUMP_PP } from './checkSeries.ts';

/** Values that load: value index, unit (index into v.units) and, after the checks, indicator and value. */
export interface Checked {
  issues: Issue[];
  accepted: { i: Int32Array; unit: Int32Array; n: number };
  /** Indicator and value of each value after the rate-of-count and scaling rules. */
  ind: Int32Array;
  value: Float64Array;
  totals: TotalRow[];
}

/** `mem`: where the passes' working arrays come from (the streaming reader's are reused between imports). */
export function runChecks(file: string, v: Values, scale: Set<string>, known: readonly Unit[], newUnits: readonly Unit[], mem: Alloc = fresh): Checked {
  const rep = new Report(file, v);
  const issues = rep.issues;
  const inds = v.indicators;

  const sc = screen(v, scale, rep, mem);
  const { ind, value } = sc;
  // Fractions (every value of a rate indicator below 1, before scaling) come first, in order of each indicator's first value.
  const fractions: Issue[] = [];
  for (const k of sc.rate.order) {
    const first = sc.rate.first[k]!, all = sc.rate.all[k]!;
    const id = inds.ids[k]!;
    if (all > 1 && sc.rate.below[k] === all && !sc.rate.percent[k] && !scale.has(id)) {
      fractions.push({ severity: 'warning', file, row: rep.row(first), column: v.column(first), value: v.raw(first), code: 'fraction_rates', params: { indicator: id } });
    }
  }
  if (fractions.length) issues.splice(0, 0, ...fractions);

  // Duplicates: the same (unit, indicator, year) twice with different values rejects both rows.
  // Numeric keys over the file's own years, dense enough for one array lookup in most files
  // (the indicator list is final by now; a total row's parent may add one unit).
  const nI = inds.ids.length;
  const y0 = sc.n ? sc.y0 : 2100;
  const nY = sc.n ? sc.y1 - sc.y0 + 1 : 1;
  const range = (v.units.length + 1) * nI * nY;
  const byKey = keyMap(range, sc.n, mem); // key → child
  const { ch, totals } = children(v, sc, ind, value, byKey, nI, nY, y0, rep, mem);

  // Poor (or near-poor) households above all households.
  const totalHh = inds.find('total_households');
  if (totalHh !== undefined) {
    const poor = new Uint8Array(nI);
    for (const id of ['poor_households', 'near_poor_households']) { const k = inds.find(id); if (k !== undefined) poor[k] = 1; }
    poorAboveTotal(v, ch, byKey, ind, value, poor, totalHh, nI, nY, y0, rep);
  }

  // Total rows: the parent's figure, checked against the sum of the units in the file.
  const totalRows = checkTotals(v, { ch, totals, byKey, nI, nY, y0, ind, value, rep }, known, newUnits);

  // Warnings on what loads: rate vs counts, year gaps, jumps.
  const errRows = new Set<number>();
  for (const x of issues) if (x.severity === 'error') errRows.add(x.row);
  // With no rejected row every child is accepted, and byKey already maps each key to its child.
  let acc: Int32Array | null = null;
  let nAcc = ch.n;
  let okKey = byKey;
  if (errRows.size) {
    acc = new Int32Array(ch.n);
    nAcc = 0;
    for (let c = 0; c < ch.n; c++) if (!errRows.has(rep.row(ch.i[c]!))) acc[nAcc++] = c;
    okKey = keyMap(range, nAcc);
    for (let a = 0; a < nAcc; a++) { const c = acc[a]!; okKey.set((ch.u[c]! * nI + ind[ch.i[c]!]!) * nY + (v.year[ch.i[c]!]! - y0), c); }
  }
  // Each rate's numerator and denominator indicators, looked up once per indicator (-1: none).
  const numOf = new Int32Array(nI).fill(-1);
  const denOf = new Int32Array(nI).fill(-1);
  const isRate = new Uint8Array(nI);
  for (let k = 0; k < nI; k++) {
    const ratio = rep.def(k).ratio;
    if (ratio) { numOf[k] = inds.find(ratio.numerator) ?? -1; denOf[k] = inds.find(ratio.denominator) ?? -1; }
    isRate[k] = inds.kinds[k] === 'rate' ? 1 : 0;
  }
  const accepted = { acc, n: nAcc, ch, map: okKey, nI, nY, y0 };
  rateCounts(v, accepted, ind, value, numOf, denOf, rep);
  // The screened list is free by now: the series' order goes there.
  gapsAndJumps(v, accepted, ind, value, isRate, rep, sc.valid);
  let accI = ch.i.subarray(0, nAcc), accU = ch.u.subarray(0, nAcc);
  if (acc) {
    accI = new Int32Array(nAcc);
    accU = new Int32Array(nAcc);
    for (let a = 0; a < nAcc; a++) { accI[a] = ch.i[acc[a]!]!; accU[a] = ch.u[acc[a]!]!; }
  }
  return { issues, accepted: { i: accI, unit: accU, n: nAcc }, ind, value, totals: totalRows };
}

/**
 * The values of units, each (unit, indicator, year) once in `byKey` (a second value that differs
 * rejects both rows), and the values of total rows, apart. Children are sized for a parent value
 * per total row as well (checkTotals adds them).
 */
function children(v: Values, sc: Screened, ind: Int32Array, value: Float64Array, byKey: KeyMap, nI: number, nY: number, y0: number, rep: Report, mem: Alloc): { ch: Children; totals: number[] } {
  const ch: Children = { i: mem.i32(sc.n, false), u: mem.i32(sc.n, false), n: 0 };
  const totals: number[] = [];
  const keys = { nI, nY, y0 };
  for (let a = 0; a < sc.n; a += PART) ch.n = childrenPart(a, Math.min(sc.n, a + PART), ch, totals, v, sc.valid, ind, value, byKey, keys, rep);
  return { ch, totals };
}

/** Valid values from..to into the children (from ch.n on) or the totals; returns the children's new count. */
function childrenPart(from: number, to: number, ch: Children, totals: number[], v: Values, valid: Int32Array, ind: Int32Array, value: Float64Array, byKey: KeyMap, keys: { nI: number; nY: number; y0: number }, rep: Report): number {
  const chI = ch.i, chU = ch.u;
  const rowOf = v.rowOf, unit = v.unit, total = v.total, year = v.year;
  const { nI, nY, y0 } = keys;
  let n = ch.n;
  for (let a = from; a < to; a++) {
    const i = valid[a]!;
    const r = rowOf[i]!;
    if (total[r]) { totals.push(i); continue; }
    const u = unit[r]!;
    const k = (u * nI + ind[i]!) * nY + (year[i]! - y0);
    const prev = byKey.get(k);
    if (prev === undefined) { byKey.set(k, n); chI[n] = i; chU[n++] = u; continue; }
    const p = chI[prev]!;
    if (value[p] !== value[i]) {
      const rowP = v.fileRow[rowOf[p]!]!, rowI = v.fileRow[r]!;
      rep.add('error', 'duplicate_conflict', i, v.column(i), v.raw(i), { other: rowP, otherValue: v.raw(p) });
      rep.add('error', 'duplicate_conflict', p, v.column(p), v.raw(p), { other: rowI, otherValue: v.raw(i) });
    }
  }
  return n;
}

/** Poor (or near-poor: `poor`, by indicator) households above all households of the unit and year. */
function poorAboveTotal(v: Values, ch: Children, byKey: KeyMap, ind: Int32Array, value: Float64Array, poor: Uint8Array, totalHh: number, nI: number, nY: number, y0: number, rep: Report): void {
  const keys = { nI, nY, y0 };
  for (let c = 0; c < ch.n; c += PART) poorPart(c, Math.min(ch.n, c + PART), v, ch, byKey, ind, value, poor, totalHh, keys, rep);
}

function poorPart(from: number, to: number, v: Values, ch: Children, byKey: KeyMap, ind: Int32Array, value: Float64Array, poor: Uint8Array, totalHh: number, keys: { nI: number; nY: number; y0: number }, rep: Report): void {
  const chI = ch.i, chU = ch.u, year = v.year;
  const { nI, nY, y0 } = keys;
  for (let c = from; c < to; c++) {
    const i = chI[c]!;
    if (poor[ind[i]!] !== 1) continue;
    const t = byKey.get((chU[c]! * nI + totalHh) * nY + (year[i]! - y0));
    if (t === undefined) continue;
    const ti = chI[t]!;
    if (value[i]! > value[ti]!) rep.add('error', 'poor_exceeds_total', i, v.column(i), v.raw(i), { poor: value[i]!, total: value[ti]!, totalRow: v.fileRow[v.rowOf[ti]!]! });
  }
}
