/**
 * Derive what the map shows for one indicator and year: a value, class and colour per unit, the
 * legend with counts, ranks and the household-weighted group figure. Plain functions, tested.
 * Geometry is not touched here, so a year change only recomputes this (cheap: one lookup per unit).
 */
import { comparisonUnits, type Dataset } from '../../domain/dataset.ts';
import { describeIndicator } from '../../domain/catalogue.ts';
import { activeTarget } from '../../domain/targets.ts';
import { weightedRate, sumCount } from '../../domain/weightedRate.ts';
import type { ProvenanceKind } from '../../domain/provenance.ts';
import { computeBreaks, classOf, legendClasses, isMethod, parseBreaks, symmetricExtent, type ClassMethod } from '../../geo/classify.ts';
import { divergingColors, isDiverging, isSequential, sequentialColors, type DivergingPalette, type SequentialPalette } from '../../geo/palette.ts';

export interface MapSettings {
  method: ClassMethod;
  k: number;
  palette: SequentialPalette;
  diverging: DivergingPalette;
  custom: number[];
  /** Class breaks from all years pooled (default: a colour means the same range all through) or from the year shown. */
  scope: 'pooled' | 'year';
}

/** URL extra keys → settings, with safe defaults for anything missing or malformed. */
export function readSettings(extra: Record<string, string>): MapSettings {
  const k = Number(extra.k);
  const pal = extra.palette;
  return {
    method: isMethod(extra.class) ? extra.class : 'quantile',
    k: Number.isInteger(k) && k >= 2 && k <= 9 ? k : 5,
    palette: isSequential(pal) ? pal : 'blues',
    diverging: isDiverging(pal) ? pal : 'puor',
    custom: parseBreaks(extra.breaks ?? ''),
    scope: extra.cscope === 'year' ? 'year' : 'pooled',
  };
}

export interface MapItem {
  code: string;
  name: string;
  /** Value shown and classified: the indicator, or (relative to target) value − target. */
  value?: number;
  raw?: number;
  target?: number;
  cls: number; // −1 = no data
  color: string | null; // null = no data (hatched)
  rank?: number;
}

export interface MapLegendRow { from: number; to: number; count: number; color: string }

export interface MapData {
  indicator: string;
  unit: string; // '%' or 'households' …
  year: number;
  years: number[];
  items: MapItem[];
  byCode: Map<string, MapItem>;
  legend: MapLegendRow[];
  noDataCount: number;
  ranked: number;
  group: { ok: true; value: number; kind: ProvenanceKind } | { ok: false };
  /** Relative to target was asked but no unit (nor the root) has a target. */
  noTargets: boolean;
  lowerBetter: boolean;
}

/** Years with a value of the indicator for any of the units, ascending. */
export function indicatorYears(ds: Dataset, indicator: string, units: readonly string[]): number[] {
  const ys = new Set<number>();
  for (const u of units) for (const y of ds.table.series(u, indicator).years) ys.add(y);
  return [...ys].sort((a, b) => a - b);
}

/** The requested year if it has data, else the latest year at or before it, else the latest. */
export function resolveYear(years: readonly number[], wanted: number | null): number | undefined {
  if (!years.length) return undefined;
  if (wanted === null) return years[years.length - 1];
  const le = years.filter((y) => y <= wanted);
  return le.length ? le[le.length - 1] : years[0];
}

/** The colour scale, fixed for the whole timeline; compute once per indicator/units/settings. */
export interface MapScale { years: number[]; breaks: number[]; colors: string[]; ranges: { from: number; to: number }[] }

/** Years with data for the indicator in any vintage of the compared units (the year player's steps). */
export function mapYears(ds: Dataset, indicator: string): number[] {
  const out = new Set<number>();
  const vintages = new Set(ds.table.years().map((y) => comparisonUnits(ds, y)));
  for (const units of vintages) for (const y of indicatorYears(ds, indicator, units)) out.add(y);
  return [...out].sort((a, b) => a - b);
}

export function computeScale(ds: Dataset, indicator: string, units: readonly string[], s: MapSettings, year?: number): MapScale {
  const relative = s.method === 'target';
  const all = indicatorYears(ds, indicator, units);
  // Per-year classes (asked for): breaks from the shown year only; the year list stays whole for the player.
  const years = s.scope === 'year' && year !== undefined ? [year] : all;
  // Breaks come from every year pooled, so a class means the same range all through the timeline
  // and playing the years shows real change (per-year breaks would only show reordering).
  const pooled = relative
    ? pooledRelative(ds, indicator, units, years, (y) => activeTarget(ds.targets, ds.rootUnit, indicator, y))
    : s.scope === 'year' && year !== undefined ? [...ds.table.valuesFor(units, indicator, year)].filter((v) => !Number.isNaN(v)) : pooledValues(ds, indicator, units);
  const breaks = computeBreaks(pooled, s.method, s.k, s.custom);
  const n = breaks.length + 1;
  const lowerBetter = describeIndicator(indicator).better === 'lower';
  const colors = relative ? divergingColors(s.diverging, n, lowerBetter) : sequentialColors(s.palette, n);
  return { years: all, breaks, colors, ranges: legendClasses(pooled, breaks, relative ? symmetricExtent(pooled) : undefined).map((c) => ({ from: c.from, to: c.to })) };
}

export function deriveMap(ds: Dataset, indicator: string, year: number, units: readonly string[], s: MapSettings, lang: 'vi' | 'en',
  scale: MapScale = computeScale(ds, indicator, units, s)): MapData {
  const def = describeIndicator(indicator);
  const lowerBetter = def.better === 'lower';
  const relative = s.method === 'target';
  const rootTarget = (y: number) => activeTarget(ds.targets, ds.rootUnit, indicator, y);
  let anyTarget = false;
  const raws = ds.table.valuesFor(units, indicator, year);
  const items: MapItem[] = units.map((code, k) => {
    const name = ds.units.name(code, lang);
    const raw = raws[k]!;
    if (Number.isNaN(raw)) return { code, name, cls: -1, color: null };
    if (!relative) return { code, name, value: raw, raw, cls: -1, color: null };
    // A unit without its own target is compared with its province's (the root's) target.
    const t = activeTarget(ds.targets, code, indicator, year) ?? rootTarget(year);
    if (!t) return { code, name, raw, cls: -1, color: null };
    anyTarget = true;
    return { code, name, raw, target: t.value, value: raw - t.value, cls: -1, color: null };
  });
  const { breaks, colors, years: allYears } = scale;
  const n = breaks.length + 1;
  const counts = new Array<number>(n).fill(0);
  let valued = 0;
  const present: number[] = [];
  for (const it of items) {
    if (it.raw !== undefined) present.push(it.raw);
    if (it.value === undefined) continue;
    valued++;
    it.cls = classOf(it.value, breaks);
    it.color = colors[it.cls]!;
    counts[it.cls]!++;
  }
  rankItems(items, Float64Array.from(present).sort(), lowerBetter);
  const legend = scale.ranges.map((r, i) => ({ from: r.from, to: r.to, count: counts[i]!, color: colors[i]! }));
  return {
    indicator, unit: def.unit, year, years: allYears, items,
    byCode: new Map(items.map((i) => [i.code, i])),
    legend: valued ? legend : [],
    noDataCount: items.length - valued,
    ranked: present.length,
    group: groupFigure(ds, indicator, year, units),
    noTargets: relative && !anyTarget,
    lowerBetter,
  };
}

/**
 * Rank by the raw value, 1 = best; ties share a rank (1, 2, 2, 4). From the sorted values by binary
 * search rather than sorting the items: with 10,600 units that sort was most of a year change.
 */
function rankItems(items: MapItem[], sorted: Float64Array, lowerBetter: boolean): void {
  const below = (v: number) => { let lo = 0, hi = sorted.length; while (lo < hi) { const m = (lo + hi) >>> 1; if (sorted[m]! < v) lo = m + 1; else hi = m; } return lo; };
  const atOrBelow = (v: number) => { let lo = 0, hi = sorted.length; while (lo < hi) { const m = (lo + hi) >>> 1; if (sorted[m]! <= v) lo = m + 1; else hi = m; } return lo; };
  for (const it of items) {
    if (it.raw === undefined) continue;
    // Better units come first: lower values when lower is better, else higher values.
    it.rank = 1 + (lowerBetter ? below(it.raw) : sorted.length - atOrBelow(it.raw));
  }
}

function pooledValues(ds: Dataset, indicator: string, units: readonly string[]): number[] {
  return units.flatMap((u) => ds.table.series(u, indicator).values);
}

function pooledRelative(ds: Dataset, indicator: string, units: readonly string[], years: readonly number[],
  rootTarget: (y: number) => { value: number } | undefined): number[] {
  const out: number[] = [];
  for (const u of units) {
    for (const y of years) {
      const v = ds.table.value(u, indicator, y);
      const t = activeTarget(ds.targets, u, indicator, y) ?? rootTarget(y);
      if (v !== undefined && t) out.push(v - t.value);
    }
  }
  return out;
}

/** Household-weighted for rates (never a mean of rates); a plain sum for counts. */
function groupFigure(ds: Dataset, indicator: string, year: number, units: readonly string[]): MapData['group'] {
  const def = describeIndicator(indicator);
  if (def.ratio) {
    const r = weightedRate(ds.table, units, indicator, year);
    return r.ok ? { ok: true, value: r.value, kind: r.kind } : { ok: false };
  }
  if (def.kind === 'count') {
    const r = sumCount(ds.table, units, indicator, year);
    return r.ok ? { ok: true, value: r.value, kind: r.kind } : { ok: false };
  }
  return { ok: false };
}
