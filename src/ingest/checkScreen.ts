/**
 * The checks' first pass (checks.ts): each value once, in file order, for what it is on its own —
 * its row's problem, its year, its cell, its range, a percent count, scaling — and the counts for
 * the fraction warning. Small functions over typed arrays in locals: a short loop is optimised long
 * before one inside a large function is, and a function called many times is kept between imports.
 */
import type { IndicatorId } from '../domain/indicators.ts';
import { RATE_OF_COUNT } from './synonyms.ts';
import { INVALID, MISSING, NUMBER, rowErrorOf, type Values } from './collect.ts';
import type { Report } from './checkReport.ts';
import { fresh, type Alloc } from './scratch.ts';
import { filled, PART } from './lists.ts';

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
  const pass = new ScreenPass(v, scale, rep, mem);
  for (let i = 0; i < v.n; i += PART) pass.run(i, Math.min(v.n, i + PART));
  return pass.result();
}

class ScreenPass {
  private readonly isRate: Uint8Array;
  private readonly rate: Screened['rate'];
  // Per indicator (the list grows when a percent count becomes its rate): rate, count, custom not yet reported.
  private readonly flags: (number | undefined)[];
  private readonly valid: Int32Array;
  private readonly hasScale: boolean;
  private ind: Int32Array;
  private value: Float64Array;
  private ownInd = false;
  private ownValue = false;
  private nValid = 0;
  private y0 = 2100;
  private y1 = 1900;

  constructor(private readonly v: Values, private readonly scale: Set<string>, private readonly rep: Report, mem: Alloc) {
    const inds = v.indicators;
    const nI0 = inds.ids.length;
    this.isRate = new Uint8Array(nI0);
    for (let k = 0; k < nI0; k++) this.isRate[k] = inds.kinds[k] === 'rate' ? 1 : 0;
    this.rate = { all: new Int32Array(nI0), below: new Int32Array(nI0), percent: new Int32Array(nI0), first: new Int32Array(nI0).fill(-1), order: [] as number[] };
    this.flags = filled<number | undefined>(nI0, undefined);
    this.valid = mem.i32(v.n);
    this.hasScale = scale.size > 0;
    this.ind = v.ind;
    this.value = v.value;
  }

  run(from: number, to: number): void {
    const { v, rep, rate, flags, isRate, valid, hasScale, scale } = this;
    const inds = v.indicators;
    const rAll = rate.all, rBelow = rate.below, rPercent = rate.percent, rFirst = rate.first;
    const kind = v.kind, pct = v.percent, year = v.year, rowOf = v.rowOf, rowErr = v.rowError, indOk = v.indOk;
    let ind = this.ind, value = this.value, ownInd = this.ownInd, ownValue = this.ownValue;
    let nValid = this.nValid, y0 = this.y0, y1 = this.y1;
    for (let i = from; i < to; i++) {
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
    this.ind = ind; this.value = value; this.ownInd = ownInd; this.ownValue = ownValue;
    this.nValid = nValid; this.y0 = y0; this.y1 = y1;
  }

  result(): Screened {
    return { valid: this.valid, n: this.nValid, y0: this.y0, y1: this.y1, rate: this.rate, ind: this.ind, value: this.value };
  }
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
  if (rep.once(`${row}|ind`)) rep.add('error', 'unknown_indicator', i, v.indicatorColumn, v.indicatorRaw(i));
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
