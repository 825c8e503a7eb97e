// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { initI18n } from '../../i18n/index.ts';
import { loadBuiltin } from '../../data/builtin.ts';
import { trendOf } from './overviewData.ts';
import { eventsOnAxis } from './trendEvents.ts';
import { TrendChart } from './TrendChart.tsx';
import { trendLayout } from './trendLayout.ts';

initI18n('en');

describe('the overview trend chart', () => {
  // jsdom lays nothing out: give the chart's box a width (and the SVG its place at the page's left).
  let width: ReturnType<typeof vi.spyOn>;
  beforeEach(() => { width = vi.spyOn(HTMLElement.prototype, 'clientWidth', 'get').mockReturnValue(600); });
  afterEach(() => width.mockRestore());

  const ds = loadBuiltin();
  const trend = trendOf(ds, ds.rootUnit, 'poverty_rate', 'en', 2025);

  it('draws the targets, the 2024|2025 break and the numbered events, each named in the key', () => {
    const events = eventsOnAxis(ds, trend.years, 'en');
    const { container } = render(<TrendChart trend={trend} events={events} lang="en" isRate unitLabel="%" indicatorLabel="Poor-household rate" />);
    const svg = container.querySelector('svg')!;
    expect(svg.textContent).toContain('Target 2023: 3.17%');
    expect(svg.textContent).toContain('Target 2025: 1.84%');
    expect(svg.textContent).toContain('2024|2025');
    expect([...svg.querySelectorAll('.trend-event text')].map((t) => t.textContent)).toEqual(events.map((_, i) => String(i + 1)));
    // The chart's box, key included, is hidden from assistive technology: the caption and the data table say it all.
    const key = screen.getAllByRole('list', { hidden: true })[0]!;
    expect(within(key).getByText('Target 2023')).toBeTruthy();
    expect(screen.getByTestId('trend-break-units').textContent).toMatch(/2024\|2025: administrative reorganisation \(9 → 40/);
    const list = screen.getByRole('list', { name: 'Events', hidden: true });
    expect(within(list).getAllByRole('listitem', { hidden: true })).toHaveLength(events.length);
    expect(screen.getByRole('table')).toBeTruthy();
    expect(screen.getByRole('rowheader', { name: '2024' }).closest('tr')!.textContent).toContain('1.40%');
    // The key is hidden from assistive technology: the table marks the break at its first year after it.
    expect(screen.getByRole('rowheader', { name: '2025' }).closest('tr')!.textContent).toMatch(/2024\|2025: administrative reorganisation \(9 → 40/);
    expect(screen.getByRole('rowheader', { name: '2024' }).closest('tr')!.textContent).not.toMatch(/reorganisation/);
    // The expected 2025 figure is a hollow dashed dot and its line is dashed.
    expect(svg.querySelectorAll('.trend-dot-expected')).toHaveLength(1);
    expect(svg.querySelector('.trend-expected')!.getAttribute('stroke-dasharray')).toBe('7 5');
  });

  it('shows a tooltip for the year under the pointer with the value, its provenance, the target and the paths, and hides it on leaving', async () => {
    render(<TrendChart trend={trend} lang="en" isRate unitLabel="%" indicatorLabel="Poor-household rate" />);
    const svg = document.querySelector('svg')!;
    const g = trendLayout(trend, 600, 320, []);
    const user = userEvent.setup();
    expect(screen.queryByRole('tooltip', { hidden: true })).toBeNull();
    await user.pointer({ target: svg, coords: { clientX: g.x(2023) + 8, clientY: 100 } });
    const tip = screen.getByRole('tooltip', { hidden: true });
    expect(tip.textContent).toMatch(/^Year 2023/);
    expect(tip.textContent).toContain('Actual: 2.27%');
    expect(tip.textContent).toContain('Target: 3.17%');
    expect(tip.textContent).toMatch(/Required path 2025: \d\.\d\d%/);
    await user.pointer({ target: svg, coords: { clientX: g.x(2025), clientY: 100 } });
    expect(screen.getByRole('tooltip', { hidden: true }).textContent).toMatch(/^Year 20251\.20% \(Expected figure \(not a result\) · Note: expected end-2025/);
    await user.unhover(svg);
    expect(screen.queryByRole('tooltip', { hidden: true })).toBeNull();
  });
});
