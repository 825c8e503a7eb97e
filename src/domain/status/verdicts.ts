/**
 * A plan's verdict table: each rate target of a unit judged at its own year — met, missed (by how
 * many pp and households), or not yet known. The value judged keeps its provenance, so a verdict
 * read from an expected figure says so.
 */
import type { Dataset } from '../dataset.ts';
import type { ProvenanceKind } from '../provenance.ts';
import type { Target } from '../targets.ts';
import { verdictAt, type Verdict } from './assess.ts';
import { rateTargetsByUnit } from './shares.ts';

export interface VerdictRow {
  target: Target;
  /** Missing when the data has no value at the target's year yet. */
  verdict?: Verdict;
  kind?: ProvenanceKind;
  /** Poor households above (missed) or below (met) the target, on the year's own households. */
  byHouseholds?: number;
}

export function planVerdicts(ds: Dataset, unit: string, upToYear = Infinity): VerdictRow[] {
  const series = ds.table.series(unit, 'poverty_rate');
  return (rateTargetsByUnit(ds.targets).get(unit) ?? []).map((target) => {
    const verdict = verdictAt(series, target, upToYear);
    if (!verdict) return { target };
    const k = series.years.indexOf(target.year);
    const H = ds.table.value(unit, 'total_households', target.year);
    return {
      target, verdict, kind: ds.table.provenance(series.rows[k]!).kind,
      ...(H !== undefined ? { byHouseholds: Math.round((verdict.byPp * H) / 100) } : {}),
    };
  });
}

/** True when every target of the unit has a verdict: the plan is finished. */
export function planFinished(rows: readonly VerdictRow[]): boolean {
  return rows.length > 0 && rows.every((r) => r.verdict !== undefined);
}
