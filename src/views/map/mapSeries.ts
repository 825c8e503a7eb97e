/**
 * Derive what the map shows for one indicator and year: a value, class and colour per unit, the
 * legend with counts, ranks and the household-weighted group figure. Plain functions, tested.
 * Geometry is not touched here, so a year change only recomputes this (cheap: one lookup per unit).
 */
import type { Dataset } from '../../domain/dataset.ts';
import { indicatorYears, pooledValues } from '../../domain/pooled.ts';
import { describeIndicator } from '../../domain/catalogue.ts';
import { activeTarget } from '../../domain/targets.ts';
import { weightedRate, sumCount } from '../../domain/weightedRate.ts';
import { computeBreaks, classOf, legendClasses, isMethod, parseBreaks, symmetricExtent, type ClassMethod, type Values } from '../../geo/classify.ts';
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

export { indicatorYears, mapYears, pooledValues } from '../../domain/pooled.ts';

/** The requested year if it has data, else the latest year at or before it, else the latest. */
export function resolveYear(years: readonly number[], wanted: number | null): number | undefined {
  if (!years.length) return undefined;
  if (wanted === null) return years[years.length - 1];
  const le = years.filter((y) => y <= wanted);
  return le.length ? le[le.length - 1] : years[0];
}

/** The colour scale, fixed for the whole timeline; compute once per indicator/units/settings. */
export interface MapScale { years: number[]; breaks: number[]; colors: string[]; ranges: { from: number; to: number }[] }

/**
 * The values a scale's breaks are drawn from: every year pooled (default), the shown year's, or
 * the distances to target. The pooled ones (a national file's 212,000, sorted) come from the import
 * worker or are computed once per dataset, indicator and units (domain/pooled.ts); the map asks for
 * them in a stage of their own, before the breaks (useMapStages).
 */
export function scaleValues(ds: Dataset, indicator: string, units: readonly string[], s: MapSettings, year?: number): Values {
  if (s.method === 'target') {
    const years = s.scope === 'year' && year !== undefined ? [year] : indicatorYears(ds, indicator, units);
    return pooledRelative(ds, indicator, units, years, (y) => activeTarget(ds.targets, ds.rootUnit, indicator, y));
  }
  if (s.scope === 'year' && year !== undefined) return [...ds.table.valuesFor(units, indicator, year)].filter((v) => !Number.isNaN(v));
  return pooledValues(ds, indicator, units);
}

/** `values`: scaleValues' answer for the same arguments, when already computed. */
export function computeScale(ds: Dataset, indicator: string, units: readonly string[], s: MapSettings, year?: number,
  values: Values = scaleValues(ds, indicator, units, s, year)): MapScale {
  const relative = s.method === 'target';
  // Per-year classes (asked for): breaks from the shown year only; the year list stays whole for the player.
  // Otherwise breaks come from every year pooled, so a class means the same range all through the
  // timeline and playing the years shows real change (per-year breaks would only show reordering).
  const all = indicatorYears(ds, indicator, units);
  const breaks = computeBreaks(values, s.method, s.k, s.custom);
  const n = breaks.length + 1;
  const lowerBetter = describeIndicator(indicator).better === 'lower';
  const colors = relative ? divergingColors(s.diverging, n, lowerBetter) : sequentialColors(s.palette, n);
  const extent = relative ? symmetricExtent(values) : undefined;
  return { years: all, breaks, colors, ranges: legendClasses(values, breaks, extent).map((c) => ({ from: c.from, to: c.to })) };
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
