/**
 * How many rows of a long list to render now: `first` at once, then `step` more in each later
 * task until all `total` are there. A national file's report (fifty new units with three selects
 * each, a hundred problems) laid out in one frame was a task of a few hundred milliseconds; in
 * steps, each frame lays out a few rows. A change in `restart` (the list, its page) starts again
 * from `first`.
 */
import { useEffect, useState } from 'react';

const same = (a: readonly unknown[], b: readonly unknown[]) => a.length === b.length && a.every((x, i) => x === b[i]);

export function useGrowing(total: number, first: number, step: number, restart: readonly unknown[]): number {
  const [state, setState] = useState({ restart, n: first });
  const current = same(state.restart, restart);
  // A new list starts small again (state adjusted during render, as React allows for props).
  if (!current) setState({ restart, n: first });
  const n = current ? state.n : first;
  useEffect(() => {
    if (n >= total) return;
    const id = setTimeout(() => setState((s) => ({ restart: s.restart, n: s.n + step })), 0);
    return () => clearTimeout(id);
  }, [n, total, step]);
  return Math.min(n, total);
}
