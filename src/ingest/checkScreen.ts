/**
 * The checks' first pass (checks.ts): each value once, in file order, for what it is on its own —
 * its row's problem, its year, its cell, its range, a percent count, scaling — and the counts for
 * the fraction warning. Small functions over typed arrays in locals: the import worker is fresh
 * for each file, and a short loop is optimised long before one inside a large function is.
 */
import type { IndicatorId } from '../domain/indicators.ts';
import { RATE_OF_COUNT } from './synonyms.ts';
import { INVALID, MISSING, NUMBER, rowErrorOf, type Values } from './collect.ts';
import type { Report } from './checkReport.ts';
import { fresh, type Alloc } from './scratch.ts';
import { filled } from './lists.ts';

const NOYEAR = /^(\s*|\d{4}\s*[-–]\s*\d{4})$/;
const RATE = 1, COUNT = 2, CUSTOM = 4;

/** Values that passed (indices, in order), their years' range, and each rate's counts for the fraction warning. */
export interface Screened {
  valid: Int32Array; n: number; y0: number; y1: number;
  /** Indicator and value of each value after the percent and scaling rules (v.ind and v.value unless one applied). */
  ind: Int32Array; value: Float64Array;
  rate: { all: Int32Array; below: Int32Array; percent: Int32Array; first: Int32Array; order: number[] };
}

/**
 * Reports and leaves out what cannot load; maps a percent count to its rate and scales what
 * `scale` names (in copies of v.ind and v.value, made when first needed: most files need neither).
 */
export function screen(v: Values, scale: Set<string>, rep: Report, mem: Alloc = fresh): Screened {
  const inds = v.indicators;
  const nI0 = inds.ids.length;
  const isRate = new Uint8Array(nI0);
  for (let k = 0; k < nI0; k++) isRate[k] = inds.kinds[k] === 'rate' ? 1 : 0;
  const rate = { all: new Int32Array(nI0), below: new Int32Array(nI0), percent: new Int32Array(nI0), first: new Int32Array(nI0).fill(-1), order: [] as number[] };
  const rAll = rate.all, rBelow = rate.below, rPercent = rate.percent, rFirst = rate.first;
  // Per indicator (the list grows when a percent count becomes its rate): rate, count, custom not yet reported.
  const flags = filled<number | undefined>(v.indicators.ids.length, undefined);
  const n = v.n, kind = v.kind, pct = v.percent, year = v.year, rowOf = v.rowOf, rowErr = v.rowError, indOk = v.indOk;
  const hasScale = scale.size > 0;
  let ind = v.ind, value = v.value, ownInd = false, ownValue = false;
  const valid = mem.i32(n);
  let nValid = 0, y0 = 2100, y1 = 1900;
  for (let i = 0; i < n; i++) {
    let k = ind[i]!;
    const kd = kind[i]!;
    // Fractions: every value of a rate indicator, before the percent and scaling rules, counted by its indicator.
    if (kd === NUMBER && isRate[k] === 1) {
      if (rFirst[k] === -1) { rFirst[k] = i; rate.order.push(k); }
      rAll[k]!++;
      if (pct[i]) rPercent[k]!++;
      if (Math.abs(value[i]!) < 1) rBelow[k]!++;
    }
    if (rowErr[rowOf[i]!] !== 0 || !indOk[i]) { rowProblem(v, i, rep); continue; }
    const y = year[i]!;
    if (!(y >= 1900 && y <= 2100 && Number.isInteger(y))) { badYear(v, i, rep); continue; }
    if (kd === INVALID) { rep.add('error', 'non_numeric', i, v.column(i), v.raw(i)); continue; }
    if (kd === MISSING) { rep.add('warning', 'missing_value', i, v.column(i), v.raw(i), { unit: v.unitLabel(i), year: y }); continue; }
    const percent = pct[i] === 1;
    let f = flags[k] ?? flagOf(rep, flags, k);
    if (percent && (f & COUNT)) {
      const id = inds.ids[k]!;
      if (!ownInd) { ind = ind.slice(); ownInd = true; }
      ind[i] = k = inds.idx(RATE_OF_COUNT[id as IndicatorId] ?? id);
      f = flags[k] ?? flagOf(rep, flags, k);
    }
    if (hasScale && !percent && scale.has(inds.ids[k]!)) {
      if (!ownValue) { value = value.slice(); ownValue = true; }
      value[i] = value[i]! * 100;
    }
    const x = value[i]!;
    if ((f & RATE) && (x < 0 || x > 100)) { rep.add('error', 'rate_out_of_range', i, v.column(i), v.raw(i)); continue; }
    if ((f & COUNT) && x < 0) { rep.add('error', 'negative_count', i, v.column(i), v.raw(i)); continue; }
    if (f & CUSTOM) { flags[k] = f & ~CUSTOM; rep.add('warning', 'custom_indicator', i, v.column(i), v.indicatorRaw(i), { indicator: inds.ids[k]! }); }
    valid[nValid++] = i;
    if (y < y0) y0 = y;
    if (y > y1) y1 = y;
  }
  return { valid, n: nValid, y0, y1, rate, ind, value };
}

function flagOf(rep: Report, flags: (number | undefined)[], k: number): number {
  const d = rep.def(k);
  return (flags[k] = (d.kind === 'rate' ? RATE : d.kind === 'count' ? COUNT : 0) | (d.known ? 0 : CUSTOM));
}

/** A row the collect step refused (its unit) or whose indicator is unknown: reported once per row. */
function rowProblem(v: Values, i: number, rep: Report): void {
  const row = v.fileRow[v.rowOf[i]!]!;
  const rowError = rowErrorOf(v, i);
  // A breakdown ("Quảng Bình – thành thị") is not the unit: reported, not loaded, not an error.
  if (rowError === 'unit_breakdown') { if (rep.once(`${row}|${rowError}`)) rep.add('warning', 'unit_breakdown', i, v.unitColumn(i), v.unitLabel(i)); return; }
  if (rowError) { if (rep.once(`${row}|${rowError}`)) rep.add('error', rowError, i, v.unitColumn(i), v.unitLabel(i)); return; }
  if (rep.once(`${row}|ind`)) rep.add('error', 'unknown_indicator', i, '', v.indicatorRaw(i));
}

/** A value without one reference year between 1900 and 2100. */
function badYear(v: Values, i: number, rep: Report): void {
  const row = v.fileRow[v.rowOf[i]!]!;
  const year = v.year[i]!;
  // A blank year or a span ("2022-2025"): the row has no single reference year; reported, not loaded.
  if (Number.isNaN(year) && v.yearColumn && NOYEAR.test(v.yearText(i))) {
    if (rep.once(`${row}|noyear`)) rep.add('warning', 'no_single_year', i, v.yearColumn, v.yearText(i));
    return;
  }
  if (rep.once(`${row}|year|${v.yearText(i)}`)) rep.add('error', 'bad_year', i, v.yearColumn || v.column(i), v.yearText(i));
}
