import { describe, expect, it } from 'vitest';
import { buildShapeIndex, candidatesAt, cellIndex, pathBounds, tileAt, tileMetrics, tileOrigin } from './hitTest.ts';
import type { TileGrid } from './tiles.ts';

// 3 × 2 grid with one empty cell (col 2, row 1).
const grid: TileGrid = { cols: 3, rows: 2, tiles: [
  { code: 'a', col: 0, row: 0 }, { code: 'b', col: 1, row: 0 }, { code: 'c', col: 2, row: 0 }, { code: 'd', col: 0, row: 1 }, { code: 'e', col: 1, row: 1 },
] };

describe('tileMetrics', () => {
  it('matches the SVG tile map for few units (gap 4, max 110)', () => {
    const m = tileMetrics(3, 2, 800);
    expect(m.gap).toBe(4);
    expect(m.size).toBe(110);
    expect(m.step).toBe(114);
    expect(m.width).toBe(3 * 114 + 4);
    expect(m.height).toBe(2 * 114 + 4);
  });
  it('shrinks the gap for thousands of units so tiles stay wider than gaps', () => {
    const m = tileMetrics(103, 103, 800);
    expect(m.gap).toBeLessThan(1);
    expect(m.size).toBeGreaterThan(6 * m.gap);
    expect(m.width).toBeLessThanOrEqual(800 + 1e-9);
  });
});

describe('tileAt', () => {
  const m = tileMetrics(grid.cols, grid.rows, 800); // gap 4, size 110, step 114
  const cells = cellIndex(grid);
  const cases: [string, number, number, string | null][] = [
    ['inside the first tile', 10, 10, 'a'],
    ['first tile, top-left corner', 4, 4, 'a'],
    ['first tile, bottom-right edge', 114, 114, 'a'],
    ['left outer gap', 2, 50, null],
    ['gap between a and b', 116, 50, null],
    ['gap between rows', 50, 116, null],
    ['second tile', 118 + 50, 60, 'b'],
    ['third tile', 4 + 2 * 114 + 1, 100, 'c'],
    ['second row first tile', 30, 4 + 114 + 30, 'd'],
    ['empty cell', 4 + 2 * 114 + 30, 4 + 114 + 30, null],
    ['right of the grid', 4 + 3 * 114 + 5, 30, null],
    ['below the grid', 30, 4 + 2 * 114 + 5, null],
    ['negative', -5, -5, null],
  ];
  it.each(cases)('%s', (_name, x, y, code) => {
    const i = tileAt(m, cells, x, y);
    expect(i < 0 ? null : grid.tiles[i]!.code).toBe(code);
  });
  it('finds every tile at its centre (round trip with tileOrigin)', () => {
    const big: TileGrid = { cols: 100, rows: 40, tiles: Array.from({ length: 4000 }, (_, k) => ({ code: String(k), col: k % 100, row: Math.floor(k / 100) })) };
    const bm = tileMetrics(big.cols, big.rows, 800);
    const bc = cellIndex(big);
    for (const [i, t] of big.tiles.entries()) {
      const [x, y] = tileOrigin(bm, t.col, t.row);
      expect(tileAt(bm, bc, x + bm.size / 2, y + bm.size / 2)).toBe(i);
    }
  });
});

describe('pathBounds', () => {
  it.each([
    ['square', 'M10,20L30,20L30,40L10,40Z', { x0: 10, y0: 20, x1: 30, y1: 40 }],
    ['decimals, negatives, two rings', 'M-1.5,2.25L3,2L3,8Z M100,0.5L101,7e1Z', { x0: -1.5, y0: 0.5, x1: 101, y1: 70 }],
  ])('%s', (_n, d, box) => expect(pathBounds(d)).toEqual(box));
  it('empty path gives an empty box', () => {
    const b = pathBounds('');
    expect(b.x0 > b.x1).toBe(true);
  });
});

describe('shape index', () => {
  // Two overlapping squares and a ring with a hole (the hole is the caller's isPointInPath's job:
  // by bounding box the hole is still a candidate).
  const boxes = [
    pathBounds('M0,0L40,0L40,40L0,40Z'),
    pathBounds('M30,30L70,30L70,70L30,70Z'),
    pathBounds('M100,100L200,100L200,200L100,200Z M130,130L130,170L170,170L170,130Z'),
    pathBounds(''),
  ];
  const ix = buildShapeIndex(boxes, 800, 400, 16);
  it.each([
    ['first only', 5, 5, [0]],
    ['overlap: topmost first', 35, 35, [1, 0]],
    ['second only', 60, 60, [1]],
    ['nothing', 90, 90, []],
    ['ring', 110, 110, [2]],
    ['inside the hole: still a box candidate', 150, 150, [2]],
    ['outside the map', -1, 5, []],
    ['beyond the map', 900, 5, []],
  ])('%s', (_n, x, y, want) => expect(candidatesAt(ix, x, y)).toEqual(want));
});
