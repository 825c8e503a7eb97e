/**
 * What each scene draws, derived from the dataset and a scene's view state (no React, tested).
 * The map scene's picture is the map view's (mapPicture), with the user's classes and palette.
 */
import { comparisonUnits, type Dataset } from '../../domain/dataset.ts';
import { describeIndicator } from '../../domain/catalogue.ts';
import { unitStatuses, type UnitStatus } from '../../domain/status/index.ts';
import { deriveOverview, type OverviewData } from '../overview/index.ts';
import type { UrlState } from '../../store/url.ts';
import { collator, type Lang } from '../../i18n/format.ts';

export interface StatusRow { code: string; name: string; status: UnitStatus }

/** Years with data for the indicator at the root or a compared unit, ascending. */
export function sceneYears(ds: Dataset, indicator: string): number[] {
  const ys = new Set<number>();
  for (const y of ds.table.years()) {
    if ([ds.rootUnit, ...comparisonUnits(ds, y)].some((u) => ds.table.find(u, indicator, y) >= 0)) ys.add(y);
  }
  return [...ys].sort((a, b) => a - b);
}

export function overviewFor(ds: Dataset, s: Pick<UrlState, 'indicator' | 'unit'>, year: number | null, lang: Lang): OverviewData {
  return deriveOverview({ dataset: ds, indicator: s.indicator, year, unit: s.unit, lang });
}

export function statusRows(ds: Dataset, year: number | null, lang: Lang, method?: string): StatusRow[] {
  if (year === null) return [];
  const m = method === 'equal-pp' || method === 'need-weighted' || method === 'proportional' ? method : undefined;
  const cmp = collator(lang);
  return unitStatuses(ds, year, m ? { method: m } : {})
    .map((s) => ({ code: s.unit, name: ds.units.name(s.unit, lang), status: s }))
    .sort((a, b) => (b.status.latest?.value ?? -1) - (a.status.latest?.value ?? -1) || cmp.compare(a.name, b.name));
}

/**
 * What the "where progress is behind" scene says when no unit is behind: plain good news only when
 * every unit could be judged; else how many could not (units with no data are not "on track").
 */
export function noneBehindText(rows: readonly StatusRow[], t: (key: string, opts?: Record<string, unknown>) => string): string {
  const unjudged = rows.filter((r) => r.status.status === 'no-data').length;
  if (unjudged === 0) return t('noneBehind');
  if (unjudged === rows.length) return t('noneJudged', { unjudged });
  return t('noneBehindSome', { judged: rows.length - unjudged, unjudged });
}

export function isRate(indicator: string): boolean {
  return describeIndicator(indicator).kind === 'rate';
}

/** The data behind a scene, as CSV columns (plain identifiers) and raw numbers. */
export function sceneCsv(kind: string, ds: Dataset, s: Pick<UrlState, 'indicator' | 'unit' | 'extra'>, year: number | null, lang: Lang):
  { columns: string[]; rows: (string | number | null)[][] } {
  if (kind === 'trend' || kind === 'kpis') {
    const o = overviewFor(ds, s, year, lang);
    return {
      columns: ['unit_code', 'unit_name', 'indicator', 'year', 'value', 'target', 'provenance'],
      rows: o.trend.points.map((p) => [o.trend.unit, o.trend.unitName, s.indicator, p.year, p.value,
        o.trend.targets.find((t) => t.year === p.year)?.value ?? null, p.kind]),
    };
  }
  if (kind === 'status' || kind === 'offtrack') {
    return {
      columns: ['unit_code', 'unit_name', 'year', 'rate', 'provenance', 'rate_as_reported', 'target', 'target_year', 'required_pp_per_year', 'pace_pp_per_year', 'status', 'verdict'],
      rows: statusRows(ds, year, lang, s.extra.method).map((r) => [r.code, r.name, r.status.latest?.year ?? null, r.status.latest?.value ?? null,
        r.status.provenance?.kind ?? null, r.status.asReported ?? null,
        r.status.target?.value ?? null, r.status.target?.year ?? null, r.status.requiredPerYear ?? null, r.status.pacePerYear ?? null, r.status.status,
        r.status.verdict ? (r.status.verdict.met ? 'met' : 'missed') : null]),
    };
  }
  const rows = comparisonUnits(ds, year ?? undefined).map((code) => {
    const v = year === null ? undefined : ds.table.value(code, s.indicator, year);
    return [code, ds.units.name(code, lang), s.indicator, year, v ?? null];
  });
  return { columns: ['unit_code', 'unit_name', 'indicator', 'year', 'value'], rows };
}
