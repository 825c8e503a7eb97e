/**
 * The heat table: units × indicators, the parent first, then its children sorted by a column.
 * Plain data for the view, the CSV export and the presenter scene.
 */
import type { Dataset } from '../dataset.ts';
import { comparisonUnits } from '../dataset.ts';
import { hasDeprivationData, leading, listForYear, profileOf, type DeprivationProfile } from './profile.ts';
import type { DeprivationDef, DeprivationId } from './lists.ts';

export type HeatMeasure = 'share' | 'censored' | 'count';
export type HeatSort = { by: 'name' | 'poor' | DeprivationId; desc: boolean };

export interface HeatRow { code: string; name: string; isParent: boolean; profile: DeprivationProfile }

export interface HeatTable {
  year: number | null;
  list: DeprivationDef[];
  rows: HeatRow[];
  /** Largest value of the measure among the rows (for the colour scale). */
  max: number;
  /** Why there is nothing to show, when `rows` is empty. */
  empty: 'no_year' | 'no_standard_list' | 'no_data' | null;
}

export function cellValue(p: DeprivationProfile, id: DeprivationId, m: HeatMeasure): number | null {
  const c = p.cells.find((x) => x.id === id);
  return c ? c[m === 'count' ? 'count' : m] : null;
}

/** The latest year, not after `year`, in which the parent or any child has a deprivation count. */
export function deprivationYear(ds: Dataset, year: number | null): number | null {
  const ys = ds.table.years().filter((y) => (year === null || y <= year) && ds.table.indicatorIds.some((id) => id.startsWith('dep_') && ds.table.unitsWith(id).length > 0));
  for (let k = ys.length - 1; k >= 0; k--) {
    const y = ys[k]!;
    const list = listForYear(ds.standards, y);
    if (!list) continue;
    const units = [ds.rootUnit, ...comparisonUnits(ds, y)];
    if (units.some((u) => list.some((d) => ds.table.value(u, d.id, y) !== undefined))) return y;
  }
  return null;
}

/** Units × indicators in the latest year with figures (not after `year`); the parent is the dataset's root, the rows its units of that year. */
export function heatTable(ds: Dataset, year: number | null, measure: HeatMeasure, sort: HeatSort, lang: 'vi' | 'en'): HeatTable {
  const y = deprivationYear(ds, year);
  if (y === null) return { year: null, list: [], rows: [], max: 0, empty: 'no_data' };
  const list = listForYear(ds.standards, y);
  if (!list) return { year: y, list: [], rows: [], max: 0, empty: 'no_standard_list' };
  const parent = ds.rootUnit;
  const children = comparisonUnits(ds, y);
  const name = (c: string) => (ds.units.has(c) ? ds.units.name(c, lang, y) : c);
  const kids = children.map((code) => ({ code, name: name(code), isParent: false, profile: profileOf(ds.table, code, y, list) })).filter((r) => hasDeprivationData(r.profile));
  const collator = new Intl.Collator(lang === 'vi' ? 'vi' : 'en');
  const key = (r: HeatRow): number | null => (sort.by === 'name' ? null : sort.by === 'poor' ? r.profile.poor : cellValue(r.profile, sort.by, measure));
  kids.sort((a, b) => {
    if (sort.by === 'name') return (sort.desc ? -1 : 1) * collator.compare(a.name, b.name);
    const ka = key(a), kb = key(b);
    if (ka === null && kb === null) return collator.compare(a.name, b.name);
    if (ka === null) return 1; // no value: always last
    if (kb === null) return -1;
    return (sort.desc ? kb - ka : ka - kb) || collator.compare(a.name, b.name);
  });
  const parentRow = { code: parent, name: name(parent), isParent: true, profile: profileOf(ds.table, parent, y, list) };
  const rows = [...(hasDeprivationData(parentRow.profile) ? [parentRow] : []), ...kids];
  let max = 0;
  for (const r of rows) for (const d of list) max = Math.max(max, cellValue(r.profile, d.id, measure) ?? 0);
  return { year: y, list, rows, max, empty: rows.length ? null : 'no_data' };
}

/** Each unit's leading deprivations, for the narrative. */
export function leadingByUnit(t: HeatTable, n = 3): { code: string; name: string; leading: ReturnType<typeof leading> }[] {
  return t.rows.map((r) => ({ code: r.code, name: r.name, leading: leading(r.profile, n) }));
}
