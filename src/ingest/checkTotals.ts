/**
 * Total rows ("Tổng cộng", "Toàn tỉnh") in the checks (checks.ts): each is the parent's figure,
 * checked against the sum of the units in the file, and then stands for the parent.
 */
import { describeIndicator } from '../domain/catalogue.ts';
import type { Unit } from '../domain/units.ts';
import type { Values } from './collect.ts';
import type { KeyMap } from './intMap.ts';
import type { Report } from './checkReport.ts';
import { objects, PART } from './lists.ts';

const TOTAL_TOLERANCE_PP = 0.1;

/** Values of units (index into the values, unit), each (unit, indicator, year) once. */
export interface Children { i: Int32Array; u: Int32Array; n: number }

export interface TotalsState {
  ch: Children; totals: number[]; byKey: KeyMap;
  /** Keys as checks.ts builds them: (unit × nI + indicator) × nY + year − y0. */
  nI: number; nY: number; y0: number;
  ind: Int32Array; value: Float64Array; rep: Report;
}

export type TotalRow = { row: number; label: string; parent: string | null };

/** Each total row against the sum of the units (not the parent) in its indicator and year; then it stands for the parent. */
export function checkTotals(v: Values, s: TotalsState, known: readonly Unit[], newUnits: readonly Unit[]): TotalRow[] {
  const { ch, byKey, ind, value, rep } = s;
  const out = objects<TotalRow>();
  if (!s.totals.length) return out;
  const parent = parentOfAll(v, ch, known, newUnits);
  let parentIdx = parent === null ? -1 : v.units.indexOf(parent);
  if (parent !== null && parentIdx < 0) { parentIdx = v.units.length; v.units.push(parent); }
  // Sums per (indicator, year) over the units other than the parent, in file order (the same float sums).
  // Two arrays by indicator × year (years 1900–2100), not an object per key.
  const sum = new Float64Array(v.indicators.ids.length * 256);
  const count = new Int32Array(v.indicators.ids.length * 256);
  for (let c = 0; c < ch.n; c += PART) sumUnits(c, Math.min(ch.n, c + PART), ch, parentIdx, ind, v.year, value, sum, count);
  const year = v.year;
  const rows = new Set<number>();
  for (const t of s.totals) {
    const row = v.fileRow[v.rowOf[t]!]!;
    if (!rows.has(row)) {
      rows.add(row);
      out.push({ row, label: v.unitLabel(t), parent });
      if (!parent) rep.add('warning', 'total_no_parent', t, v.unitColumn(t), v.unitLabel(t));
    }
    const y = year[t]!;
    const d = describeIndicator(v.indicators.ids[ind[t]!]!);
    let expected: number | null = null;
    let tol = 0.5;
    if (d.kind === 'count' && count[ind[t]! * 256 + (y - 1900)]! > 0) expected = sumOf(v, sum, d.id, y);
    else if (d.ratio) {
      const den = sumOf(v, sum, d.ratio.denominator, y);
      if (den > 0) { expected = (100 * sumOf(v, sum, d.ratio.numerator, y)) / den; tol = TOTAL_TOLERANCE_PP; }
    }
    if (expected !== null && Math.abs(expected - value[t]!) > tol) {
      rep.add('warning', 'total_mismatch', t, v.column(t), v.raw(t), { expected: Math.round(expected * 100) / 100, label: v.unitLabel(t) });
    }
    const pk = (parentIdx * s.nI + ind[t]!) * s.nY + (y - s.y0);
    if (parentIdx >= 0 && !byKey.has(pk)) {
      byKey.set(pk, ch.n);
      ch.i[ch.n] = t;
      ch.u[ch.n++] = parentIdx;
    }
  }
  return out;
}

/**
 * The units' sums by indicator and year, children from..to. A small function called in parts
 * (lists.ts PART): the loop inside checkTotals had the whole function (with what it inlines)
 * compiled on-stack anew at several imports.
 */
function sumUnits(from: number, to: number, ch: Children, parentIdx: number, ind: Int32Array, year: Float64Array, value: Float64Array, sum: Float64Array, count: Int32Array): void {
  const chI = ch.i, chU = ch.u;
  for (let c = from; c < to; c++) {
    if (chU[c] === parentIdx) continue;
    const i = chI[c]!;
    const k = ind[i]! * 256 + (year[i]! - 1900);
    sum[k] = count[k] ? sum[k]! + value[i]! : value[i]!;
    count[k]!++;
  }
}

/** The sum of indicator `id` in year y over the units (0: none). A function of the module, not a closure per call: see checkReport.ts. */
function sumOf(v: Values, sum: Float64Array, id: string, y: number): number {
  const k = v.indicators.find(id);
  return k === undefined ? 0 : sum[k * 256 + (y - 1900)]!;
}

/** The one parent of every unit in the file, else null. */
/** A loop rather than `every` with a closure made per import (its inlined call was a deoptimisation at the next one). */
function noParent(units: readonly Unit[]): boolean {
  for (let i = 0; i < units.length; i++) if (units[i]!.parent !== null) return false;
  return true;
}

function parentOfAll(v: Values, ch: Children, known: readonly Unit[], newUnits: readonly Unit[]): string | null {
  // No unit has a parent (a first import of units the file itself brings): no table of 10,000 codes.
  if (noParent(known) && noParent(newUnits)) return null;
  const parentOf = new Map<string, string | null>();
  for (const u of known) parentOf.set(u.code, u.parent);
  // New units without parents (a file's own 10,000 communes): only a code they share with a known
  // unit needs an entry; every other code has none, as it would have null.
  const fresh = noParent(newUnits);
  for (const u of newUnits) if (!fresh || parentOf.has(u.code)) parentOf.set(u.code, u.parent);
  // The parents of the units in the file (each unit looked at once, without a set of 300,000 numbers).
  const parents = new Set<string | null>();
  const seenUnit = new Uint8Array(v.units.length);
  for (let c = 0; c < ch.n; c += PART) parentsOf(c, Math.min(ch.n, c + PART), ch.u, v.units, seenUnit, parentOf, parents);
  return parents.size === 1 ? [...parents][0]! : null;
}

function parentsOf(from: number, to: number, chU: Int32Array, units: readonly string[], seenUnit: Uint8Array, parentOf: Map<string, string | null>, parents: Set<string | null>): void {
  for (let c = from; c < to; c++) {
    const u = chU[c]!;
    if (seenUnit[u]) continue;
    seenUnit[u] = 1;
    parents.add(parentOf.get(units[u]!) ?? null);
  }
}
