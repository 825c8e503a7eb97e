/**
 * Pace and progress status against targets (pure). See assess.ts for the method.
 *
 * The one status engine: `statusOf(dataset, unit, year)` for one unit, `unitStatuses(dataset, year)`
 * for the compared units; every view reads these (README "Status and pace").
 */
export { assess, verdictAt, PROGRESS_STATUSES, ON_TRACK_RATIO, AT_RISK_RATIO, type Assessment, type ProgressStatus, type NoDataReason, type Verdict } from './assess.ts';
export { recentPace, latestAt, PACE_WINDOW_YEARS, type Pace, type Point } from './pace.ts';
export { statusOf, unitStatuses, unitStatusSteps, STATUS_CHUNK, unitStatusMap, unitStatus, allocatedChildTargets, activeRateTarget, childShares, type UnitStatus, type StatusReason, type StatusOptions, type ChildShares } from './unitStatuses.ts';
export { planVerdicts, planFinished, type VerdictRow } from './verdicts.ts';
