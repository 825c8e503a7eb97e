// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { renderHook, waitFor } from '@testing-library/react';
import { MAP_STAGES, STAGE, useMapStages } from './useMapStages.ts';
import { CANVAS_THRESHOLD } from './renderChoice.ts';

describe('opening a map in stages', () => {
  it('a small (SVG) map has every stage at once', () => {
    const { result } = renderHook(() => useMapStages(40));
    expect(result.current).toBe(MAP_STAGES);
  });

  it('a canvas map starts with the controls only, then reaches the values of the scale, the scale, the geometry, the classes and the paint, one task each', async () => {
    const seen: number[] = [];
    const { result } = renderHook(() => { const s = useMapStages(CANVAS_THRESHOLD + 1); seen.push(s); return s; });
    expect(result.current).toBe(0);
    await waitFor(() => expect(result.current).toBe(STAGE.paint));
    // Each stage was rendered on its own, in order.
    expect([...new Set(seen)]).toEqual([0, STAGE.values, STAGE.scale, STAGE.geometry, STAGE.draw, STAGE.paint]);
  });

  it('once open, a switch to a large vintage is not staged again', async () => {
    const { result, rerender } = renderHook(({ n }) => useMapStages(n), { initialProps: { n: 40 } });
    await waitFor(() => expect(result.current).toBe(MAP_STAGES));
    await new Promise((r) => setTimeout(r, 100));
    rerender({ n: 10600 });
    expect(result.current).toBe(MAP_STAGES);
  });
});
