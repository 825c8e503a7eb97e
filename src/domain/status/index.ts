/** Pace and progress status against targets (pure). See assess.ts for the method. */
export { assess, PROGRESS_STATUSES, ON_TRACK_RATIO, AT_RISK_RATIO, type Assessment, type ProgressStatus, type NoDataReason } from './assess.ts';
export { recentPace, latestAt, PACE_WINDOW_YEARS, type Pace, type Point } from './pace.ts';
export { unitStatuses, unitStatus, allocatedChildTargets, activeRateTarget, type UnitStatus } from './unitStatuses.ts';
