/**
 * Checks on candidate values. Errors reject their file row; warnings don't. Total rows
 * ("Tổng cộng", "Toàn tỉnh") become the parent's figures and are checked against the children.
 */
import type { IndicatorId } from '../domain/indicators.ts';
import { describeIndicator } from '../domain/catalogue.ts';
import { RATE_TOLERANCE_PP } from '../domain/derive.ts';
import type { Unit } from '../domain/units.ts';
import type { ParsedCell } from './numbers.ts';
import { RATE_OF_COUNT } from './synonyms.ts';
import type { ErrorCode, Issue, WarningCode } from './issues.ts';

export interface Candidate {
  row: number;
  col: number;
  column: string;
  raw: string;
  /** Resolved unit code ('' for a total row until its parent is known). */
  unit: string;
  unitLabel: string;
  total: boolean;
  /** A catalogue id, or a custom id made from the file's label (any indicator set loads). */
  indicator: string;
  indicatorOk: boolean;
  indicatorRaw: string;
  year: number | null;
  yearText: string;
  yearColumn: string;
  rowError: 'missing_unit' | 'unit_skipped' | 'unit_out_of_time' | null;
  parsed: ParsedCell;
  value: number;
}

export const JUMP_PP = 10;
const TOTAL_TOLERANCE_PP = 0.1;

export function runChecks(file: string, cands: Candidate[], scale: Set<string>, known: readonly Unit[], newUnits: readonly Unit[]) {
  const issues: Issue[] = [];
  const seenRowIssue = new Set<string>();
  const add = (severity: Issue['severity'], code: ErrorCode | WarningCode, c: Pick<Candidate, 'row'> & Partial<Candidate>, column: string, value: string, params: Issue['params'] = {}) => {
    issues.push({ severity, file, row: c.row, column, value, code, params });
  };
  const once = (k: string) => (seenRowIssue.has(k) ? false : (seenRowIssue.add(k), true));

  // Fractions: every value of a rate indicator below 1 (checked before scaling).
  const rateVals = new Map<string, { all: number; below: number; percent: number; first: Candidate }>();
  for (const c of cands) {
    if (c.parsed.kind !== 'number' || describeIndicator(c.indicator).kind !== 'rate') continue;
    const s = rateVals.get(c.indicator) ?? { all: 0, below: 0, percent: 0, first: c };
    s.all++;
    if (c.parsed.percent) s.percent++;
    if (Math.abs(c.parsed.value) < 1) s.below++;
    rateVals.set(c.indicator, s);
  }
  for (const [ind, s] of rateVals) {
    if (s.all > 1 && s.below === s.all && !s.percent && !scale.has(ind)) add('warning', 'fraction_rates', s.first, s.first.column, s.first.raw, { indicator: ind });
  }

  const valid: Candidate[] = [];
  for (const c0 of cands) {
    let c = c0;
    if (c.rowError) { if (once(`${c.row}|${c.rowError}`)) add('error', c.rowError, c, '', c.unitLabel); continue; }
    if (!c.indicatorOk) { if (once(`${c.row}|ind`)) add('error', 'unknown_indicator', c, '', c.indicatorRaw); continue; }
    if (c.year === null || !Number.isInteger(c.year) || c.year < 1900 || c.year > 2100) {
      if (once(`${c.row}|year|${c.yearText}`)) add('error', 'bad_year', c, c.yearColumn || c.column, c.yearText);
      continue;
    }
    if (c.parsed.kind === 'invalid') { add('error', 'non_numeric', c, c.column, c.raw); continue; }
    if (c.parsed.kind === 'missing') { add('warning', 'missing_value', c, c.column, c.raw, { unit: c.unitLabel, year: c.year }); continue; }
    const percent = c.parsed.kind === 'number' && c.parsed.percent;
    if (percent && describeIndicator(c.indicator).kind === 'count') c = { ...c, indicator: RATE_OF_COUNT[c.indicator as IndicatorId] ?? c.indicator };
    if (scale.has(c.indicator) && !percent) c = { ...c, value: c.value * 100 };
    const def = describeIndicator(c.indicator);
    if (def.kind === 'rate' && (c.value < 0 || c.value > 100)) { add('error', 'rate_out_of_range', c, c.column, c.raw); continue; }
    if (def.kind === 'count' && c.value < 0) { add('error', 'negative_count', c, c.column, c.raw); continue; }
    if (!describeIndicator(c.indicator).known && once(`custom|${c.indicator}`)) {
      add('warning', 'custom_indicator', c, c.column, c.indicatorRaw, { indicator: c.indicator });
    }
    valid.push(c);
  }

  // Duplicates: the same (unit, indicator, year) twice with different values rejects both rows.
  const key = (c: Candidate, unit = c.unit) => `${unit}\u0001${c.indicator}\u0001${c.year}`;
  const byKey = new Map<string, Candidate>();
  const children: Candidate[] = [];
  const totals: Candidate[] = [];
  for (const c of valid) {
    if (c.total) { totals.push(c); continue; }
    const prev = byKey.get(key(c));
    if (!prev) { byKey.set(key(c), c); children.push(c); continue; }
    if (prev.value !== c.value) {
      add('error', 'duplicate_conflict', c, c.column, c.raw, { other: prev.row, otherValue: prev.raw });
      add('error', 'duplicate_conflict', prev, prev.column, prev.raw, { other: c.row, otherValue: c.raw });
    }
  }

  // Poor (or near-poor) households above all households.
  for (const c of children) {
    if (c.indicator !== 'poor_households' && c.indicator !== 'near_poor_households') continue;
    const tot = byKey.get(`${c.unit}\u0001total_households\u0001${c.year}`);
    if (tot && c.value > tot.value) add('error', 'poor_exceeds_total', c, c.column, c.raw, { poor: c.value, total: tot.value, totalRow: tot.row });
  }

  // Total rows: the parent's figure, checked against the sum of the units in the file.
  const parentOf = new Map([...known, ...newUnits].map((u) => [u.code, u.parent]));
  const parents = new Set(children.map((c) => parentOf.get(c.unit) ?? null));
  const parent = parents.size === 1 ? [...parents][0]! : null;
  const totalRows: { row: number; label: string; parent: string | null }[] = [];
  for (const t of totals) {
    if (!totalRows.some((r) => r.row === t.row)) {
      totalRows.push({ row: t.row, label: t.unitLabel, parent });
      if (!parent) add('warning', 'total_no_parent', t, '', t.unitLabel);
    }
    const kids = children.filter((c) => c.indicator === t.indicator && c.year === t.year && c.unit !== parent);
    const sum = (ind: string) => children.filter((c) => c.indicator === ind && c.year === t.year && c.unit !== parent).reduce((s, c) => s + c.value, 0);
    const ratio = describeIndicator(t.indicator).ratio;
    let expected: number | null = null;
    let tol = 0.5;
    if (describeIndicator(t.indicator).kind === 'count' && kids.length) expected = sum(t.indicator);
    else if (ratio) {
      const den = sum(ratio.denominator);
      if (den > 0) { expected = (100 * sum(ratio.numerator)) / den; tol = TOTAL_TOLERANCE_PP; }
    }
    if (expected !== null && Math.abs(expected - t.value) > tol) {
      add('warning', 'total_mismatch', t, t.column, t.raw, { expected: Math.round(expected * 100) / 100, label: t.unitLabel });
    }
    if (parent && !byKey.has(key(t, parent))) {
      const pc = { ...t, unit: parent };
      byKey.set(key(pc), pc);
      children.push(pc);
    }
  }

  // Warnings on what loads: rate vs counts, year gaps, jumps.
  const errRows = new Set(issues.filter((i) => i.severity === 'error').map((i) => i.row));
  const accepted = children.filter((c) => !errRows.has(c.row));
  const okKey = new Map(accepted.map((c) => [key(c), c]));
  const series = new Map<string, Candidate[]>();
  for (const c of accepted) {
    const ratio = describeIndicator(c.indicator).ratio;
    if (ratio) {
      const num = okKey.get(`${c.unit}\u0001${ratio.numerator}\u0001${c.year}`);
      const den = okKey.get(`${c.unit}\u0001${ratio.denominator}\u0001${c.year}`);
      if (num && den && den.value > 0) {
        const fromCounts = (100 * num.value) / den.value;
        if (Math.abs(fromCounts - c.value) > RATE_TOLERANCE_PP) add('warning', 'rate_count_mismatch', c, c.column, c.raw, { fromCounts: Math.round(fromCounts * 100) / 100 });
      }
    }
    const sk = `${c.unit}\u0001${c.indicator}`;
    series.set(sk, [...(series.get(sk) ?? []), c]);
  }
  for (const list of series.values()) {
    list.sort((a, b) => a.year! - b.year!);
    for (let k = 1; k < list.length; k++) {
      const a = list[k - 1]!;
      const b = list[k]!;
      if (b.year! - a.year! > 1) {
        if (once(`gap|${b.unit}|${a.year}|${b.year}`)) add('warning', 'year_gap', b, b.yearColumn || b.column, String(b.year), { from: a.year!, to: b.year!, unit: b.unitLabel });
      } else if (describeIndicator(b.indicator).kind === 'rate' && Math.abs(b.value - a.value) > JUMP_PP) {
        add('warning', 'jump', b, b.column, b.raw, { from: a.value, to: b.value, fromYear: a.year!, unit: b.unitLabel });
      }
    }
  }
  return { issues, accepted, totals: totalRows };
}
