/**
 * Geometry for the map, memoised per boundary file and unit list: parse → join → project once;
 * tile layout from the projected centroids (or hand-tuned/in order when there are no boundaries).
 * Nothing here depends on the year or the indicator.
 */
import { useMemo } from 'react';
import type { Dataset } from '../../domain/dataset.ts';
import { readBoundaries, featureKey, type BoundarySet } from '../../geo/boundaries.ts';
import { joinFeatures, type JoinResult, type JoinUnit } from '../../geo/join.ts';
import { projectToWidth } from '../../geo/project.ts';
import { tileLayout, type TileGrid, type TileInput } from '../../geo/tiles.ts';
import { tileInputs } from '../../domain/units.ts';
import type { StoredBoundaries } from './boundaryStore.ts';
import type { GeoShape } from './ChoroplethPaths.tsx';

export const MAP_WIDTH = 800;

export interface MapGeometry {
  joinUnits: JoinUnit[];
  set: BoundarySet | null;
  setError: string | null;
  join: JoinResult | null;
  shapes: GeoShape[];
  height: number;
  grid: TileGrid;
}

export function useMapGeometry(ds: Dataset, units: readonly string[], stored: StoredBoundaries | null): MapGeometry {
  const joinUnits = useMemo(() => units.map((code) => {
    const u = ds.units.get(code);
    return { code, names: u ? [u.name.vi, u.name.en, u.name.ascii] : [code] };
  }), [ds.units, units]);

  const json = stored?.json;
  const parsed = useMemo(() => {
    if (json === undefined) return { set: null, error: null };
    try { return { set: readBoundaries(json), error: null }; } catch (e) { return { set: null, error: String((e as Error).message) }; }
  }, [json]);
  const set = parsed.set;

  const projected = useMemo(() => (set ? projectToWidth(set.features, MAP_WIDTH) : null), [set]);

  const prop = stored?.prop ?? 'id';
  const join = useMemo(() => (set ? joinFeatures(set.features, prop, joinUnits) : null), [set, prop, joinUnits]);

  const shapes = useMemo<GeoShape[]>(() => {
    if (!set || !projected || !join) return [];
    return set.features.map((f, i) => ({ d: projected.paths[i]!.d, code: join.featureUnit[i] ?? null, key: `${i}:${featureKey(f, prop) ?? ''}` }));
  }, [set, projected, join, prop]);

  const grid = useMemo(() => {
    if (!projected || !join || join.unmatchedUnits.length === units.length) return tileLayout(tileInputs(ds, units));
    const pos = new Map<string, [number, number]>();
    join.featureUnit.forEach((code, i) => {
      const p = projected.paths[i]!;
      if (code && Number.isFinite(p.cx)) pos.set(code, [p.cx, p.cy]);
    });
    // Units without a shape go in a row under the map rather than being dropped.
    const maxY = Math.max(...[...pos.values()].map((p) => p[1]));
    const missing = units.filter((c) => !pos.has(c));
    const items: TileInput[] = units.map((code) => {
      const p = pos.get(code);
      if (p) return { code, x: p[0], y: p[1] };
      const k = missing.indexOf(code);
      return { code, x: ((k + 0.5) / missing.length) * MAP_WIDTH, y: maxY * 1.15 + 1 };
    });
    return tileLayout(items);
  }, [projected, join, units, ds]);

  return { joinUnits, set, setError: parsed.error, join, shapes, height: projected?.height ?? 0, grid };
}
