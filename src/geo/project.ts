/**
 * Projection fitting: one SVG path string and one centroid per feature, computed once per
 * geometry and size. The view then only recolours (no re-projection on a year change).
 */
import { geoMercator, geoPath, type GeoProjection } from 'd3-geo';
import type { BoundaryFeature } from './boundaries.ts';

export interface ProjectedFeature { d: string; cx: number; cy: number }

export function fitProjection(features: readonly BoundaryFeature[], width: number, height: number, pad = 8): GeoProjection {
  return geoMercator().fitExtent([[pad, pad], [width - pad, height - pad]], { type: 'FeatureCollection', features: [...features] });
}

export function projectFeatures(features: readonly BoundaryFeature[], width: number, height: number): ProjectedFeature[] {
  const projection = fitProjection(features, width, height);
  const path = geoPath(projection);
  return features.map((f) => {
    const [cx, cy] = path.centroid(f);
    return { d: path(f) ?? '', cx: Number.isFinite(cx) ? cx : NaN, cy: Number.isFinite(cy) ? cy : NaN };
  });
}

/** Fit to a width; the height follows the features' shape (capped so a tall country stays on screen). */
export function projectToWidth(features: readonly BoundaryFeature[], width: number, maxHeight = width * 1.4): { paths: ProjectedFeature[]; height: number } {
  const fc = { type: 'FeatureCollection' as const, features: [...features] };
  const probe = geoMercator().fitWidth(width, fc);
  const [[, y0], [, y1]] = geoPath(probe).bounds(fc);
  const height = Math.max(120, Math.min(maxHeight, Math.ceil(y1 - y0) + 16));
  return { paths: projectFeatures(features, width, height), height };
}
