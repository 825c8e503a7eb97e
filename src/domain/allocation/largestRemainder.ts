/**
 * Whole households by largest remainder: floor every exact share, then give one more household to
 * the largest remainders until the total is exact. Never exceeds a unit's bound. Ties go to the
 * larger unit (more poor households), then to the smaller code, so the result does not depend on
 * input order.
 */
export interface Share {
  code: string;
  exact: number;
  max: number;
  poor: number;
}

export function largestRemainder(shares: readonly Share[], total: number): { whole: number[]; roundedUp: boolean[] } {
  const whole = shares.map((s) => Math.min(s.max, Math.max(0, Math.floor(s.exact + 1e-9))));
  const roundedUp = shares.map(() => false);
  let left = total - whole.reduce((a, b) => a + b, 0);
  if (left <= 0) return { whole, roundedUp };
  const order = shares
    .map((s, i) => ({ i, rem: s.exact - whole[i]!, s }))
    .filter((o) => whole[o.i]! < o.s.max)
    .sort((a, b) => (b.rem - a.rem) || (b.s.poor - a.s.poor) || (a.s.code < b.s.code ? -1 : a.s.code > b.s.code ? 1 : 0));
  for (const o of order) {
    if (left <= 0) break;
    whole[o.i]!++;
    roundedUp[o.i] = true;
    left--;
  }
  return { whole, roundedUp };
}

/**
 * Split `total` into whole parts proportional to `weights`, by largest remainder; equal remainders
 * go to the earlier weight. For builders that share a known total (no bounds, no poor counts).
 */
export function splitWhole(total: number, weights: readonly number[]): number[] {
  const sum = weights.reduce((a, b) => a + b, 0);
  const width = String(weights.length).length;
  const shares = weights.map((w, i) => ({ code: String(i).padStart(width, '0'), exact: (total * w) / sum, max: Infinity, poor: 0 }));
  return largestRemainder(shares, total).whole;
}
