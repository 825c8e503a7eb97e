import { describe, expect, it } from 'vitest';
import { paintFills, tileScene } from './canvasDraw.ts';
import { tileLayout } from '../../geo/tiles.ts';
import { tileOrigin } from '../../geo/hitTest.ts';
import type { MapFills } from './mapData.ts';

/** A 2D context that records which rectangles each fill painted. */
function recorder() {
  const fills: { style: unknown; rects: number[][] }[] = [];
  let rects: number[][] = [];
  const ctx = {
    fillStyle: '' as unknown,
    clearRect: () => {},
    beginPath: () => { rects = []; },
    rect: (x: number, y: number, w: number, h: number) => { rects.push([x, y, w, h]); },
    fill: () => { fills.push({ style: ctx.fillStyle, rects }); },
  };
  return { ctx: ctx as unknown as CanvasRenderingContext2D, fills };
}

describe('paintFills on tiles, from the classes', () => {
  it('paints every tile once, in its class colour, "no data" hatched, a unit not drawn hatched too', () => {
    const codes = ['A', 'B', 'C', 'D', 'E'];
    const scene = tileScene(tileLayout(codes.map((code) => ({ code }))), 400);
    // E is drawn but not in the units (e.g. no data row at all); D has no value.
    const fills: MapFills = { codes: ['A', 'B', 'C', 'D'], cls: Int16Array.from([1, 0, 1, -1]), colors: ['#aaa', '#bbb'] };
    const { ctx, fills: painted } = recorder();
    paintFills(ctx, scene, fills, 'HATCH');
    const byStyle = new Map(painted.map((f) => [f.style, f.rects.length]));
    expect(byStyle).toEqual(new Map<unknown, number>([['HATCH', 2], ['#aaa', 1], ['#bbb', 2]]));
    expect(painted.reduce((n, f) => n + f.rects.length, 0)).toBe(codes.length);
    // B (class 0, the first colour) is painted at its own tile.
    if (scene.kind !== 'tiles') throw new Error('a tile scene');
    const b = scene.grid.tiles.find((t) => t.code === 'B')!;
    expect(painted.find((f) => f.style === '#aaa')!.rects).toContainEqual([...tileOrigin(scene.m, b.col, b.row), scene.m.size, scene.m.size]);
  });
});
