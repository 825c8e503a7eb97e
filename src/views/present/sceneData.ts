/**
 * What each scene draws, derived from the dataset and a scene's view state (no React, tested).
 * Map colours use breaks over all years, so a colour means the same value while the years play.
 */
import { comparisonUnits, type Dataset } from '../../domain/dataset.ts';
import { describeIndicator } from '../../domain/catalogue.ts';
import { unitStatuses, type UnitStatus } from '../../domain/status/index.ts';
import { computeBreaks, classOf, isMethod } from '../../geo/classify.ts';
import { sequentialColors } from '../../geo/palette.ts';
import { tileLayout, type TileGrid } from '../../geo/tiles.ts';
import { tileInputs } from '../../domain/units.ts';
import { deriveOverview, type OverviewData } from '../overview/index.ts';
import type { UrlState } from '../../store/url.ts';
import { collator, type Lang } from '../../i18n/format.ts';

export interface MapCell { code: string; name: string; col: number; row: number; value?: number; color: string | null }
export interface MapScene { grid: TileGrid; cells: MapCell[]; legend: { from: number; to: number; color: string }[] }
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

export function mapScene(ds: Dataset, indicator: string, year: number | null, lang: Lang, extra: Record<string, string> = {}): MapScene {
  const units = comparisonUnits(ds, year ?? undefined);
  const all: number[] = [];
  for (const u of units) all.push(...ds.table.series(u, indicator).values);
  const method = isMethod(extra.class) && extra.class !== 'custom' && extra.class !== 'target' ? extra.class : 'quantile';
  const breaks = computeBreaks(all, method, 5);
  const colors = sequentialColors('blues', breaks.length + 1);
  const grid = tileLayout(tileInputs(ds, units));
  const cells = grid.tiles.map((t) => {
    const r = year === null ? -1 : ds.table.find(t.code, indicator, year);
    const value = r >= 0 ? ds.table.toColumns().value[r]! : undefined;
    return {
      code: t.code, name: ds.units.name(t.code, lang), col: t.col, row: t.row,
      ...(value !== undefined ? { value } : {}),
      color: value === undefined ? null : colors[classOf(value, breaks)]!,
    };
  });
  // A loop, not Math.min(...all): a national file has 200k+ values, past the argument limit.
  let lo = Infinity;
  let hi = -Infinity;
  for (const v of all) { if (v < lo) lo = v; if (v > hi) hi = v; }
  const edges = [lo, ...breaks, hi];
  const legend = colors.map((color, i) => ({ from: edges[i]!, to: edges[i + 1]!, color }));
  return { grid, cells, legend };
}

export function statusRows(ds: Dataset, year: number | null, lang: Lang, method?: string): StatusRow[] {
  if (year === null) return [];
  const m = method === 'equal-pp' || method === 'need-weighted' || method === 'proportional' ? method : undefined;
  const cmp = collator(lang);
  return unitStatuses(ds, year, m ? { method: m } : {})
    .map((s) => ({ code: s.unit, name: ds.units.name(s.unit, lang), status: s }))
    .sort((a, b) => (b.status.latest?.value ?? -1) - (a.status.latest?.value ?? -1) || cmp.compare(a.name, b.name));
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
