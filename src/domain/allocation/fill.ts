/**
 * Share a total in proportion to weights without passing any unit's bound: a unit whose share
 * would pass its bound is fixed at the bound and the rest is shared again among the others
 * (water-filling). Exact (real) shares; rounding comes after.
 */
export interface FillItem {
  weight: number;
  max: number;
}

export function fill(items: readonly FillItem[], total: number): { exact: number[]; atMax: boolean[] } {
  const exact = items.map(() => 0);
  const atMax = items.map(() => false);
  let active = items.map((_, i) => i).filter((i) => items[i]!.weight > 0 && items[i]!.max > 0);
  let left = total;
  for (;;) {
    const w = active.reduce((s, i) => s + items[i]!.weight, 0);
    if (w <= 0 || left <= 0) break;
    const over = active.filter((i) => (left * items[i]!.weight) / w >= items[i]!.max);
    if (over.length === 0) {
      for (const i of active) exact[i] = (left * items[i]!.weight) / w;
      break;
    }
    for (const i of over) {
      exact[i] = items[i]!.max;
      atMax[i] = true;
      left -= items[i]!.max;
    }
    active = active.filter((i) => !atMax[i]);
  }
  return { exact, atMax };
}
