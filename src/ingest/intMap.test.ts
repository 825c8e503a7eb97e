import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { DenseMap, IntMap, keyMap } from './intMap.ts';

describe('IntMap', () => {
  it('answers like a Map for any keys (small, large, colliding) through growth', () => {
    fc.assert(fc.property(fc.array(fc.tuple(fc.oneof(fc.nat(1000), fc.integer({ min: 0, max: 2 ** 52 })), fc.nat()), { maxLength: 400 }), (pairs) => {
      const a = new IntMap(2);
      const b = new Map<number, number>();
      for (const [k, v] of pairs) { a.set(k, v); b.set(k, v); }
      expect(a.size).toBe(b.size);
      for (const [k] of pairs) expect(a.get(k)).toBe(b.get(k));
      expect(a.get(2 ** 52 + 1)).toBeUndefined();
      expect(a.has(1001) ).toBe(b.has(1001));
    }));
  });

  it('DenseMap and keyMap answer like a Map for keys in their range', () => {
    fc.assert(fc.property(fc.nat(5000).chain((n) => fc.tuple(fc.constant(n + 1), fc.array(fc.tuple(fc.nat(n), fc.nat()), { maxLength: 300 }))), ([range, pairs]) => {
      for (const a of [new DenseMap(range), keyMap(range, pairs.length), keyMap(range, 0)]) {
        const b = new Map<number, number>();
        for (const [k, v] of pairs) { a.set(k, v); b.set(k, v); }
        for (let k = 0; k < Math.min(range, 400); k++) { expect(a.get(k)).toBe(b.get(k)); expect(a.has(k)).toBe(b.has(k)); }
      }
    }));
  });
});
