import { describe, expect, it } from 'vitest';
import { niceTicks, rankingGeometry, wrapName } from './rankingLayout.ts';

describe('the ranking chart geometry', () => {
  it.each([
    [11.84, 4, [0, 5, 10, 15]],
    [1.84, 4, [0, 0.5, 1, 1.5, 2]],
    [3870, 4, [0, 1000, 2000, 3000, 4000]],
    [9, 4, [0, 2.5, 5, 7.5, 10]],
    [11.84, 1, [0, 20]],
    [0, 4, [0, 1]],
  ])('ticks for a maximum of %f in about %i steps: %j', (max, count, ticks) => {
    expect(niceTicks(max, count)).toEqual(ticks);
  });

  it('covers the largest value and every target, bars in equal bands from the top', () => {
    const g = rankingGeometry(600, 300, 4, 11.84);
    expect(g.ticks[g.ticks.length - 1]).toBeGreaterThanOrEqual(11.84);
    expect(g.x(0)).toBe(g.plot.left);
    expect(g.x(g.ticks[g.ticks.length - 1]!)).toBe(g.plot.right);
    expect(g.y(1) - g.y(0)).toBeCloseTo(g.band, 9);
    expect(g.y(0)).toBeCloseTo(g.plot.top + g.band / 2, 9);
    // A phone-width chart has fewer ticks than a laptop-width one.
    expect(rankingGeometry(360, 300, 4, 11.84).ticks.length).toBeLessThan(g.ticks.length);
  });

  it('wraps a long name at a space onto two lines, and shortens what still does not fit', () => {
    expect(wrapName('Xã A Lưới 5', 21)).toEqual(['Xã A Lưới 5']);
    expect(wrapName('Phường Phong Quảng Điền', 12)).toEqual(['Phường Phong', 'Quảng Điền']);
    expect(wrapName('Xã Chân Mây - Lăng Cô và một cái tên rất dài', 12)).toEqual(['Xã Chân Mây', '- Lăng Cô v…']);
    expect(wrapName('Abcdefghijklmnopqrstuvwxyz', 10)).toEqual(['Abcdefghij', 'klmnopqrs…']);
  });
});
