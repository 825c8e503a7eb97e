import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { StrMap } from './strMap.ts';

describe('StrMap', () => {
  it('property: answers like a Map for any strings set and looked up', () => {
    const key = fc.oneof(fc.string({ maxLength: 6 }), fc.constantFrom('', '100001', 'Xã Giả Lập 00001', 'a\u0001b'));
    fc.assert(fc.property(fc.array(fc.tuple(key, fc.integer())), fc.array(key), (sets, gets) => {
      const a = new StrMap<number>();
      const b = new Map<string, number>();
      for (const [k, v] of sets) { a.set(k, v); b.set(k, v); }
      for (const k of [...gets, ...sets.map(([k]) => k)]) expect(a.get(k)).toBe(b.get(k));
    }), { numRuns: 300 });
  });
});
