/**
 * Drawing for the canvas map, outside React. A scene holds everything that depends on geometry
 * only (tile metrics, Path2D per shape, the hit-test index), built once per geometry; a year
 * change calls paintFills alone (no re-projection, no new paths).
 */
import type { TileGrid } from '../../geo/tiles.ts';
import { buildShapeIndex, candidatesAt, cellIndex, pathBounds, tileAt, tileMetrics, tileOrigin, type Box, type ShapeIndex, type TileMetrics } from '../../geo/hitTest.ts';
import type { GeoShape } from './ChoroplethPaths.tsx';
import { unitIndex, type MapFills } from './mapData.ts';

export type Scene =
  | { kind: 'tiles'; grid: TileGrid; m: TileMetrics; cells: Int32Array; width: number; height: number; byUnit: Map<string, number> }
  | { kind: 'shapes'; shapes: GeoShape[]; paths: Path2D[]; outlines: Path2D; boxes: Box[]; index: ShapeIndex; width: number; height: number; byUnit: Map<string, number> };

export function tileScene(grid: TileGrid, width: number): Scene {
  const m = tileMetrics(grid.cols, grid.rows, width);
  return { kind: 'tiles', grid, m, cells: cellIndex(grid), width: m.width, height: m.height, byUnit: new Map(grid.tiles.map((t, i) => [t.code, i])) };
}

export function shapeScene(shapes: GeoShape[], width: number, height: number): Scene {
  const paths = shapes.map((s) => new Path2D(s.d));
  const outlines = new Path2D();
  const byUnit = new Map<string, number>();
  shapes.forEach((s, i) => { if (s.code !== null) { outlines.addPath(paths[i]!); byUnit.set(s.code, i); } });
  // Only units are hit-tested; the neighbours drawn in grey get an empty box.
  const boxes = shapes.map((s) => (s.code === null ? { x0: 1, y0: 1, x1: 0, y1: 0 } : pathBounds(s.d)));
  return { kind: 'shapes', shapes, paths, outlines, boxes, index: buildShapeIndex(boxes, width, height), width, height, byUnit };
}

/** Diagonal hatching for "no data", as Hatch.tsx: light grey with darker stripes. */
export function hatchPattern(ctx: CanvasRenderingContext2D, pixelsPerUnit: number): CanvasPattern | string {
  const c = document.createElement('canvas');
  c.width = 6; c.height = 6;
  const g = c.getContext('2d');
  if (!g) return '#ddd';
  g.fillStyle = '#f4f4f4';
  g.fillRect(0, 0, 6, 6);
  g.strokeStyle = '#8a8a8a';
  g.lineWidth = 1.5;
  g.beginPath();
  for (const o of [-6, 0, 6]) { g.moveTo(o, 6); g.lineTo(o + 6, 0); }
  g.stroke();
  const p = ctx.createPattern(c, 'repeat');
  if (!p) return '#ddd';
  // Stripes keep a fixed size on screen whatever the map's scale.
  p.setTransform(new DOMMatrix().scale(1 / pixelsPerUnit));
  return p;
}

/** Map units → canvas pixels for a canvas of bw × bh device pixels. */
export function setScale(ctx: CanvasRenderingContext2D, scene: Scene, bw: number, bh: number): void {
  ctx.setTransform(bw / scene.width, 0, 0, bh / scene.height, 0, 0);
}

/** Each scene element's position in the drawn units (−1: not a unit), once per scene and units list. */
const unitsOf = new WeakMap<Scene, { codes: readonly string[]; at: Int32Array }>();
function sceneUnits(scene: Scene, codes: readonly string[]): Int32Array {
  const hit = unitsOf.get(scene);
  if (hit?.codes === codes) return hit.at;
  const idx = unitIndex(codes);
  const at = scene.kind === 'tiles'
    ? Int32Array.from(scene.grid.tiles, (t) => idx.get(t.code) ?? -1)
    : Int32Array.from(scene.shapes, (s) => (s.code === null ? -1 : idx.get(s.code) ?? -1));
  unitsOf.set(scene, { codes, at });
  return at;
}

/** Works out what paintFills keeps per scene and units list (a national map's first paint was one long task with it). */
export function prepareFills(scene: Scene, codes: readonly string[]): void {
  sceneUnits(scene, codes);
  if (scene.kind === 'tiles') originsOf(scene);
}

/**
 * Clear and paint every fill; one batched path per class for tiles. Reads the classes as an array
 * (no item or lookup per unit), so a year change at 10,600 units allocates only the tile order.
 */
export function paintFills(ctx: CanvasRenderingContext2D, scene: Scene, fills: MapFills, noData: CanvasPattern | string): void {
  ctx.clearRect(0, 0, scene.width, scene.height);
  const at = sceneUnits(scene, fills.codes);
  // Bucket 0 is "no data", bucket c + 1 class c.
  const bucketOf = (i: number) => { const k = at[i]!; return k < 0 ? 0 : fills.cls[k]! + 1; };
  if (scene.kind === 'tiles') {
    const n = scene.grid.tiles.length;
    const buckets = fills.colors.length + 1;
    const { m } = scene;
    const origins = originsOf(scene);
    // Tiles in class order (a counting sort), each class one path.
    const start = new Int32Array(buckets + 1);
    for (let i = 0; i < n; i++) start[bucketOf(i) + 1]!++;
    for (let k = 0; k < buckets; k++) start[k + 1]! += start[k]!;
    const fill = start.slice(0, -1);
    const order = new Int32Array(n);
    for (let i = 0; i < n; i++) order[fill[bucketOf(i)]!++] = i;
    for (let k = 0; k < buckets; k++) {
      if (start[k] === start[k + 1]) continue;
      ctx.fillStyle = k === 0 ? noData : fills.colors[k - 1]!;
      ctx.beginPath();
      for (let j = start[k]!; j < start[k + 1]!; j++) { const i = order[j]!; ctx.rect(origins[2 * i]!, origins[2 * i + 1]!, m.size, m.size); }
      ctx.fill();
    }
    return;
  }
  let last: string | CanvasPattern | null = null;
  scene.shapes.forEach((s, i) => {
    const b = bucketOf(i);
    const fill = s.code === null ? '#e6e6e6' : b === 0 ? noData : fills.colors[b - 1]!;
    if (fill !== last) { ctx.fillStyle = fill; last = fill; }
    ctx.fill(scene.paths[i]!);
  });
  ctx.strokeStyle = '#fff';
  ctx.lineWidth = 0.7;
  ctx.stroke(scene.outlines);
}

/** Each tile's top-left corner (x, y pairs), worked out once per scene: geometry does not change with the year. */
const tileOrigins = new WeakMap<Scene, Float64Array>();
function originsOf(scene: Extract<Scene, { kind: 'tiles' }>): Float64Array {
  let o = tileOrigins.get(scene);
  if (o) return o;
  o = new Float64Array(scene.grid.tiles.length * 2);
  scene.grid.tiles.forEach((t, i) => { const [x, y] = tileOrigin(scene.m, t.col, t.row); o![2 * i] = x; o![2 * i + 1] = y; });
  tileOrigins.set(scene, o);
  return o;
}

/** Outlines on the overlay canvas: the selected unit in red, the hovered one in black. */
export function paintOverlay(ctx: CanvasRenderingContext2D, scene: Scene, selected: string | null, hover: string | null): void {
  ctx.clearRect(0, 0, scene.width, scene.height);
  const outline = (code: string | null, color: string, width: number) => {
    const i = code === null ? undefined : scene.byUnit.get(code);
    if (i === undefined) return;
    ctx.strokeStyle = color;
    if (scene.kind === 'tiles') {
      const t = scene.grid.tiles[i]!;
      const [x, y] = tileOrigin(scene.m, t.col, t.row);
      ctx.lineWidth = Math.max(0.6, Math.min(width, scene.m.size / 3));
      ctx.strokeRect(x, y, scene.m.size, scene.m.size);
    } else {
      ctx.lineWidth = width;
      ctx.stroke(scene.paths[i]!);
    }
  };
  outline(hover, '#111', 2);
  outline(selected, '#d00', 2.5);
}

/** The unit under a point in map units; `ctx` must carry the scene's transform (isPointInPath takes pixels). */
export function hitCode(scene: Scene, ctx: CanvasRenderingContext2D | null, x: number, y: number, pxPerUnitX: number, pxPerUnitY: number): string | null {
  if (scene.kind === 'tiles') {
    const i = tileAt(scene.m, scene.cells, x, y);
    return i < 0 ? null : scene.grid.tiles[i]!.code;
  }
  for (const i of candidatesAt(scene.index, x, y)) {
    if (!ctx || ctx.isPointInPath(scene.paths[i]!, x * pxPerUnitX, y * pxPerUnitY)) return scene.shapes[i]!.code;
  }
  return null;
}

/** Centre of a unit in map units (tile centre, or the middle of the shape's box). */
export function unitCentre(scene: Scene, code: string): [number, number] | null {
  const i = scene.byUnit.get(code);
  if (i === undefined) return null;
  if (scene.kind === 'tiles') {
    const t = scene.grid.tiles[i]!;
    const [x, y] = tileOrigin(scene.m, t.col, t.row);
    return [x + scene.m.size / 2, y + scene.m.size / 2];
  }
  const b = scene.boxes[i]!;
  return [(b.x0 + b.x1) / 2, (b.y0 + b.y1) / 2];
}
