// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { render } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { RankingSvg, type RankingBar } from './RankingSvg.tsx';

const bar = (code: string, value: number, extra: Partial<RankingBar> = {}): RankingBar => ({
  code, name: `Xã ${code}`, value, valueText: `${value}%`, fill: '#0b5a7a', pale: false, dashed: false, selected: false, ...extra,
});

describe('the ranking bars', () => {
  // jsdom lays nothing out: give the chart's box a width.
  let width: ReturnType<typeof vi.spyOn>;
  beforeEach(() => { width = vi.spyOn(HTMLElement.prototype, 'clientWidth', 'get').mockReturnValue(600); });
  afterEach(() => width.mockRestore());

  it('draws a bar per unit, longest for the largest value, marks provenance, and a click selects the unit', async () => {
    const onSelect = vi.fn();
    const { container } = render(<RankingSvg height={200} tickText={(v) => `${v}%`} onSelect={onSelect}
      target={{ value: 1.84, label: 'Target 2025: 1.84%' }}
      bars={[bar('A', 11.8, { pale: true }), bar('B', 1.2, { dashed: true, ownTarget: 1.5 }), bar('C', 0.3, { selected: true })]} />);
    const rects = [...container.querySelectorAll<SVGRectElement>('rect.ranking-bar')];
    expect(rects).toHaveLength(3);
    const w = rects.map((r) => Number(r.getAttribute('width')));
    expect(w[0]).toBeGreaterThan(w[1]!);
    expect(w[1]).toBeGreaterThan(w[2]!);
    expect(rects[0]!.getAttribute('fill-opacity')).toBe('0.45');
    expect(rects[1]!.getAttribute('stroke-dasharray')).toBe('6 3');
    expect(rects[2]!.getAttribute('stroke')).toBe('#f4a259');
    expect(container.textContent).toContain('Target 2025: 1.84%');
    expect(container.textContent).toContain('11.8%');
    await userEvent.click(rects[1]!);
    expect(onSelect).toHaveBeenCalledWith('B');
  });
});
