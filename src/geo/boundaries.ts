/**
 * Boundary files → GeoJSON features. Accepts TopoJSON (every object, or one by name) and GeoJSON
 * (FeatureCollection, Feature, or bare geometry). Rings are rewound for d3-geo and the bounds are
 * checked so a projected file (metres) is refused with a clear message instead of drawing nothing.
 */
import { feature as topoFeature } from 'topojson-client';
import type { Topology, GeometryObject } from 'topojson-specification';
import type { Feature, FeatureCollection, Geometry, GeoJsonProperties, MultiPolygon, Polygon, Position } from 'geojson';
import { rewindGeometry } from './rewind.ts';

export type BoundaryFeature = Feature<Polygon | MultiPolygon, Record<string, unknown>>;

export interface BoundarySet {
  features: BoundaryFeature[];
  /** Property names seen on any feature, plus "id" when features carry ids. */
  properties: string[];
  bbox: [number, number, number, number];
}

export class BoundaryError extends Error {
  constructor(readonly code: 'not-json' | 'not-geo' | 'no-polygons' | 'not-lonlat', message: string) {
    super(message);
  }
}

function isTopology(o: unknown): o is Topology {
  return typeof o === 'object' && o !== null && (o as { type?: unknown }).type === 'Topology'
    && typeof (o as { objects?: unknown }).objects === 'object';
}

function toFeatures(o: unknown): Feature<Geometry | null, GeoJsonProperties>[] {
  if (isTopology(o)) {
    return Object.values(o.objects).flatMap((obj) => toFeatures(topoFeature(o, obj as GeometryObject)));
  }
  const t = (o as { type?: unknown } | null)?.type;
  if (t === 'FeatureCollection') return (o as FeatureCollection).features;
  if (t === 'Feature') return [o as Feature];
  if (t === 'GeometryCollection') {
    return (o as { geometries: Geometry[] }).geometries.map((g) => ({ type: 'Feature', properties: {}, geometry: g }));
  }
  if (t === 'Polygon' || t === 'MultiPolygon') return [{ type: 'Feature', properties: {}, geometry: o as Geometry }];
  throw new BoundaryError('not-geo', 'The file is neither GeoJSON nor TopoJSON.');
}

function eachPosition(g: Polygon | MultiPolygon, f: (p: Position) => void): void {
  const polys = g.type === 'Polygon' ? [g.coordinates] : g.coordinates;
  for (const poly of polys) for (const ring of poly) for (const p of ring) f(p);
}

/** Parse a boundary file's text (or already-parsed JSON). Throws BoundaryError with a reason. */
export function readBoundaries(input: string | unknown): BoundarySet {
  let json: unknown = input;
  if (typeof input === 'string') {
    try { json = JSON.parse(input.replace(/^\uFEFF/, '')); } catch {
      throw new BoundaryError('not-json', 'The file is not valid JSON.');
    }
  }
  const features: BoundaryFeature[] = [];
  const props = new Set<string>();
  let hasId = false;
  for (const f of toFeatures(json)) {
    const g = f.geometry;
    if (!g || (g.type !== 'Polygon' && g.type !== 'MultiPolygon')) continue;
    const properties: Record<string, unknown> = { ...(f.properties ?? {}) };
    Object.keys(properties).forEach((k) => props.add(k));
    if (f.id !== undefined) hasId = true;
    features.push({ type: 'Feature', id: f.id, properties, geometry: rewindGeometry(g) });
  }
  if (!features.length) throw new BoundaryError('no-polygons', 'The file has no polygon features.');
  const bbox = boundsOf(features);
  const [x0, y0, x1, y1] = bbox;
  if (!(x0 >= -180 && x1 <= 180 && y0 >= -90 && y1 <= 90)) {
    throw new BoundaryError('not-lonlat',
      `Coordinates are not longitude/latitude (bounds ${[x0, y0, x1, y1].map((v) => Math.round(v)).join(', ')}). `
      + 'Re-project the file to WGS84 (EPSG:4326) before loading it.');
  }
  return { features, properties: [...(hasId ? ['id'] : []), ...[...props].sort()], bbox };
}

export function boundsOf(features: readonly BoundaryFeature[]): [number, number, number, number] {
  let x0 = Infinity; let y0 = Infinity; let x1 = -Infinity; let y1 = -Infinity;
  for (const f of features) {
    eachPosition(f.geometry, ([x, y]) => {
      if (x! < x0) x0 = x!; if (x! > x1) x1 = x!;
      if (y! < y0) y0 = y!; if (y! > y1) y1 = y!;
    });
  }
  return [x0, y0, x1, y1];
}

/** A feature's value for a property; "id" reads the feature id when no such property exists. */
export function featureKey(f: BoundaryFeature, prop: string): string | null {
  const v = prop === 'id' && !(prop in f.properties) ? f.id : f.properties[prop];
  if (v === undefined || v === null || v === '') return null;
  return String(v);
}
