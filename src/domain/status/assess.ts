/**
 * Status of a rate against a target (lower is better), in the spirit of Open SDG's progress
 * statuses but with linear pace in percentage points, which is how the targets are set:
 *
 *   required = (latest − target) / (target year − latest year)     pp per year still needed
 *   pace     = −(recent change per year)                            pp per year actually cut (pace.ts)
 *   ratio    = pace / required
 *
 * achieved: latest ≤ target. off-track: the target year has passed unmet, or ratio < 0.5
 * (including a rising rate). at-risk: 0.5 ≤ ratio < 0.95. on-track: ratio ≥ 0.95.
 * no-data: no value, no comparable trend (fewer than two years under the latest year's standard),
 * or the target and the latest value are under different poverty standards.
 * Years to target at the current pace = (latest − target) / pace (Infinity when the rate is not falling).
 */
import { sameStandard, standardOf, type PovertyStandard } from '../standards.ts';
import { latestAt, recentPace, type Pace, type Point } from './pace.ts';

export type ProgressStatus = 'achieved' | 'on-track' | 'at-risk' | 'off-track' | 'no-data';
export const PROGRESS_STATUSES: readonly ProgressStatus[] = ['achieved', 'on-track', 'at-risk', 'off-track', 'no-data'];

export const ON_TRACK_RATIO = 0.95;
export const AT_RISK_RATIO = 0.5;

export type NoDataReason = 'no-value' | 'no-target' | 'no-trend' | 'standard-break';

export interface Assessment {
  status: ProgressStatus;
  reason?: NoDataReason;
  latest?: Point;
  target?: Point;
  /** latest − target, pp (positive = still above target). */
  gap?: number;
  /** pp per year still needed to reach the target by its year. */
  requiredPerYear?: number;
  /** pp per year actually cut recently (positive = falling). */
  pacePerYear?: number;
  pace?: Pace;
  ratio?: number;
  yearsToTarget?: number;
}

export function assess(series: { years: readonly number[]; values: readonly number[]; standardIds?: readonly (string | undefined)[] }, target: Point | undefined,
  standards: readonly PovertyStandard[], atYear: number): Assessment {
  const latest = latestAt(series.years, series.values, atYear);
  if (!latest) return { status: 'no-data', reason: 'no-value' };
  if (!target) return { status: 'no-data', reason: 'no-target', latest };
  const out: Assessment = { status: 'no-data', latest, target, gap: latest.value - target.value };
  const latestStd = series.standardIds?.[series.years.indexOf(latest.year)];
  const targetStd = standardOf(standards, target.year)?.id;
  if (latestStd !== undefined ? standards.length > 0 && latestStd !== targetStd : !sameStandard(standards, latest.year, target.year)) return { ...out, reason: 'standard-break' };
  const pace = recentPace(series.years, series.values, standards, atYear, undefined, series.standardIds);
  if (pace) {
    out.pace = pace;
    out.pacePerYear = -pace.perYear;
    const left = latest.value - target.value;
    out.yearsToTarget = left <= 0 ? 0 : out.pacePerYear > 0 ? left / out.pacePerYear : Infinity;
  }
  if (latest.value <= target.value + 1e-9) return { ...out, status: 'achieved' };
  if (latest.year >= target.year) return { ...out, status: 'off-track' };
  out.requiredPerYear = (latest.value - target.value) / (target.year - latest.year);
  if (out.pacePerYear === undefined) return { ...out, reason: 'no-trend' };
  out.ratio = out.pacePerYear / out.requiredPerYear;
  const status = out.ratio >= ON_TRACK_RATIO ? 'on-track' : out.ratio >= AT_RISK_RATIO ? 'at-risk' : 'off-track';
  return { ...out, status };
}
