/**
 * What the scorecard shows: one row per unit (the parent first), and for each chosen indicator the
 * latest value, the change, the target, required vs actual pace, years to target, the status and a
 * trend arrow. Every status comes from the status engine (src/domain/status); nothing is judged here.
 */
import type { ProvenanceKind } from '../../domain/provenance.ts';
import { comparisonUnits, type Dataset } from '../../domain/dataset.ts';
import { describeIndicator } from '../../domain/catalogue.ts';
import { headline } from '../../domain/progress.ts';
import { activeTarget } from '../../domain/targets.ts';
import { assess, statusOf, unitStatuses, type Assessment, type ProgressStatus } from '../../domain/status/index.ts';
import { collator, type Lang } from '../../i18n/format.ts';

export const BASE_INDICATORS = ['poverty_rate', 'near_poor_rate', 'poor_households'] as const;
/** Deprivation indicators (issue 15) are recognised by their id. */
const DEPRIVATION = /^(deprivation|deprived)_/;

export type Trend = 'down' | 'up' | 'flat';

export interface ScoreCell {
  indicator: string;
  latest?: { year: number; value: number };
  /** Provenance kind of the latest value (the figure the status judges). */
  kind?: ProvenanceKind;
  /** Change from the previous comparable year (same poverty standard). */
  change?: number;
  target?: { year: number; value: number };
  requiredPerYear?: number;
  pacePerYear?: number;
  yearsToTarget?: number;
  status: ProgressStatus;
  reason?: Assessment['reason'];
  trend?: Trend;
}

export interface ScoreRow { code: string; name: string; parent: boolean; cells: Record<string, ScoreCell> }

export type SortKey = 'name' | 'value' | 'change' | 'status';
export interface ScorecardInput {
  dataset: Dataset;
  year: number | null;
  indicators: readonly string[];
  lang: Lang;
  sort?: { indicator: string; key: SortKey; desc: boolean };
  /** Keep units above (or below) the parent on the first indicator. */
  filter?: 'above' | 'below' | 'all';
}

export interface Scorecard { year: number | null; indicators: string[]; rows: ScoreRow[]; total: number }

/** Indicators the scorecard can show for this dataset, in order. */
export function availableIndicators(ds: Dataset): string[] {
  const ids = ds.table.indicatorIds;
  const have = new Set(ids);
  return [...BASE_INDICATORS.filter((i) => have.has(i)), ...ids.filter((i) => DEPRIVATION.test(i)).sort()];
}

/** The chosen indicators from the URL (comma list), kept to those available; all when none is valid. */
export function chosenIndicators(ds: Dataset, raw: string | undefined): string[] {
  const avail = availableIndicators(ds);
  const want = (raw ?? '').split(',').filter((i) => avail.includes(i));
  return want.length ? want : avail;
}

function latestYearOf(ds: Dataset, units: readonly string[], indicators: readonly string[]): number | null {
  let best: number | null = null;
  for (const u of units) for (const i of indicators) {
    const y = ds.table.lastYear(u, i);
    if (y !== undefined && (best === null || y > best)) best = y;
  }
  return best;
}

function trendOf(change: number | undefined): Trend | undefined {
  if (change === undefined) return undefined;
  return Math.abs(change) < 1e-9 ? 'flat' : change < 0 ? 'down' : 'up';
}

function cellFrom(ds: Dataset, unit: string, indicator: string, year: number, a: Assessment): ScoreCell {
  const h = headline(ds.table, ds.targets, ds.standards, unit, indicator, year);
  const cell: ScoreCell = { indicator, status: a.status };
  if (a.reason) cell.reason = a.reason;
  if (h.latest) { cell.latest = { year: h.latest.year, value: h.latest.value }; cell.kind = h.latest.provenance.kind; }
  if (h.changePp !== undefined) { cell.change = h.changePp; cell.trend = trendOf(h.changePp)!; }
  if (a.target) cell.target = a.target;
  if (a.requiredPerYear !== undefined) cell.requiredPerYear = a.requiredPerYear;
  if (a.pacePerYear !== undefined) cell.pacePerYear = a.pacePerYear;
  if (a.yearsToTarget !== undefined) cell.yearsToTarget = a.yearsToTarget;
  return cell;
}

const STATUS_ORDER: Record<ProgressStatus, number> = { 'off-track': 0, 'at-risk': 1, 'on-track': 2, achieved: 3, 'no-data': 4 };

export function deriveScorecard({ dataset: ds, year, indicators, lang, sort, filter = 'all' }: ScorecardInput): Scorecard {
  const inds = [...indicators];
  const y = year ?? latestYearOf(ds, [ds.rootUnit, ...comparisonUnits(ds)], inds);
  if (y === null || inds.length === 0) return { year: null, indicators: inds, rows: [], total: 0 };
  // The units of the year's vintage (districts until 2024, the new communes from 2025).
  const units = comparisonUnits(ds, y);
  // The poverty rate uses the same statuses as the overview: own targets, else the allocated share.
  const poverty = new Map(unitStatuses(ds, y).map((s) => [s.unit, s]));
  const assessOne = (unit: string, indicator: string): Assessment => {
    if (indicator === 'poverty_rate') {
      return poverty.get(unit) ?? statusOf(ds, unit, y);
    }
    const t = activeTarget(ds.targets, unit, indicator, y);
    return assess(ds.table.series(unit, indicator), t && { year: t.year, value: t.value }, ds.standards, y);
  };
  const row = (code: string, parent: boolean): ScoreRow => ({
    code, parent, name: ds.units.name(code, lang),
    cells: Object.fromEntries(inds.map((i) => [i, cellFrom(ds, code, i, y, assessOne(code, i))])),
  });
  const head = row(ds.rootUnit, true);
  const first = inds[0]!;
  const ref = head.cells[first]?.latest?.value;
  let rows = units.map((u) => row(u, false));
  if (filter !== 'all' && ref !== undefined) {
    rows = rows.filter((r) => {
      const v = r.cells[first]?.latest?.value;
      return v !== undefined && (filter === 'above' ? v > ref : v < ref);
    });
  }
  const cmp = collator(lang);
  const s = sort ?? { indicator: first, key: 'value' as const, desc: true };
  const keyOf = (r: ScoreRow): number | string | undefined => {
    const c = r.cells[s.indicator];
    switch (s.key) {
      case 'name': return r.name;
      case 'value': return c?.latest?.value;
      case 'change': return c?.change;
      case 'status': return c ? STATUS_ORDER[c.status] : undefined;
    }
  };
  rows.sort((a, b) => {
    const ka = keyOf(a); const kb = keyOf(b);
    // Missing values always go last, whatever the direction.
    if (ka === undefined || kb === undefined) return ka === undefined ? (kb === undefined ? cmp.compare(a.name, b.name) : 1) : -1;
    const d = typeof ka === 'string' ? cmp.compare(ka, kb as string) : ka - (kb as number);
    return (s.desc ? -d : d) || cmp.compare(a.name, b.name);
  });
  return { year: y, indicators: inds, rows: [head, ...rows], total: units.length };
}

export function isRateIndicator(id: string): boolean {
  return describeIndicator(id).kind === 'rate';
}

/** URL form of the sort: "poverty_rate:value:desc". */
export function parseSort(raw: string | undefined, indicators: readonly string[]): ScorecardInput['sort'] {
  const [indicator, key, dir] = (raw ?? '').split(':');
  if (!indicator || !indicators.includes(indicator)) return undefined;
  if (key !== 'name' && key !== 'value' && key !== 'change' && key !== 'status') return undefined;
  return { indicator, key, desc: dir !== 'asc' };
}
