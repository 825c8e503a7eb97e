/**
 * Pure layout and hit-testing for a canvas map (no DOM): tiles are found by arithmetic from the
 * pointer, shapes through a coarse grid of bounding boxes (the caller then asks the canvas whether
 * the point is really inside the path). Coordinates are map units: the MAP_WIDTH × height space.
 */
import type { TileGrid } from './tiles.ts';

export interface TileMetrics { cols: number; rows: number; gap: number; size: number; step: number; width: number; height: number }

/**
 * Tile size as in the SVG TileMap (gap 4, at most 110 wide), except that the gap shrinks to an
 * eighth of the step when tiles get small: with 10,600 units a 4-unit gap would be wider than
 * the tiles themselves and the map would be mostly white.
 */
export function tileMetrics(cols: number, rows: number, width: number, gap = 4): TileMetrics {
  const c = Math.max(1, cols);
  const g = Math.min(gap, (width - gap) / c / 8);
  const size = Math.min(110, (width - g) / c - g);
  const step = size + g;
  return { cols, rows, gap: g, size, step, width: cols * step + g, height: rows * step + g };
}

/** Top-left corner of a tile. */
export function tileOrigin(m: TileMetrics, col: number, row: number): [number, number] {
  return [m.gap + col * m.step, m.gap + row * m.step];
}

/** cell (row × cols + col) → index into grid.tiles, −1 for an empty cell. */
export function cellIndex(grid: TileGrid): Int32Array {
  const cells = new Int32Array(grid.cols * grid.rows).fill(-1);
  grid.tiles.forEach((t, i) => { cells[t.row * grid.cols + t.col] = i; });
  return cells;
}

/** Index of the tile under (x, y), or −1 (outside the grid, in a gap, or an empty cell). */
export function tileAt(m: TileMetrics, cells: Int32Array, x: number, y: number): number {
  const fx = (x - m.gap) / m.step;
  const fy = (y - m.gap) / m.step;
  const col = Math.floor(fx);
  const row = Math.floor(fy);
  if (col < 0 || row < 0 || col >= m.cols || row >= m.rows) return -1;
  if ((fx - col) * m.step > m.size || (fy - row) * m.step > m.size) return -1; // in the gap
  return cells[row * m.cols + col] ?? -1;
}

export interface Box { x0: number; y0: number; x1: number; y1: number }

/**
 * Bounding box of an SVG path string as d3-geo writes polygons: absolute M/L commands and Z, so
 * the numbers come in x,y pairs. An empty path gives an empty box (x0 > x1).
 */
export function pathBounds(d: string): Box {
  const nums = d.match(/-?\d*\.?\d+(?:e[-+]?\d+)?/gi) ?? [];
  const b = { x0: Infinity, y0: Infinity, x1: -Infinity, y1: -Infinity };
  for (let i = 0; i + 1 < nums.length; i += 2) {
    const x = Number(nums[i]); const y = Number(nums[i + 1]);
    if (x < b.x0) b.x0 = x;
    if (x > b.x1) b.x1 = x;
    if (y < b.y0) b.y0 = y;
    if (y > b.y1) b.y1 = y;
  }
  return b;
}

export interface ShapeIndex { cell: number; cols: number; rows: number; buckets: number[][]; boxes: Box[] }

/** A uniform grid over the map; each bucket lists the shapes whose box touches that cell. */
export function buildShapeIndex(boxes: readonly Box[], width: number, height: number, cell = 16): ShapeIndex {
  const cols = Math.max(1, Math.ceil(width / cell));
  const rows = Math.max(1, Math.ceil(height / cell));
  const buckets: number[][] = Array.from({ length: cols * rows }, () => []);
  const clamp = (v: number, n: number) => Math.min(n - 1, Math.max(0, Math.floor(v / cell)));
  boxes.forEach((b, i) => {
    if (!(b.x0 <= b.x1 && b.y0 <= b.y1)) return;
    const c0 = clamp(b.x0, cols); const c1 = clamp(b.x1, cols);
    const r0 = clamp(b.y0, rows); const r1 = clamp(b.y1, rows);
    for (let r = r0; r <= r1; r++) for (let c = c0; c <= c1; c++) buckets[r * cols + c]!.push(i);
  });
  return { cell, cols, rows, buckets, boxes: [...boxes] };
}

/** Shapes whose bounding box contains (x, y), last drawn (topmost) first. */
export function candidatesAt(ix: ShapeIndex, x: number, y: number): number[] {
  const c = Math.floor(x / ix.cell); const r = Math.floor(y / ix.cell);
  if (c < 0 || r < 0 || c >= ix.cols || r >= ix.rows) return [];
  const out: number[] = [];
  const bucket = ix.buckets[r * ix.cols + c]!;
  for (let k = bucket.length - 1; k >= 0; k--) {
    const b = ix.boxes[bucket[k]!]!;
    if (x >= b.x0 && x <= b.x1 && y >= b.y0 && y <= b.y1) out.push(bucket[k]!);
  }
  return out;
}
