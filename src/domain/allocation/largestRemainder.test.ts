import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { splitWhole } from './largestRemainder.ts';
import { mulberry32 } from '../../../test/lib/prng.mjs';

describe('splitWhole', () => {
  it('adds up to the total and keeps each part within one of its exact share', () => {
    fc.assert(fc.property(
      fc.integer({ min: 0, max: 1_000_000 }),
      fc.array(fc.double({ min: 0.001, max: 1000, noNaN: true }), { minLength: 1, maxLength: 60 }),
      (total, weights) => {
        const parts = splitWhole(total, weights);
        const sum = weights.reduce((a, b) => a + b, 0);
        expect(parts.reduce((a, b) => a + b, 0)).toBe(total);
        parts.forEach((p, i) => {
          expect(Number.isInteger(p)).toBe(true);
          expect(Math.abs(p - (total * weights[i]!) / sum)).toBeLessThan(1 + 1e-6);
        });
      },
    ));
  });

  it('gives equal remainders to the earlier weights (so builders stay byte-stable)', () => {
    // 10 into three equal thirds: one extra household, to the first.
    expect(splitWhole(10, [1, 1, 1])).toEqual([4, 3, 3]);
    expect(splitWhole(11, [1, 1, 1])).toEqual([4, 4, 3]);
    // Order follows the weights past ten parts (codes are zero-padded, not compared as text "10" < "2").
    const many = splitWhole(13, Array(12).fill(1));
    expect(many.slice(0, 1)).toEqual([2]);
    expect(many.slice(1)).toEqual(Array(11).fill(1));
  });
});

describe('mulberry32 (test/lib/prng.mjs)', () => {
  it('repeats its draws for a seed, differs across seeds, stays in [0, 1)', () => {
    const a = mulberry32(2025);
    const b = mulberry32(2025);
    const c = mulberry32(2026);
    const xs = Array.from({ length: 1000 }, () => a());
    expect(Array.from({ length: 1000 }, () => b())).toEqual(xs);
    expect(Array.from({ length: 1000 }, () => c())).not.toEqual(xs);
    expect(xs.every((x) => x >= 0 && x < 1)).toBe(true);
    const mean = xs.reduce((s, x) => s + x, 0) / xs.length;
    expect(mean).toBeGreaterThan(0.45);
    expect(mean).toBeLessThan(0.55);
  });
});
