/**
 * Warnings on the values that load (checks.ts), each a pass over typed arrays: a rate against
 * its counts, and each series (unit, indicator) in year order for gaps and jumps.
 */
import { RATE_TOLERANCE_PP } from '../domain/derive.ts';
import type { Values } from './collect.ts';
import { keyMap, type KeyMap } from './intMap.ts';
import type { Report } from './checkReport.ts';
import type { Children } from './checkTotals.ts';
import { PART } from './lists.ts';

export const JUMP_PP = 10;

/**
 * Accepted values: the children `acc` lists (null: every child, none rejected), with the map from
 * a (unit, indicator, year) key to an accepted child.
 */
export interface Accepted {
  acc: Int32Array | null; n: number; ch: Children; map: KeyMap;
  /** Keys as checks.ts builds them: (unit × nI + indicator) × nY + year − y0. */
  nI: number; nY: number; y0: number;
}

/**
 * A rate against its numerator and denominator in the same unit and year (`numOf`, `denOf`: each
 * indicator's, or -1). Each pass here runs in parts (lists.ts PART).
 */
export function rateCounts(v: Values, s: Accepted, ind: Int32Array, value: Float64Array, numOf: Int32Array, denOf: Int32Array, rep: Report): void {
  for (let a = 0; a < s.n; a += PART) ratePart(a, Math.min(s.n, a + PART), v, s, ind, value, numOf, denOf, rep);
}

function ratePart(from: number, to: number, v: Values, s: Accepted, ind: Int32Array, value: Float64Array, numOf: Int32Array, denOf: Int32Array, rep: Report): void {
  const { acc, map, nI, nY, y0 } = s;
  const chI = s.ch.i, chU = s.ch.u, year = v.year;
  for (let a = from; a < to; a++) {
    const c = acc === null ? a : acc[a]!;
    const i = chI[c]!;
    const nk = numOf[ind[i]!]!, dk = denOf[ind[i]!]!;
    if (nk < 0 || dk < 0) continue;
    const base = chU[c]! * nI, yo = year[i]! - y0;
    const cn = map.get((base + nk) * nY + yo);
    if (cn === undefined) continue;
    const cd = map.get((base + dk) * nY + yo);
    if (cd === undefined) continue;
    const num = chI[cn]!, den = chI[cd]!;
    if (value[den]! > 0) {
      const fromCounts = (100 * value[num]!) / value[den]!;
      if (Math.abs(fromCounts - value[i]!) > RATE_TOLERANCE_PP) rep.add('warning', 'rate_count_mismatch', i, v.column(i), v.raw(i), { fromCounts: Math.round(fromCounts * 100) / 100 });
    }
  }
}

/**
 * Each series in year order: a gap of more than a year, else a rate's jump of more than JUMP_PP
 * points. `scratch` (at least s.n long) may be overwritten.
 */
export function gapsAndJumps(v: Values, s: Accepted, ind: Int32Array, value: Float64Array, isRate: Uint8Array, rep: Report, scratch: Int32Array): void {
  const series = seriesOf(s, ind, v.year, (v.units.length + 1) * s.nI, scratch);
  const nS = series.offsets.length - 1;
  for (let q = 0; q < nS; q += PART) gapsPart(q, Math.min(nS, q + PART), v, s, series, ind, value, isRate, rep);
}

/** Series from..to for gaps and jumps. */
function gapsPart(from: number, to: number, v: Values, s: Accepted, series: Series, ind: Int32Array, value: Float64Array, isRate: Uint8Array, rep: Report): void {
  const chI = s.ch.i, chU = s.ch.u, year = v.year;
  const { order, offsets } = series;
  for (let q = from; q < to; q++) {
    for (let k = offsets[q]! + 1; k < offsets[q + 1]!; k++) {
      const a = chI[order[k - 1]!]!;
      const b = chI[order[k]!]!;
      const ya = year[a]!, yb = year[b]!;
      if (yb - ya > 1) {
        if (rep.once(`gap|${v.units[chU[order[k]!]!]}|${ya}|${yb}`)) rep.add('warning', 'year_gap', b, v.yearColumn || v.column(b), String(yb), { from: ya, to: yb, unit: v.unitLabel(b) });
      } else if (isRate[ind[b]!] === 1 && Math.abs(value[b]! - value[a]!) > JUMP_PP) {
        rep.add('warning', 'jump', b, v.column(b), v.raw(b), { from: value[a]!, to: value[b]!, fromYear: ya, unit: v.unitLabel(b) });
      }
    }
  }
}

export interface Series { order: Int32Array; offsets: Int32Array }

/**
 * The accepted children grouped by series (unit, indicator), in order of each series' first entry,
 * each in year order. A (unit, indicator, year) has one child at most, so when the keys are dense
 * (most files: every unit has most years) walking each series' years in the key map is the order;
 * else a counting sort by series and insertion by year.
 */
export function seriesOf(s: Accepted, ind: Int32Array, year: Float64Array, keys: number, scratch: Int32Array): Series {
  const { acc, n, nI } = s;
  const chI = s.ch.i, chU = s.ch.u;
  const seen = new Uint8Array(keys);
  const list: number[] = [];
  for (let a = 0; a < n; a += PART) firstOfSeries(a, Math.min(n, a + PART), acc, chI, chU, nI, ind, seen, list);
  return list.length * s.nY <= 2 * n + 4096 ? seriesByScan(s, list, scratch) : seriesBySort(s, ind, year, keys, scratch);
}

function firstOfSeries(from: number, to: number, acc: Int32Array | null, chI: Int32Array, chU: Int32Array, nI: number, ind: Int32Array, seen: Uint8Array, list: number[]): void {
  for (let a = from; a < to; a++) {
    const c = acc === null ? a : acc[a]!;
    const k = chU[c]! * nI + ind[chI[c]!]!;
    if (seen[k] === 0) { seen[k] = 1; list.push(k); }
  }
}

/** Each series' children read from the key map, year by year. */
export function seriesByScan(s: Accepted, list: readonly number[], scratch: Int32Array): Series {
  const order = scratch.length >= s.n ? scratch : new Int32Array(s.n);
  const offsets = new Int32Array(list.length + 1);
  for (let q = 0; q < list.length; q += PART) scanPart(q, Math.min(list.length, q + PART), s.map, s.nY, list, order, offsets);
  return { order, offsets };
}

/** Series from..to, each from where the one before ended (offsets[from]). */
function scanPart(from: number, to: number, map: KeyMap, nY: number, list: readonly number[], order: Int32Array, offsets: Int32Array): void {
  let p = offsets[from]!;
  for (let q = from; q < to; q++) {
    const k0 = list[q]! * nY;
    for (let y = 0; y < nY; y++) { const c = map.get(k0 + y); if (c !== undefined) order[p++] = c; }
    offsets[q + 1] = p;
  }
}

/** Counting sort by series, then insertion by year (files nearly always come in year order). */
export function seriesBySort(s: Accepted, ind: Int32Array, year: Float64Array, keys: number, scratch: Int32Array): Series {
  const { acc, n, nI } = s;
  const chI = s.ch.i, chU = s.ch.u;
  const ordinal = keyMap(keys, Math.min(n, 1 << 16));
  const sOf = scratch.length >= n ? scratch : new Int32Array(n);
  let counts = new Int32Array(256);
  let nS = 0;
  for (let a = 0; a < n; a++) {
    const c = acc === null ? a : acc[a]!;
    const k = chU[c]! * nI + ind[chI[c]!]!;
    let q = ordinal.get(k);
    if (q === undefined) {
      q = nS++;
      ordinal.set(k, q);
      if (nS > counts.length) { const b = new Int32Array(counts.length * 2); b.set(counts); counts = b; }
    }
    sOf[a] = q;
    counts[q]!++;
  }
  const offsets = new Int32Array(nS + 1);
  for (let q = 0; q < nS; q++) offsets[q + 1] = offsets[q]! + counts[q]!;
  const fill = offsets.slice(0, -1);
  const order = new Int32Array(n);
  for (let a = 0; a < n; a++) {
    const q = sOf[a]!;
    const c = acc === null ? a : acc[a]!;
    const y = year[chI[c]!]!;
    let p = fill[q]!++;
    while (p > offsets[q]! && year[chI[order[p - 1]!]!]! > y) { order[p] = order[p - 1]!; p--; }
    order[p] = c;
  }
  return { order, offsets };
}
