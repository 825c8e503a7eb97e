import { describe, expect, it } from 'vitest';
import { interpolateCividis, interpolateViridis } from 'd3-scale-chromatic';
import { contrastRatio, parseColour, textOn } from './contrast.ts';

describe('contrast', () => {
  it('reads hex and rgb colours and gives the WCAG ratio', () => {
    expect(parseColour('#0b4f6c')).toEqual([11, 79, 108]);
    expect(parseColour('rgb(255, 0, 10)')).toEqual([255, 0, 10]);
    expect(parseColour('url(#x)')).toBeNull();
    expect(contrastRatio('#000000', '#ffffff')).toBeCloseTo(21, 5);
    // The old focus colour on the page: about 2:1, the reason it was replaced.
    expect(contrastRatio('#f4a259', '#f6f8fa')).toBeLessThan(2.2);
  });
  it('chooses black or white text with at least 4.5:1 on every viridis and cividis tone', () => {
    for (const scheme of [interpolateViridis, interpolateCividis]) {
      for (let i = 0; i <= 100; i++) {
        const fill = scheme(i / 100);
        const ratio = contrastRatio(fill, textOn(fill));
        expect(ratio, `${fill} with ${textOn(fill)}`).toBeGreaterThanOrEqual(4.5);
      }
    }
  });
});
