/** Everything the deprivation view draws, from the dataset and the view state (no pixels). */
import type { Dataset } from '../../domain/dataset.ts';
import { heatTable, type HeatMeasure, type HeatSort, type HeatTable } from '../../domain/deprivation/heat.ts';
import { comparableYears, profileOf, type DeprivationProfile } from '../../domain/deprivation/profile.ts';
import { deprivationList } from '../../domain/deprivation/lists.ts';
import { standardOf } from '../../domain/standards.ts';
import type { Lang } from '../../i18n/format.ts';

export interface DeprivationInput { dataset: Dataset; year: number | null; unit: string | null; measure: HeatMeasure; sort: HeatSort; lang: Lang }

export interface DeprivationModel {
  heat: HeatTable;
  parent: { code: string; name: string; profile: DeprivationProfile } | null;
  selected: { code: string; name: string; profile: DeprivationProfile } | null;
  changeYears: number[];
  standard: { id: string; label: string; verified: boolean; source: string } | null;
  /** Whether any figure shown comes from illustrative data. */
  illustrative: boolean;
}

export const MEASURES: HeatMeasure[] = ['share', 'censored', 'count'];

export function parseMeasure(s: string | undefined): HeatMeasure {
  return (MEASURES as string[]).includes(s ?? '') ? (s as HeatMeasure) : 'share';
}

export function parseSort(s: string | undefined): HeatSort {
  const m = /^(-?)([a-z_]+)$/.exec(s ?? '');
  if (!m) return { by: 'name', desc: false };
  const by = m[2]!;
  const ok = by === 'name' || by === 'poor' || by.startsWith('dep_');
  return ok ? { by: by as HeatSort['by'], desc: m[1] === '-' } : { by: 'name', desc: false };
}

export function sortParam(s: HeatSort): string {
  return `${s.desc ? '-' : ''}${s.by}`;
}

export function deriveDeprivation({ dataset: ds, year, unit, measure, sort, lang }: DeprivationInput): DeprivationModel {
  const heat = heatTable(ds, year, measure, sort, lang);
  if (heat.year === null || !heat.list.length) return { heat, parent: null, selected: null, changeYears: [], standard: null, illustrative: false };
  const y = heat.year;
  const std = standardOf(ds.standards, y);
  const list = deprivationList(std?.id);
  const parentRow = heat.rows.find((r) => r.isParent) ?? null;
  const selectedRow = heat.rows.find((r) => r.code === unit && !r.isParent) ?? heat.rows.find((r) => !r.isParent) ?? parentRow;
  const selected = selectedRow ? { code: selectedRow.code, name: selectedRow.name, profile: selectedRow.profile } : null;
  const changeYears = selected ? comparableYears(ds.table, ds.standards, selected.code, y, heat.list) : [];
  let illustrative = false;
  for (const r of heat.rows) {
    for (const d of heat.list) {
      const k = ds.table.find(r.code, d.id, y);
      if (k >= 0 && ds.table.provenance(k).kind === 'illustrative') { illustrative = true; break; }
    }
    if (illustrative) break;
  }
  return {
    heat,
    parent: parentRow ? { code: parentRow.code, name: parentRow.name, profile: parentRow.profile } : (ds.rootUnit ? { code: ds.rootUnit, name: ds.units.has(ds.rootUnit) ? ds.units.name(ds.rootUnit, lang, y) : ds.rootUnit, profile: profileOf(ds.table, ds.rootUnit, y, heat.list) } : null),
    selected,
    changeYears,
    standard: std && list ? { id: std.id, label: std.label[lang], verified: list.verified, source: list.source } : null,
    illustrative,
  };
}
