/**
 * Ring winding for d3-geo. RFC 7946 says exteriors are counter-clockwise; d3-geo reads winding on
 * the sphere and takes a counter-clockwise exterior as "everything but this polygon", which fills
 * the globe. So every exterior is made clockwise and every hole counter-clockwise (planar lon/lat
 * signed area: clockwise is negative). Fine for areas that do not cross the antimeridian.
 */
import type { MultiPolygon, Polygon, Position } from 'geojson';

/** Shoelace signed area in lon/lat degrees; > 0 is counter-clockwise. */
export function signedArea(ring: readonly Position[]): number {
  let s = 0;
  for (let i = 0, n = ring.length, j = n - 1; i < n; j = i++) {
    s += (ring[j]![0]! * ring[i]![1]!) - (ring[i]![0]! * ring[j]![1]!);
  }
  return s / 2;
}

function orient(ring: Position[], clockwise: boolean): Position[] {
  const a = signedArea(ring);
  return (clockwise ? a > 0 : a < 0) ? ring.slice().reverse() : ring;
}

function rewindPolygon(rings: Position[][]): Position[][] {
  return rings.map((r, i) => orient(r, i === 0));
}

export function rewindGeometry<G extends Polygon | MultiPolygon>(g: G): G {
  if (g.type === 'Polygon') return { ...g, coordinates: rewindPolygon(g.coordinates) };
  return { ...g, coordinates: (g as MultiPolygon).coordinates.map(rewindPolygon) } as G;
}
