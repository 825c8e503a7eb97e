import { describe, expect, it } from 'vitest';
import { overlaps, placeLabels, textBox } from './labels.ts';

const frame = { x: 0, y: 0, w: 1000, h: 500 };

describe('placeLabels', () => {
  it('moves a label off a box it would cover to its next candidate', () => {
    const point = textBox('1,40%', 26, { x: 900, y: 300, anchor: 'middle' });
    const [spot] = placeLabels([{ text: 'Chỉ tiêu 2025: 1,84%', size: 24, candidates: [{ x: 960, y: 300, anchor: 'end' }, { x: 960, y: 250, anchor: 'end' }] }], [point], frame);
    expect(spot).toEqual({ x: 960, y: 250, anchor: 'end' });
    expect(overlaps(textBox('Chỉ tiêu 2025: 1,84%', 24, spot!), point)).toBe(false);
  });

  it('keeps labels apart from each other and inside the frame, or gives up', () => {
    const spots = placeLabels([
      { text: 'aaaa', size: 20, candidates: [{ x: 10, y: 40, anchor: 'start' }] },
      { text: 'bbbb', size: 20, candidates: [{ x: 12, y: 42, anchor: 'start' }, { x: 10, y: 80, anchor: 'start' }] },
      { text: 'cccc', size: 20, candidates: [{ x: 995, y: 40, anchor: 'start' }] },
    ], [], frame);
    expect(spots).toEqual([{ x: 10, y: 40, anchor: 'start' }, { x: 10, y: 80, anchor: 'start' }, null]);
  });
});
