/**
 * Derive what the map shows for one indicator and year: a value, class and colour per unit, the
 * legend with counts, ranks and the household-weighted group figure. Plain functions, tested.
 * Geometry is not touched here, so a year change only recomputes this (cheap: one lookup per unit).
 */
import { comparisonUnits, type Dataset } from '../../domain/dataset.ts';
import { describeIndicator } from '../../domain/catalogue.ts';
import { activeTarget } from '../../domain/targets.ts';
import { weightedRate, sumCount } from '../../domain/weightedRate.ts';
import { computeBreaks, classOf, legendClasses, isMethod, parseBreaks, symmetricExtent, type ClassMethod } from '../../geo/classify.ts';
import { MapData } from './mapData.ts';
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

export { MapData, type MapItem, type MapLegendRow, type MapFills } from './mapData.ts';

/** Years with a value of the indicator for any of the units, ascending. */
export function indicatorYears(ds: Dataset, indicator: string, units: readonly string[]): number[] {
  // A flag per year over the units' row ranges: a series (three arrays) per unit cost ~20 ms at 10,600 units.
  const seen = new Uint8Array(65536);
  const years = ds.table.cols.year;
  for (const u of units) {
    const [start, end] = ds.table.range(u, indicator);
    for (let r = start; r < end; r++) seen[years[r]!] = 1;
  }
  const out: number[] = [];
  for (let y = 0; y < seen.length; y++) if (seen[y]) out.push(y);
  return out;
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
  const n = units.length;
  const raws = ds.table.valuesFor(units, indicator, year);
  let values = raws;
  let targets: Float64Array | null = null;
  let anyTarget = false;
  if (relative) {
    // A unit without its own target is compared with its province's (the root's) target.
    const rootTarget = activeTarget(ds.targets, ds.rootUnit, indicator, year);
    targets = new Float64Array(n).fill(NaN);
    values = new Float64Array(n).fill(NaN);
    for (let k = 0; k < n; k++) {
      if (Number.isNaN(raws[k]!)) continue;
      const t = activeTarget(ds.targets, units[k]!, indicator, year) ?? rootTarget;
      if (!t) continue;
      anyTarget = true;
      targets[k] = t.value;
      values[k] = raws[k]! - t.value;
    }
  }
  const { breaks, colors, years: allYears } = scale;
  const counts = new Array<number>(breaks.length + 1).fill(0);
  const cls = new Int16Array(n).fill(-1);
  let valued = 0;
  let ranked = 0;
  for (let k = 0; k < n; k++) {
    if (!Number.isNaN(raws[k]!)) ranked++;
    const v = values[k]!;
    if (Number.isNaN(v)) continue;
    valued++;
    const c = classOf(v, breaks);
    cls[k] = c;
    counts[c]!++;
  }
  const legend = scale.ranges.map((r, i) => ({ from: r.from, to: r.to, count: counts[i]!, color: colors[i]! }));
  return new MapData({
    indicator, unit: def.unit, year, years: allYears,
    legend: valued ? legend : [],
    noDataCount: n - valued,
    ranked,
    group: groupFigure(ds, indicator, year, units),
    noTargets: relative && !anyTarget,
    lowerBetter,
  }, { codes: units, cls, colors, raws, targets, sorted: presentSorted(raws, ranked) }, (code) => ds.units.name(code, lang));
}

/** The raw values present, ascending (ranks are looked up in it: MapData.rankOf). */
function presentSorted(raws: Float64Array, count: number): Float64Array {
  const sorted = new Float64Array(count);
  let j = 0;
  for (const v of raws) if (!Number.isNaN(v)) sorted[j++] = v;
  return sorted.sort();
}

/**
 * Every value of the indicator for the units, all years, sorted ascending. Copied from the value
 * column and sorted as a typed array: a flat array of 212,000 values and a comparator sort made
 * computeScale ~250 ms at national scale. Breaks and legend counts do not depend on the order, and
 * classify's own sort of an already sorted array is a single pass.
 */
function pooledValues(ds: Dataset, indicator: string, units: readonly string[]): number[] {
  const ranges = units.map((u) => ds.table.range(u, indicator));
  const out = new Float64Array(ranges.reduce((n, [a, b]) => n + b - a, 0));
  const values = ds.table.cols.value;
  let at = 0;
  for (const [a, b] of ranges) { out.set(values.subarray(a, b), at); at += b - a; }
  out.sort();
  const list = new Array<number>(out.length);
  for (let i = 0; i < out.length; i++) list[i] = out[i]!;
  return list;
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
