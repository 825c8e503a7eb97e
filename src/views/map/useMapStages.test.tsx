// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { renderHook, waitFor } from '@testing-library/react';
import { MAP_STAGES, STAGE, useMapStages } from './useMapStages.ts';
import { CANVAS_THRESHOLD } from './renderChoice.ts';
import { useStaged } from '../../ui/useStaged.ts';

describe('opening a map in stages', () => {
  it('a small (SVG) map has every stage at once', () => {
    const { result } = renderHook(() => useMapStages(40));
    expect(result.current).toBe(MAP_STAGES);
  });

  it('a canvas map starts with the controls only, then reaches the values of the scale, the scale, the geometry, the classes and the paint, one task each', async () => {
    const seen: number[] = [];
    const { result } = renderHook(() => { const s = useMapStages(CANVAS_THRESHOLD + 1); seen.push(s); return s; });
    expect(result.current).toBe(0);
    await waitFor(() => expect(result.current).toBe(STAGE.paint), { timeout: 5000 });
    // Each stage was rendered on its own, in order.
    expect([...new Set(seen)]).toEqual([0, STAGE.values, STAGE.scale, STAGE.geometry, STAGE.draw, STAGE.paint]);
  });

  it('once open, a switch to a large vintage is not staged again', async () => {
    // A second counter started in the same render says when the map's own count has run through
    // (both step once per frame and task); the map's is not visible while it is small.
    const { result, rerender } = renderHook(({ n }) => ({ map: useMapStages(n), alongside: useStaged(MAP_STAGES) }), { initialProps: { n: 40 } });
    expect(result.current.map).toBe(MAP_STAGES);
    await waitFor(() => expect(result.current.alongside).toBe(MAP_STAGES), { timeout: 5000 });
    await new Promise((r) => { requestAnimationFrame(() => setTimeout(r, 0)); });
    rerender({ n: 10600 });
    expect(result.current.map).toBe(MAP_STAGES);
  });
});
