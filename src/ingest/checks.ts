/**
 * Checks on the collected values (collect.ts), as passes over their columns with numeric keys.
 * Errors reject their file row; warnings don't. Total rows ("Tổng cộng", "Toàn tỉnh") become the
 * parent's figures and are checked against the children.
 */
import type { IndicatorId } from '../domain/indicators.ts';
import { describeIndicator } from '../domain/catalogue.ts';
import { RATE_TOLERANCE_PP } from '../domain/derive.ts';
import type { Unit } from '../domain/units.ts';
import { RATE_OF_COUNT } from './synonyms.ts';
import type { ErrorCode, Issue, WarningCode } from './issues.ts';
import { INVALID, MISSING, NUMBER, rowErrorOf, type Values } from './collect.ts';
import { keyMap, type KeyMap } from './intMap.ts';

export const JUMP_PP = 10;
const TOTAL_TOLERANCE_PP = 0.1;
const NOYEAR = /^(\s*|\d{4}\s*[-–]\s*\d{4})$/;

/** Values that load: value index, unit (index into v.units) and, after the checks, indicator and value. */
export interface Checked {
  issues: Issue[];
  accepted: { i: Int32Array; unit: Int32Array; n: number };
  /** Indicator and value of each value after the rate-of-count and scaling rules. */
  ind: Int32Array;
  value: Float64Array;
  totals: { row: number; label: string; parent: string | null }[];
}

export function runChecks(file: string, v: Values, scale: Set<string>, known: readonly Unit[], newUnits: readonly Unit[]): Checked {
  const issues: Issue[] = [];
  const seen = new Set<string>();
  const once = (k: string) => (seen.has(k) ? false : (seen.add(k), true));
  const row = (i: number) => v.fileRow[v.rowOf[i]!]!;
  const add = (severity: Issue['severity'], code: ErrorCode | WarningCode, i: number, column: string, value: string, params: Issue['params'] = {}) => {
    issues.push({ severity, file, row: row(i), column, value, code, params });
  };
  const inds = v.indicators;
  const ind = v.ind.slice();
  const value = v.value.slice();
  const defs: ReturnType<typeof describeIndicator>[] = [];
  const def = (k: number) => defs[k] ?? (defs[k] = describeIndicator(inds.ids[k]!));

  // Fractions: every value of a rate indicator below 1 (checked before scaling); counts per indicator, in order of first value.
  const nI0 = inds.ids.length;
  const rAll = new Int32Array(nI0), rBelow = new Int32Array(nI0), rPercent = new Int32Array(nI0), rFirst = new Int32Array(nI0).fill(-1);
  const rateOrder: number[] = [];
  for (let i = 0; i < v.n; i++) {
    const k = ind[i]!;
    if (v.kind[i] !== NUMBER || inds.kinds[k] !== 'rate') continue;
    if (rFirst[k] === -1) { rFirst[k] = i; rateOrder.push(k); }
    rAll[k]!++;
    if (v.percent[i]) rPercent[k]!++;
    if (Math.abs(value[i]!) < 1) rBelow[k]!++;
  }
  for (const k of rateOrder) {
    const id = inds.ids[k]!;
    if (rAll[k]! > 1 && rBelow[k] === rAll[k] && !rPercent[k] && !scale.has(id)) add('warning', 'fraction_rates', rFirst[k]!, v.column(rFirst[k]!), v.raw(rFirst[k]!), { indicator: id });
  }

  const valid = new Int32Array(v.n);
  let nValid = 0;
  for (let i = 0; i < v.n; i++) {
    const rowError = rowErrorOf(v, i);
    // A breakdown ("Quảng Bình – thành thị") is not the unit: reported, not loaded, not an error.
    if (rowError === 'unit_breakdown') { if (once(`${row(i)}|${rowError}`)) add('warning', 'unit_breakdown', i, v.unitColumn(i), v.unitLabel(i)); continue; }
    if (rowError) { if (once(`${row(i)}|${rowError}`)) add('error', rowError, i, v.unitColumn(i), v.unitLabel(i)); continue; }
    if (!v.indOk[i]) { if (once(`${row(i)}|ind`)) add('error', 'unknown_indicator', i, '', v.indicatorRaw(i)); continue; }
    const year = v.year[i]!;
    // A blank year or a span ("2022-2025"): the row has no single reference year; reported, not loaded.
    if (Number.isNaN(year) && v.yearColumn && NOYEAR.test(v.yearText(i))) {
      if (once(`${row(i)}|noyear`)) add('warning', 'no_single_year', i, v.yearColumn, v.yearText(i));
      continue;
    }
    if (!Number.isInteger(year) || year < 1900 || year > 2100) {
      if (once(`${row(i)}|year|${v.yearText(i)}`)) add('error', 'bad_year', i, v.yearColumn || v.column(i), v.yearText(i));
      continue;
    }
    if (v.kind[i] === INVALID) { add('error', 'non_numeric', i, v.column(i), v.raw(i)); continue; }
    if (v.kind[i] === MISSING) { add('warning', 'missing_value', i, v.column(i), v.raw(i), { unit: v.unitLabel(i), year }); continue; }
    const percent = v.percent[i] === 1;
    if (percent && inds.kinds[ind[i]!] === 'count') { const id = inds.ids[ind[i]!]!; ind[i] = inds.idx(RATE_OF_COUNT[id as IndicatorId] ?? id); }
    if (scale.size && scale.has(inds.ids[ind[i]!]!) && !percent) value[i] = value[i]! * 100;
    const d = def(ind[i]!);
    if (d.kind === 'rate' && (value[i]! < 0 || value[i]! > 100)) { add('error', 'rate_out_of_range', i, v.column(i), v.raw(i)); continue; }
    if (d.kind === 'count' && value[i]! < 0) { add('error', 'negative_count', i, v.column(i), v.raw(i)); continue; }
    if (!d.known && once(`custom|${d.id}`)) add('warning', 'custom_indicator', i, v.column(i), v.indicatorRaw(i), { indicator: d.id });
    valid[nValid++] = i;
  }

  // Duplicates: the same (unit, indicator, year) twice with different values rejects both rows.
  // Numeric keys over the file's own years, dense enough for one array lookup in most files
  // (the indicator list is final by now; a total row's parent may add one unit).
  const nI = inds.ids.length;
  let y0 = 2100, y1 = 1900;
  for (let a = 0; a < nValid; a++) { const y = v.year[valid[a]!]!; if (y < y0) y0 = y; if (y > y1) y1 = y; }
  const nY = nValid ? y1 - y0 + 1 : 1;
  const range = (v.units.length + 1) * nI * nY;
  const key = (u: number, k: number, year: number) => (u * nI + k) * nY + (year - y0);
  const unitOf = (i: number) => v.unit[v.rowOf[i]!]!;
  const byKey = keyMap(range, nValid); // key → child
  // Children (values of units) and, after checkTotals, the parent's values from total rows
  // (one at most per total row, so nValid entries are always enough).
  const ch: Children = { i: new Int32Array(nValid), u: new Int32Array(nValid), n: 0 };
  const totals: number[] = [];
  for (let a = 0; a < nValid; a++) {
    const i = valid[a]!;
    if (v.total[v.rowOf[i]!]) { totals.push(i); continue; }
    const k = key(unitOf(i), ind[i]!, v.year[i]!);
    const prev = byKey.get(k);
    if (prev === undefined) { byKey.set(k, ch.n); ch.i[ch.n] = i; ch.u[ch.n++] = unitOf(i); continue; }
    const p = ch.i[prev]!;
    if (value[p] !== value[i]) {
      add('error', 'duplicate_conflict', i, v.column(i), v.raw(i), { other: row(p), otherValue: v.raw(p) });
      add('error', 'duplicate_conflict', p, v.column(p), v.raw(p), { other: row(i), otherValue: v.raw(i) });
    }
  }

  // Poor (or near-poor) households above all households.
  const totalHh = inds.find('total_households');
  const poorInds = new Set([inds.find('poor_households'), inds.find('near_poor_households')].filter((x) => x !== undefined));
  if (totalHh !== undefined) {
    for (let c = 0; c < ch.n; c++) {
      const i = ch.i[c]!;
      if (!poorInds.has(ind[i]!)) continue;
      const t = byKey.get(key(ch.u[c]!, totalHh, v.year[i]!));
      const ti = t === undefined ? -1 : ch.i[t]!;
      if (ti >= 0 && value[i]! > value[ti]!) add('error', 'poor_exceeds_total', i, v.column(i), v.raw(i), { poor: value[i]!, total: value[ti]!, totalRow: row(ti) });
    }
  }

  // Total rows: the parent's figure, checked against the sum of the units in the file.
  const totalRows = checkTotals(v, { ch, totals, byKey, key, ind, value, add }, known, newUnits);

  // Warnings on what loads: rate vs counts, year gaps, jumps.
  const errRows = new Set(issues.filter((x) => x.severity === 'error').map((x) => x.row));
  const acc = new Int32Array(ch.n);
  let nAcc = 0;
  for (let c = 0; c < ch.n; c++) if (!errRows.size || !errRows.has(row(ch.i[c]!))) acc[nAcc++] = c;
  // Value of an accepted key: with no rejected row, every child is accepted and byKey already says it.
  let okGet = (k: number) => { const c = byKey.get(k); return c === undefined ? undefined : ch.i[c]; };
  if (errRows.size) {
    const okKey = keyMap(range, nAcc);
    for (let a = 0; a < nAcc; a++) { const c = acc[a]!; okKey.set(key(ch.u[c]!, ind[ch.i[c]!]!, v.year[ch.i[c]!]!), ch.i[c]!); }
    okGet = (k) => okKey.get(k);
  }
  // Each rate's numerator and denominator indicators, looked up once per indicator (-1: none; -2: not a ratio).
  const numOf = new Int32Array(nI).fill(-2);
  const denOf = new Int32Array(nI);
  for (let k = 0; k < nI; k++) {
    const ratio = def(k).ratio;
    if (ratio) { numOf[k] = inds.find(ratio.numerator) ?? -1; denOf[k] = inds.find(ratio.denominator) ?? -1; }
  }
  for (let a = 0; a < nAcc; a++) {
    const c = acc[a]!;
    const i = ch.i[c]!;
    if (numOf[ind[i]!] === -2) continue;
    const ni = numOf[ind[i]!]! >= 0 ? numOf[ind[i]!] : undefined;
    const di = denOf[ind[i]!]! >= 0 ? denOf[ind[i]!] : undefined;
    const num = ni === undefined ? undefined : okGet(key(ch.u[c]!, ni, v.year[i]!));
    const den = di === undefined ? undefined : okGet(key(ch.u[c]!, di, v.year[i]!));
    if (num !== undefined && den !== undefined && value[den]! > 0) {
      const fromCounts = (100 * value[num]!) / value[den]!;
      if (Math.abs(fromCounts - value[i]!) > RATE_TOLERANCE_PP) add('warning', 'rate_count_mismatch', i, v.column(i), v.raw(i), { fromCounts: Math.round(fromCounts * 100) / 100 });
    }
  }
  const series = seriesOf(acc, nAcc, (v.units.length + 1) * nI, (c) => ch.u[c]! * nI + ind[ch.i[c]!]!, (c) => v.year[ch.i[c]!]!);
  for (let s = 0; s + 1 < series.offsets.length; s++) {
    for (let k = series.offsets[s]! + 1; k < series.offsets[s + 1]!; k++) {
      const a = ch.i[series.order[k - 1]!]!;
      const b = ch.i[series.order[k]!]!;
      const ya = v.year[a]!, yb = v.year[b]!;
      if (yb - ya > 1) {
        if (once(`gap|${v.units[ch.u[series.order[k]!]!]}|${ya}|${yb}`)) add('warning', 'year_gap', b, v.yearColumn || v.column(b), String(yb), { from: ya, to: yb, unit: v.unitLabel(b) });
      } else if (inds.kinds[ind[b]!] === 'rate' && Math.abs(value[b]! - value[a]!) > JUMP_PP) {
        add('warning', 'jump', b, v.column(b), v.raw(b), { from: value[a]!, to: value[b]!, fromYear: ya, unit: v.unitLabel(b) });
      }
    }
  }
  const accI = new Int32Array(nAcc);
  const accU = new Int32Array(nAcc);
  for (let a = 0; a < nAcc; a++) { accI[a] = ch.i[acc[a]!]!; accU[a] = ch.u[acc[a]!]!; }
  return { issues, accepted: { i: accI, unit: accU, n: nAcc }, ind, value, totals: totalRows };
}

/**
 * The entries of `list` grouped by series (in order of each series' first entry), each series
 * sorted by year: a counting sort, then insertion by year (files nearly always come in year order).
 */
function seriesOf(list: Int32Array, n: number, keys: number, seriesKey: (c: number) => number, yearOf: (c: number) => number): { order: Int32Array; offsets: Int32Array } {
  const ordinal = keyMap(keys, Math.min(n, 1 << 16));
  const sOf = new Int32Array(n);
  const counts: number[] = [];
  for (let a = 0; a < n; a++) {
    const k = seriesKey(list[a]!);
    let s = ordinal.get(k);
    if (s === undefined) { s = counts.length; ordinal.set(k, s); counts.push(0); }
    sOf[a] = s;
    counts[s]!++;
  }
  const offsets = new Int32Array(counts.length + 1);
  for (let s = 0; s < counts.length; s++) offsets[s + 1] = offsets[s]! + counts[s]!;
  const fill = offsets.slice(0, -1);
  const order = new Int32Array(n);
  for (let a = 0; a < n; a++) {
    const s = sOf[a]!;
    const c = list[a]!;
    const y = yearOf(c);
    let p = fill[s]!++;
    while (p > offsets[s]! && yearOf(order[p - 1]!) > y) { order[p] = order[p - 1]!; p--; }
    order[p] = c;
  }
  return { order, offsets };
}

interface Children { i: Int32Array; u: Int32Array; n: number }

interface TotalsState {
  ch: Children; totals: number[]; byKey: KeyMap;
  key: (u: number, k: number, year: number) => number; ind: Int32Array; value: Float64Array;
  add: (severity: Issue['severity'], code: ErrorCode | WarningCode, i: number, column: string, value: string, params?: Issue['params']) => void;
}

/** Each total row against the sum of the units (not the parent) in its indicator and year; then it stands for the parent. */
function checkTotals(v: Values, s: TotalsState, known: readonly Unit[], newUnits: readonly Unit[]) {
  const { ch, byKey, key, ind, value, add } = s;
  const out: { row: number; label: string; parent: string | null }[] = [];
  if (!s.totals.length) return out;
  const parentOf = new Map([...known, ...newUnits].map((u) => [u.code, u.parent]));
  // The parents of the units in the file (each unit looked at once, without a set of 300,000 numbers).
  const parents = new Set<string | null>();
  const seenUnit = new Uint8Array(v.units.length);
  for (let c = 0; c < ch.n; c++) {
    const u = ch.u[c]!;
    if (seenUnit[u]) continue;
    seenUnit[u] = 1;
    parents.add(parentOf.get(v.units[u]!) ?? null);
  }
  const parent = parents.size === 1 ? [...parents][0]! : null;
  let parentIdx = parent === null ? -1 : v.units.indexOf(parent);
  if (parent !== null && parentIdx < 0) { parentIdx = v.units.length; v.units.push(parent); }
  // Sums per (indicator, year) over the units other than the parent, in file order (the same float sums).
  // Two arrays by indicator × year (years 1900–2100), not an object per key.
  const sum = new Float64Array(v.indicators.ids.length * 256);
  const count = new Int32Array(v.indicators.ids.length * 256);
  for (let c = 0; c < ch.n; c++) {
    if (ch.u[c] === parentIdx) continue;
    const i = ch.i[c]!;
    const k = ind[i]! * 256 + (v.year[i]! - 1900);
    sum[k] = count[k] ? sum[k]! + value[i]! : value[i]!;
    count[k]!++;
  }
  const sumOf = (id: string, year: number) => { const k = v.indicators.find(id); return k === undefined ? 0 : sum[k * 256 + (year - 1900)]!; };
  for (const t of s.totals) {
    const row = v.fileRow[v.rowOf[t]!]!;
    if (!out.some((r) => r.row === row)) {
      out.push({ row, label: v.unitLabel(t), parent });
      if (!parent) add('warning', 'total_no_parent', t, v.unitColumn(t), v.unitLabel(t));
    }
    const year = v.year[t]!;
    const d = describeIndicator(v.indicators.ids[ind[t]!]!);
    let expected: number | null = null;
    let tol = 0.5;
    if (d.kind === 'count' && count[ind[t]! * 256 + (year - 1900)]! > 0) expected = sumOf(d.id, year);
    else if (d.ratio) {
      const den = sumOf(d.ratio.denominator, year);
      if (den > 0) { expected = (100 * sumOf(d.ratio.numerator, year)) / den; tol = TOTAL_TOLERANCE_PP; }
    }
    if (expected !== null && Math.abs(expected - value[t]!) > tol) {
      add('warning', 'total_mismatch', t, v.column(t), v.raw(t), { expected: Math.round(expected * 100) / 100, label: v.unitLabel(t) });
    }
    if (parentIdx >= 0 && !byKey.has(key(parentIdx, ind[t]!, year))) {
      byKey.set(key(parentIdx, ind[t]!, year), ch.n);
      ch.i[ch.n] = t;
      ch.u[ch.n++] = parentIdx;
    }
  }
  return out;
}
