/**
 * Tile-grid layout: one equal square per unit, roughly where the unit is. From centroids (any
 * planar coordinates, y down) each unit takes the free cell nearest its scaled position; without
 * centroids units fill rows in order. Every unit gets exactly one cell and no two share one.
 */
export interface Tile { code: string; col: number; row: number }
export interface TileGrid { tiles: Tile[]; cols: number; rows: number }

/** `tile` is a position laid out by hand (data shipped with the units); used when every item has one. */
export interface TileInput { code: string; x?: number; y?: number; tile?: readonly [number, number] }

export function tileLayout(items: readonly TileInput[]): TileGrid {
  const n = items.length;
  if (n === 0) return { tiles: [], cols: 0, rows: 0 };
  const withPos = items.every((i) => Number.isFinite(i.x) && Number.isFinite(i.y));
  if (!withPos) {
    if (items.every((i) => i.tile) && new Set(items.map((i) => i.tile!.join())).size === n) {
      return compact(items.map((i) => ({ code: i.code, col: i.tile![0], row: i.tile![1] })));
    }
    const cols = Math.ceil(Math.sqrt(n));
    return compact(items.map((i, k) => ({ code: i.code, col: k % cols, row: Math.floor(k / cols) })));
  }
  const xs = items.map((i) => i.x!);
  const ys = items.map((i) => i.y!);
  const x0 = Math.min(...xs); const x1 = Math.max(...xs);
  const y0 = Math.min(...ys); const y1 = Math.max(...ys);
  const w = Math.max(x1 - x0, 1e-9); const h = Math.max(y1 - y0, 1e-9);
  // About 3 cells per unit leave room for the outline (a long, narrow country keeps its S); the aspect follows the centroids.
  const cells = Math.max(n * 3, 4);
  const aspect = Math.min(Math.max(w / h, 0.1), 10);
  const cols = Math.max(1, Math.round(Math.sqrt(cells * aspect)));
  const rows = Math.max(Math.ceil(cells / cols), Math.ceil(n / cols));
  const taken = new Uint8Array(cols * rows);
  const target = items.map((i) => ({ code: i.code, tx: ((i.x! - x0) / w) * (cols - 1), ty: ((i.y! - y0) / h) * (rows - 1) }));
  // Place from the outside in: outlying units keep their side, the crowded middle gives way.
  const cx = (cols - 1) / 2; const cy = (rows - 1) / 2;
  const order = target.map((_, k) => k).sort((a, b) => {
    const da = (target[a]!.tx - cx) ** 2 + (target[a]!.ty - cy) ** 2;
    const db = (target[b]!.tx - cx) ** 2 + (target[b]!.ty - cy) ** 2;
    return db - da || target[a]!.code.localeCompare(target[b]!.code);
  });
  const tiles: Tile[] = new Array(n);
  for (const k of order) {
    const t = target[k]!;
    const cell = nearestFree(taken, cols, rows, t.tx, t.ty);
    taken[cell] = 1;
    tiles[k] = { code: t.code, col: cell % cols, row: Math.floor(cell / cols) };
  }
  return compact(tiles);
}

function nearestFree(taken: Uint8Array, cols: number, rows: number, tx: number, ty: number): number {
  const c0 = Math.round(tx); const r0 = Math.round(ty);
  const maxR = Math.max(cols, rows);
  for (let rad = 0; rad <= maxR; rad++) {
    let best = -1; let bestD = Infinity;
    for (let r = r0 - rad; r <= r0 + rad; r++) {
      for (let c = c0 - rad; c <= c0 + rad; c++) {
        if (Math.max(Math.abs(r - r0), Math.abs(c - c0)) !== rad) continue; // ring only
        if (r < 0 || c < 0 || r >= rows || c >= cols || taken[r * cols + c]) continue;
        const d = (c - tx) ** 2 + (r - ty) ** 2;
        if (d < bestD) { bestD = d; best = r * cols + c; }
      }
    }
    if (best >= 0) return best;
  }
  throw new Error('tile grid is full'); // cannot happen: cols × rows ≥ n
}

/** Drop empty rows and columns so the grid is tight. */
function compact(tiles: Tile[]): TileGrid {
  const cs = [...new Set(tiles.map((t) => t.col))].sort((a, b) => a - b);
  const rs = [...new Set(tiles.map((t) => t.row))].sort((a, b) => a - b);
  const ci = new Map(cs.map((c, i) => [c, i]));
  const ri = new Map(rs.map((r, i) => [r, i]));
  return { tiles: tiles.map((t) => ({ code: t.code, col: ci.get(t.col)!, row: ri.get(t.row)! })), cols: cs.length, rows: rs.length };
}
