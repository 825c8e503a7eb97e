/**
 * What the map shows for one year, as columns over the drawn units: a year change fills a few
 * typed arrays instead of building 10,600 objects and a Map (their allocation set the canvas
 * map's p95 at national scale). The per-unit objects (`items`, `byCode`) are made only when
 * something reads them: the SVG maps, the table, an export; `item(code)` makes one for a tooltip.
 */
import type { ProvenanceKind } from '../../domain/provenance.ts';

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

/** The class of each drawn unit and the class colours: all the canvas needs to paint. */
export interface MapFills {
  codes: readonly string[];
  /** Class per unit (index in `colors`), −1 = no data. */
  cls: Int16Array;
  colors: readonly string[];
}

export interface MapColumns extends MapFills {
  /** Raw value per unit, NaN = none. */
  raws: Float64Array;
  /** Target per unit (relative to target only), NaN = none. */
  targets: Float64Array | null;
  /** The raw values present, ascending: a unit's rank is found here when asked for (tooltip, table). */
  sorted: Float64Array;
}

export interface MapSummary {
  indicator: string;
  unit: string; // '%' or 'households' …
  year: number;
  years: number[];
  legend: MapLegendRow[];
  noDataCount: number;
  ranked: number;
  group: { ok: true; value: number; kind: ProvenanceKind } | { ok: false };
  /** Relative to target was asked but no unit (nor the root) has a target. */
  noTargets: boolean;
  lowerBetter: boolean;
}

// Position of each code in a units list: lists are memoised per dataset and year, so this is built once.
const indexes = new WeakMap<readonly string[], Map<string, number>>();
export function unitIndex(codes: readonly string[]): Map<string, number> {
  let idx = indexes.get(codes);
  if (!idx) indexes.set(codes, (idx = new Map(codes.map((c, k) => [c, k]))));
  return idx;
}

export class MapData implements MapSummary, MapColumns {
  readonly indicator: string;
  readonly unit: string;
  readonly year: number;
  readonly years: number[];
  readonly legend: MapLegendRow[];
  readonly noDataCount: number;
  readonly ranked: number;
  readonly group: MapSummary['group'];
  readonly noTargets: boolean;
  readonly lowerBetter: boolean;
  readonly codes: readonly string[];
  readonly cls: Int16Array;
  readonly colors: readonly string[];
  readonly raws: Float64Array;
  readonly targets: Float64Array | null;
  readonly sorted: Float64Array;
  private readonly nameOf: (code: string) => string;
  private itemList: MapItem[] | null = null;
  private itemMap: Map<string, MapItem> | null = null;

  constructor(summary: MapSummary, cols: MapColumns, nameOf: (code: string) => string) {
    ({ indicator: this.indicator, unit: this.unit, year: this.year, years: this.years, legend: this.legend, noDataCount: this.noDataCount,
      ranked: this.ranked, group: this.group, noTargets: this.noTargets, lowerBetter: this.lowerBetter } = summary);
    ({ codes: this.codes, cls: this.cls, colors: this.colors, raws: this.raws, targets: this.targets, sorted: this.sorted } = cols);
    this.nameOf = nameOf;
  }

  /**
   * Rank of a raw value, 1 = best; ties share a rank (1, 2, 2, 4). By binary search in the sorted
   * values, only for the units asked about: ranking all 10,600 every year was most of a year change.
   */
  rankOf(v: number): number {
    const s = this.sorted;
    let lo = 0;
    let hi = s.length;
    // Better units come first: lower values when lower is better (count those below), else higher.
    if (this.lowerBetter) {
      while (lo < hi) { const m = (lo + hi) >>> 1; if (s[m]! < v) lo = m + 1; else hi = m; }
      return 1 + lo;
    }
    while (lo < hi) { const m = (lo + hi) >>> 1; if (s[m]! <= v) lo = m + 1; else hi = m; }
    return 1 + s.length - lo;
  }

  /** One unit's item, in the drawn units' order. */
  itemAt(k: number): MapItem {
    const code = this.codes[k]!;
    const name = this.nameOf(code);
    const raw = this.raws[k]!;
    if (Number.isNaN(raw)) return { code, name, cls: -1, color: null };
    const c = this.cls[k]!;
    const color = c < 0 ? null : this.colors[c]!;
    const rank = { rank: this.rankOf(raw) };
    if (!this.targets) return { code, name, value: raw, raw, cls: c, color, ...rank };
    const t = this.targets[k]!;
    if (Number.isNaN(t)) return { code, name, raw, cls: -1, color: null, ...rank };
    return { code, name, raw, target: t, value: raw - t, cls: c, color, ...rank };
  }

  /** The item of a drawn unit (undefined for a unit not drawn); one object, not the whole list. */
  item(code: string): MapItem | undefined {
    if (this.itemMap) return this.itemMap.get(code);
    const k = unitIndex(this.codes).get(code);
    return k === undefined ? undefined : this.itemAt(k);
  }

  get items(): MapItem[] {
    return (this.itemList ??= this.codes.map((_, k) => this.itemAt(k)));
  }

  get byCode(): Map<string, MapItem> {
    return (this.itemMap ??= new Map(this.items.map((i) => [i.code, i])));
  }
}
