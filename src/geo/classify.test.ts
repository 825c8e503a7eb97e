import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { classOf, computeBreaks, legendClasses, parseBreaks, symmetricExtent } from './classify.ts';
import { divergingColors, sequentialColors } from './palette.ts';

const V = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10];

describe('classification on known inputs', () => {
  it.each([
    ['equal', V, 3, [4, 7]],
    ['equal', [0, 100], 4, [25, 50, 75]],
    ['quantile', V, 2, [5.5]],
    ['quantile', [1, 2, 3, 4, 5], 4, [2, 3, 4]],
    ['quantile', [1, 1, 1, 2, 5], 4, [2]], // repeated values cannot make 4 classes; duplicates dropped
    ['jenks', [1, 2, 3, 10, 11, 12, 30, 31], 3, [10, 30]],
    ['jenks', [5, 5, 5], 3, []],
    ['custom', V, 3, [2.5, 7]],
    ['target', [-2, -1, 0.5, 4], 4, [-2, 0, 2]],
    ['target', [-3, 1], 2, [0]],
  ] as const)('%s %j k=%i → %j', (method, values, k, breaks) => {
    expect(computeBreaks(values, method, k, [7, 2.5, 7])).toEqual(breaks);
  });

  it('assigns classes: lower edge inclusive, the maximum in the last class', () => {
    const b = [4, 7];
    expect(V.map((v) => classOf(v, b))).toEqual([0, 0, 0, 1, 1, 1, 2, 2, 2, 2]);
  });

  it('legend counts add up and ranges start and end at the data', () => {
    const l = legendClasses(V, [4, 7]);
    expect(l).toEqual([
      { index: 0, from: 1, to: 4, count: 3 },
      { index: 1, from: 4, to: 7, count: 3 },
      { index: 2, from: 7, to: 10, count: 4 },
    ]);
    expect(legendClasses([NaN, 3], [5]).map((c) => c.count)).toEqual([1, 0]);
  });

  it('legend counts are the classes of the values one by one, for a list or a sorted typed array, any breaks', () => {
    // Few distinct values, so values often sit exactly on a break.
    const num = fc.integer({ min: -6, max: 6 }).map((i) => i / 2);
    fc.assert(fc.property(fc.array(num, { maxLength: 60 }), fc.array(num, { maxLength: 6 }), fc.boolean(), (values, rawBreaks, sortBreaks) => {
      const breaks = sortBreaks ? [...rawBreaks].sort((a, b) => a - b) : rawBreaks;
      const want = new Array<number>(breaks.length + 1).fill(0);
      for (const v of values) want[classOf(v, breaks)]!++;
      expect(legendClasses(values, breaks).map((c) => c.count)).toEqual(want);
      expect(legendClasses(new Float64Array(values).sort(), breaks).map((c) => c.count)).toEqual(want);
    }));
  });

  it('relative to target: legend runs symmetric around the target', () => {
    const v = [-1.5, 0.5, 25];
    const l = legendClasses(v, computeBreaks(v, 'target', 4), symmetricExtent(v));
    expect(l.map((c) => [c.from, c.to])).toEqual([[-25, -12.5], [-12.5, 0], [0, 12.5], [12.5, 25]]);
    expect(l.map((c) => c.count)).toEqual([0, 1, 1, 1]);
  });

  it('parses custom breaks in either decimal style', () => {
    expect(parseBreaks('1,5; 3;6')).toEqual([1.5, 3, 6]);
    expect(parseBreaks('2.5 x 4')).toEqual([2.5, 4]);
  });
});

describe('palettes', () => {
  it('give k distinct colours', () => {
    for (const k of [1, 3, 5, 7]) {
      expect(new Set(sequentialColors('blues', k)).size).toBe(k);
      expect(new Set(divergingColors('puor', k, true)).size).toBe(k);
    }
  });
  it.each(['puor', 'rdbu', 'brbg'] as const)('%s: "good" side is the cool end (blue > red)', (p) => {
    const rgb = (c: string) => c.match(/\d+/g)!.map(Number);
    const [r0, , b0] = rgb(divergingColors(p, 4, true)[0]!);
    expect(b0!).toBeGreaterThan(r0!);
    const [r1, , b1] = rgb(divergingColors(p, 4, false)[0]!);
    expect(r1!).toBeGreaterThan(b1!);
  });

  it('diverging orientation flips with lowIsGood', () => {
    expect(divergingColors('rdbu', 4, true)).toEqual([...divergingColors('rdbu', 4, false)].reverse());
  });
});
