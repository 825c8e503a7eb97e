/**
 * Rows of the allocation table (pure): the allocation for the chosen inputs, each unit's actual
 * result in the target year, the gap and the status against its allocated target, its rate series
 * for the sparkline, and a totals row that must reconcile to the parent target.
 */
import { allocate, allocationUnitsFrom, explainUnit, type AllocationResult, type Explanation, type Lock } from '../../domain/allocation/index.ts';
import { statusOf, verdictAt, type ProgressStatus, type Verdict } from '../../domain/status/index.ts';
import type { ProvenanceKind } from '../../domain/provenance.ts';
import { comparisonUnits, type Dataset } from '../../domain/dataset.ts';
import { standardOf } from '../../domain/standards.ts';
import { weightedRate } from '../../domain/weightedRate.ts';
import type { AllocationParams } from './params.ts';
import { toFraction } from '../../domain/quantities.ts';

export interface SparkPoint { year: number; value: number; standard: string }

export interface AllocationRow {
  code: string;
  name: string;
  households: number;
  poorBaseline: number;
  baselineRate: number;
  cut: number;
  /** Baseline rate − target rate, pp. */
  cutPp: number;
  targetPoor: number;
  targetRate: number;
  actualRate?: number;
  /** Provenance of the actual rate (an expected or illustrative figure is marked beside it). */
  actualKind?: ProvenanceKind;
  actualPoor?: number;
  /** Actual − target rate, pp (positive = above target). */
  gap?: number;
  /** The unit's status at the screen's year, from the one status engine (the same word as every view). */
  status: ProgressStatus;
  statusYear: number;
  /** Provenance of the value the status judges (an expected or illustrative figure is marked). */
  statusKind?: ProvenanceKind;
  /** The unit's given rate contradicted its counts (the counts are used). */
  flagged: boolean;
  /** This allocation's target judged at its year, once there is a result. */
  verdict?: Verdict;
  locked: boolean;
  lockReason?: string;
  explanation: Explanation;
  spark: SparkPoint[];
}

export interface Totals {
  households: number;
  poorBaseline: number;
  baselineRate: number;
  cut: number;
  cutPp: number;
  targetPoor: number;
  targetRate: number;
  actualRate?: number;
  /** The weakest provenance of the counts the actual rate is summed from. */
  actualKind?: ProvenanceKind;
  gap?: number;
  /** Σ unit targets equals the parent target exactly. */
  reconciles: boolean;
}

export interface AllocationModel {
  result: AllocationResult;
  rows: AllocationRow[];
  totals: Totals;
  /** Compared units left out for lack of base-year counts. */
  missing: string[];
}

/**
 * `year`: the screen's year for the status column, capped at the last year these units have a
 * rate (units of an older vintage are not judged in years after they ended).
 */
export function buildModel(ds: Dataset, p: AllocationParams, locks: readonly Lock[], lang: 'vi' | 'en', year?: number): AllocationModel {
  // A target is shared among the units of its base year's vintage.
  const codes = comparisonUnits(ds, p.base);
  const lastYear = Math.max(p.base, ...codes.map((c) => ds.table.lastYear(c, 'poverty_rate') ?? p.base));
  const statusYear = Math.min(year ?? lastYear, lastYear);
  const { units, missing } = allocationUnitsFrom(ds.table, codes, p.base);
  const result = allocate({
    units, parent: p.parent, method: p.method, locks,
    constraints: { floorRate: p.floorRate, ...(p.capPct !== undefined ? { capShare: toFraction(p.capPct) } : {}) },
  });
  const rows: AllocationRow[] = result.units.map((u) => {
    const series = ds.table.series(u.code, 'poverty_rate');
    const k = series.years.indexOf(p.ty);
    const actualRate = k >= 0 ? series.values[k] : undefined;
    const actualPoor = ds.table.value(u.code, 'poor_households', p.ty);
    const st = statusOf(ds, u.code, statusYear);
    const verdict = verdictAt(series, { year: p.ty, value: u.targetRate }, p.ty);
    return {
      code: u.code,
      name: ds.units.name(u.code, lang),
      households: u.households,
      poorBaseline: u.poorBaseline,
      baselineRate: u.baselineRate,
      cut: u.cut,
      cutPp: u.baselineRate - u.targetRate,
      targetPoor: u.targetPoor,
      targetRate: u.targetRate,
      ...(actualRate !== undefined ? { actualRate, actualKind: ds.table.provenance(series.rows[k]!).kind, gap: actualRate - u.targetRate } : {}),
      ...(actualPoor !== undefined ? { actualPoor } : {}),
      status: st.status,
      statusYear,
      ...(st.provenance ? { statusKind: st.provenance.kind } : {}),
      flagged: st.asReported !== undefined || ds.table.series(u.code, 'poverty_rate').rows.some((r) => ds.table.provenance(r).asReported !== undefined),
      ...(verdict ? { verdict } : {}),
      locked: u.basis === 'locked',
      ...(u.lockReason !== undefined ? { lockReason: u.lockReason } : {}),
      explanation: explainUnit(result, u),
      spark: series.years.map((year, i) => ({ year, value: series.values[i]!, standard: standardOf(ds.standards, year)?.id ?? '' })),
    };
  });
  const sumTarget = rows.reduce((s, r) => s + r.targetPoor, 0);
  const sumCut = rows.reduce((s, r) => s + r.cut, 0);
  const H = result.parent.households;
  const actual = weightedRate(ds.table, rows.map((r) => r.code), 'poverty_rate', p.ty);
  const targetRate = H > 0 ? (100 * sumTarget) / H : 0;
  const totals: Totals = {
    households: H,
    poorBaseline: result.parent.poorBaseline,
    baselineRate: result.parent.baselineRate,
    cut: sumCut,
    cutPp: H > 0 ? (100 * sumCut) / H : 0,
    targetPoor: sumTarget,
    targetRate,
    ...(actual.ok ? { actualRate: actual.value, actualKind: actual.kind, gap: actual.value - targetRate } : {}),
    reconciles: sumTarget === result.parent.targetPoor,
  };
  return { result, rows, totals, missing };
}
