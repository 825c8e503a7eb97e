// @vitest-environment jsdom
/** A long list is drawn in steps, one per task, and starts small again when it changes. */
import { describe, expect, it } from 'vitest';
import { renderHook, waitFor } from '@testing-library/react';
import { useGrowing } from './useGrowing.ts';

describe('useGrowing', () => {
  it('gives the first rows at once, then more in later tasks up to the total, and restarts on a new list', async () => {
    const seen: number[] = [];
    const { result, rerender } = renderHook(({ total, list }) => { const n = useGrowing(total, 10, 10, [list]); seen.push(n); return n; }, { initialProps: { total: 35, list: 'a' } });
    expect(result.current).toBe(10);
    await waitFor(() => expect(result.current).toBe(35));
    expect([...new Set(seen)]).toEqual([10, 20, 30, 35]);
    rerender({ total: 35, list: 'b' });
    expect(result.current).toBe(10);
    await waitFor(() => expect(result.current).toBe(35));
  });

  it('a short list is whole at once', () => {
    const { result } = renderHook(() => useGrowing(4, 10, 10, []));
    expect(result.current).toBe(4);
  });
});
