/**
 * Derives everything the overview draws from the dataset and view state; no pixels, no React.
 */
import { comparisonUnits, type Dataset } from '../../domain/dataset.ts';
import { describeIndicator } from '../../domain/catalogue.ts';
import { headlineOf, requiredPath, type Headline, type PathLine } from '../../domain/progress.ts';
import { targetsFor, activeTarget, type Target } from '../../domain/targets.ts';
import { weightedRate, type GroupRate } from '../../domain/weightedRate.ts';
import type { Provenance, ProvenanceKind } from '../../domain/provenance.ts';
import { standardOf, standardOfRow } from '../../domain/standards.ts';
import { statusOf, unitStatusMap, unitStatusSteps, childShares, planVerdicts, type UnitStatus, type VerdictRow } from '../../domain/status/index.ts';
import { collator, type Lang } from '../../i18n/format.ts';

/** `segment` counts changes of poverty standard: the line is never drawn across one. */
export interface TrendPoint {
  year: number;
  value: number | null;
  kind: ProvenanceKind | null;
  segment: number;
  /** The full provenance (note, source, derived, as-reported) of a shown value. */
  provenance?: Provenance;
}

/** A labelled marker between two years: a change of poverty standard, or of the units below this one. */
export interface TrendBreak { after: number; kind: 'standard' | 'units'; from: string; to: string }
export interface TrendData {
  unit: string;
  unitName: string;
  indicator: string;
  points: TrendPoint[];
  targets: Target[];
  paths: { target: Target; line: PathLine }[];
  years: [number, number];
  breaks: TrendBreak[];
}

export interface CompareRow {
  code: string;
  name: string;
  value: number;
  kind: ProvenanceKind;
  provenance: Provenance;
  headline: Headline;
  status: UnitStatus | null;
  /** The target this unit is judged against (its own, or its share of the root's), for the bar's mark. */
  target?: Target;
}

export interface OverviewData {
  year: number | null;
  root: { code: string; name: string };
  focus: { code: string; name: string };
  headline: Headline;
  /** Pace-based status of the focus unit (src/domain/status); null for indicators other than the poverty rate. */
  status: UnitStatus | null;
  trend: TrendData;
  /** rows: at most MAX_COMPARED, highest values first; total: how many units have a value. */
  compare: {
    rows: CompareRow[]; total: number; missing: string[]; target?: Target; group: GroupRate | null; groupNames: string[];
    /** Σ compared units' targets − the root's, in poor households (own targets may not add up); 0 when they do. */
    shareGap: number;
    /** Units that keep their own target in the shares. */
    ownTargets: string[];
  };
  /** The focus unit's rate targets judged at their years (verdict table), up to the selected year. */
  verdicts: VerdictRow[];
  multiples: TrendData[];
  unitLabel: string;
  isRate: boolean;
}

export interface OverviewInput {
  dataset: Dataset;
  indicator: string;
  year: number | null;
  unit: string | null;
  lang: Lang;
}

/** A national file has thousands of units: the bars and small multiples show the highest ones. */
export const MAX_COMPARED = 30;

export function trendOf(ds: Dataset, unit: string, indicator: string, lang: Lang, upTo?: number): TrendData {
  const s = ds.table.series(unit, indicator);
  const targets = targetsFor(ds.targets, unit, indicator);
  const dataYears = ds.table.years();
  const lastTarget = targets.length ? targets[targets.length - 1]!.year : -Infinity;
  const min = Math.min(...dataYears, ...s.years);
  const max = Math.max(...dataYears, lastTarget);
  const points: TrendPoint[] = [];
  const breaks: TrendBreak[] = [];
  let segment = 0;
  let prevStd: string | undefined;
  for (let y = min; y <= max; y++) {
    const k = s.years.indexOf(y);
    const visible = k >= 0 && (upTo === undefined || y <= upTo);
    const std = k >= 0 ? standardOfRow(ds.table, ds.standards, s.rows[k]!) : standardOf(ds.standards, y)?.id;
    if (y > min && std && prevStd && std !== prevStd) {
      segment++;
      breaks.push({ after: y - 1, kind: 'standard', from: prevStd, to: std });
    }
    if (std) prevStd = std;
    // The units below this one changed (districts → communes): the total goes on, the parts don't.
    if (y > min && unit === ds.rootUnit && comparisonUnits(ds, y) !== comparisonUnits(ds, y - 1) && comparisonUnits(ds, y).length && comparisonUnits(ds, y - 1).length) {
      breaks.push({ after: y - 1, kind: 'units', from: String(comparisonUnits(ds, y - 1).length), to: String(comparisonUnits(ds, y).length) });
    }
    const prov = visible ? ds.table.provenance(s.rows[k]!) : undefined;
    points.push({ year: y, value: visible ? s.values[k]! : null, kind: prov?.kind ?? null, segment, ...(prov ? { provenance: prov } : {}) });
  }
  const paths = targets.flatMap((t) => {
    const line = requiredPath(ds.table, ds.targets, unit, t);
    return line ? [{ target: t, line }] : [];
  });
  return { unit, unitName: ds.units.name(unit, lang, upTo ?? max), indicator, points, targets, paths, years: [min, max], breaks };
}

/** The year shown: the one asked for if it has data, else the latest year with this indicator. */
export function resolveYear(ds: Dataset, indicator: string, year: number | null): number | null {
  const years = ds.table.years();
  if (year !== null && years.includes(year)) return year;
  const units = [ds.rootUnit, ...comparisonUnits(ds)];
  let best: number | null = null;
  for (const u of units) {
    const last = ds.table.lastYear(u, indicator);
    if (last !== undefined && (best === null || last > best)) best = last;
  }
  return best;
}

/**
 * The MAX_COMPARED highest values, ties by name. Only units at or above the cut-off value are
 * sorted with the collator: sorting all 10,000+ units of a national file by name took ~70 ms.
 */
function highest(found: { code: string; r: number }[], values: Float64Array, lang: Lang, ds: Dataset): { code: string; r: number }[] {
  const sorted = Float64Array.from(found, (f) => values[f.r]!).sort();
  const cut = sorted[Math.max(0, sorted.length - MAX_COMPARED)] ?? -Infinity;
  const cmp = collator(lang);
  return found.filter((f) => values[f.r]! >= cut)
    .sort((a, b) => (values[b.r]! - values[a.r]!) || cmp.compare(ds.units.name(a.code, lang), ds.units.name(b.code, lang)))
    .slice(0, MAX_COMPARED);
}

/**
 * deriveOverview in steps: each `yield` ends a piece of work that takes a few tens of ms with a
 * national file, so the view can run the pieces in tasks of their own (useOverview.ts). Run to the
 * end in one go, it is deriveOverview: the same calls in the same order.
 */
export function* overviewSteps({ dataset: ds, indicator, year, unit, lang }: OverviewInput): Generator<void, OverviewData> {
  // A national file's compared units (found once per dataset, 10–17 ms CPU in Node) in a step before resolveYear's pass over them.
  comparisonUnits(ds);
  yield;
  const y = resolveYear(ds, indicator, year);
  yield;
  // Status is defined on the poverty rate against rate targets, by the one status engine
  // (src/domain/status): own target, else the unit's share of the province target. The headline
  // below reads every unit's (statusOf): a national file's are judged first, a chunk of units per step.
  const withStatus = indicator === 'poverty_rate' && y !== null;
  if (withStatus) yield* unitStatusSteps(ds, y);
  const def = describeIndicator(indicator);
  // Names and units of the selected year's vintage ("Huế" from 2025, its 40 communes).
  const rootName = ds.units.name(ds.rootUnit, lang, y ?? undefined);
  const units = comparisonUnits(ds, y ?? undefined);
  const focusCode = unit && ds.units.has(unit) ? unit : ds.rootUnit;
  const h = headlineOf(ds, focusCode, indicator, y ?? undefined);
  yield;

  const statuses: ReadonlyMap<string, UnitStatus> = withStatus ? unitStatusMap(ds, y) : new Map();
  const focusStatus = withStatus ? statusOf(ds, focusCode, y) : null;
  const shares = withStatus ? childShares(ds, y) : { gapHouseholds: 0, own: [] as string[] };
  yield;
  const found: { code: string; r: number }[] = [];
  const missing: string[] = [];
  for (const code of units) {
    const r = y === null ? -1 : ds.table.find(code, indicator, y);
    if (r < 0) missing.push(ds.units.name(code, lang, y ?? undefined));
    else found.push({ code, r });
  }
  yield;
  const values = ds.table.toColumns().value;
  const rows: CompareRow[] = highest(found, values, lang, ds).map(({ code, r }) => ({
    code, name: ds.units.name(code, lang), value: values[r]!, kind: ds.table.provenance(r).kind, provenance: ds.table.provenance(r),
    headline: headlineOf(ds, code, indicator, y ?? undefined),
    status: statuses.get(code) ?? null,
    ...(statuses.get(code)?.targetDef ? { target: statuses.get(code)!.targetDef! } : {}),
  }));
  yield;
  const rootTarget = y === null ? undefined : activeTarget(ds.targets, ds.rootUnit, indicator, y);
  const group = def.ratio && y !== null ? weightedRate(ds.table, units, indicator, y) : null;
  yield;
  const verdicts = withStatus ? planVerdicts(ds, focusCode, y) : [];
  const trend = trendOf(ds, focusCode, indicator, lang, y ?? undefined);
  yield;
  const multiples = (found.length > MAX_COMPARED || units.length > MAX_COMPARED ? rows.map((r) => r.code) : [...units])
    .sort((a, b) => collator(lang).compare(ds.units.name(a, lang), ds.units.name(b, lang)))
    .map((u) => trendOf(ds, u, indicator, lang, y ?? undefined));

  return {
    year: y,
    root: { code: ds.rootUnit, name: rootName },
    focus: { code: focusCode, name: ds.units.name(focusCode, lang, y ?? undefined) },
    headline: h,
    status: focusStatus,
    trend,
    compare: {
      rows, total: found.length, missing, ...(rootTarget ? { target: rootTarget } : {}), group,
      groupNames: group && !group.ok ? group.units.map((u) => ds.units.name(u, lang)) : [],
      shareGap: shares.gapHouseholds, ownTargets: shares.own,
    },
    verdicts,
    multiples,
    unitLabel: def.unit,
    isRate: def.kind === 'rate',
  };
}

export function deriveOverview(input: OverviewInput): OverviewData {
  const steps = overviewSteps(input);
  for (;;) {
    const r = steps.next();
    if (r.done) return r.value;
  }
}
