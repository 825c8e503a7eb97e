/** The built-in dataset's parts from their CSV texts: shared by the app (bundled) and the CLI (read from disk). */
import Papa from 'papaparse';
import { applyUnitNames, readTidyUnits } from '../ingest/tidy.ts';
import { readCrosswalk } from '../ingest/crosswalkFile.ts';
import type { Crosswalk } from '../domain/crosswalk.ts';
import type { Unit } from '../domain/units.ts';
import type { PeriodGoal } from '../domain/goals.ts';

export interface BuiltinTexts { tthUnits: string; unitNames: string; hueUnits: string; tiles: string; hueCrosswalk: string }

/** Districts of 2021–2024, the 40 units of 1 Jul 2025, and city 46 as one unit with two names. */
export function builtinUnits(t: Pick<BuiltinTexts, 'tthUnits' | 'unitNames' | 'hueUnits' | 'tiles'>): Unit[] {
  const old = applyUnitNames(readTidyUnits(t.tthUnits), t.unitNames).map((u) => (u.code === '46' ? { ...u, validTo: null } : u));
  const tiles = new Map(Papa.parse<Record<string, string>>(t.tiles, { header: true, skipEmptyLines: true }).data
    .map((r) => [r.code ?? '', [Number(r.col), Number(r.row)] as [number, number]]));
  return [...old, ...readTidyUnits(t.hueUnits)].map((u) => (tiles.has(u.code) ? { ...u, tile: tiles.get(u.code)! } : u));
}

/** Huế's 2025 crosswalk: old communes into the 40 units of 1 Jul 2025 (data/hue-2025/crosswalk.csv). */
export function hueCrosswalk(text: string): Crosswalk {
  return readCrosswalk(text, {
    id: 'hue-2025-07-01',
    label: { vi: 'Sắp xếp đơn vị hành chính cấp xã của thành phố Huế (1/7/2025)', en: 'Huế commune-level reorganisation (1 Jul 2025)' },
    effective: '2025-07-01',
    source: 'Nghị quyết 1675/NQ-UBTVQH15; Công văn 1027/CTK-CSCL',
  }).crosswalk;
}

/** Stated goals of a period (data/hue-2025/goals.csv): one row per goal; `indicators` separated by ";". */
export function readGoals(text: string): PeriodGoal[] {
  return Papa.parse<Record<string, string>>(text, { header: true, skipEmptyLines: true }).data.map((r) => ({
    unit: r.unit_code ?? '',
    indicators: (r.indicators ?? '').split(';').map((s) => s.trim()).filter(Boolean),
    from: Number(r.period_from), to: Number(r.period_to), baseYear: Number(r.base_year || r.period_from),
    text: { vi: r.text_vi ?? '', en: r.text_en || r.text_vi || '' },
    source: r.source ?? '',
    ...(r.date ? { date: r.date } : {}),
  })).filter((g) => g.unit && g.text.vi && Number.isInteger(g.from) && Number.isInteger(g.to));
}
