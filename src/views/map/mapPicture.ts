/**
 * The map as a still picture for the presenter, the print brief and the deck: the same scale and
 * classes as the map screen (the user's method, classes, palette and scope from the URL keys,
 * through readSettings → computeScale → deriveMap), laid out as tiles. No React, tested.
 */
import { comparisonUnits, type Dataset } from '../../domain/dataset.ts';
import { tileInputs } from '../../domain/units.ts';
import { tileLayout, type TileGrid } from '../../geo/tiles.ts';
import type { Lang } from '../../i18n/format.ts';
import { computeScale, deriveMap, readSettings, type MapLegendRow } from './mapSeries.ts';

export interface PictureCell { code: string; name: string; col: number; row: number; value?: number; color: string | null }
export interface MapPicture {
  grid: TileGrid;
  cells: PictureCell[];
  legend: MapLegendRow[];
  /** The indicator's unit ('%', 'households' …), for the legend's ranges. */
  unit: string;
  /** Classes are value − target (relative to target): the legend reads as differences. */
  relative: boolean;
}

export function mapPicture(ds: Dataset, indicator: string, year: number | null, lang: Lang, extra: Record<string, string> = {}): MapPicture {
  const units = comparisonUnits(ds, year ?? undefined);
  const settings = readSettings(extra);
  const grid = tileLayout(tileInputs(ds, units));
  const relative = settings.method === 'target';
  if (year === null) {
    return { grid, cells: grid.tiles.map((t) => ({ code: t.code, name: ds.units.name(t.code, lang), col: t.col, row: t.row, color: null })), legend: [], unit: '', relative };
  }
  const scale = computeScale(ds, indicator, units, settings, year);
  const data = deriveMap(ds, indicator, year, units, settings, lang, scale);
  const cells = grid.tiles.map((t) => {
    const it = data.byCode.get(t.code);
    return {
      code: t.code, name: it?.name ?? ds.units.name(t.code, lang), col: t.col, row: t.row,
      ...(it?.raw !== undefined ? { value: it.raw } : {}),
      color: it?.color ?? null,
    };
  });
  return { grid, cells, legend: data.legend, unit: data.unit, relative };
}
