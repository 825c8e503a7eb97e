import { describe, expect, it } from 'vitest';
import { tileNameLines } from './StaticMap.tsx';

describe('tileNameLines', () => {
  it.each([
    ['A Lưới', 1, 24],
    ['Chân Mây - Lăng Cô', 2, 24],
    ['Thànhphốrấtdàikhôngcókhoảngtrắng', 1, 9],
  ])('%s: %i line(s), at most %i px, within the tile', (name, n, max) => {
    const r = tileNameLines(name, 176);
    expect(r.lines).toHaveLength(n);
    expect(r.size).toBeLessThanOrEqual(max);
    for (const l of r.lines) expect(l.length * r.size * 0.6).toBeLessThanOrEqual(176);
  });
});
