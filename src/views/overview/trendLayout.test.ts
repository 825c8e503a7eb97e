import { describe, expect, it } from 'vitest';
import { trendLayout, yearAt } from './trendLayout.ts';
import type { TrendData, TrendPoint } from './overviewData.ts';
import { overlaps, textBox } from '../../ui/labels.ts';

const source = { kind: 'ui' as const, reason: 'test', at: '2026-01-01' };
const pt = (year: number, value: number | null, kind: TrendPoint['kind'], segment = 0): TrendPoint => ({ year, value, kind, segment });
// 2021–2024 results (2022 illustrative), 2025 expected, 2026 alone, then a new standard from 2027.
const trend: TrendData = {
  unit: 'X', unitName: 'X', indicator: 'poverty_rate', years: [2021, 2028],
  points: [pt(2021, 4.93, 'published'), pt(2022, 3.56, 'illustrative'), pt(2023, 2.27, 'published'), pt(2024, 1.4, 'published'),
    pt(2025, 1.2, 'expected'), pt(2026, 0.9, 'imported'), pt(2027, 2.8, 'imported', 1), pt(2028, 2.1, 'imported', 1)],
  targets: [{ unit: 'X', indicator: 'poverty_rate', year: 2023, value: 3.17, source }, { unit: 'X', indicator: 'poverty_rate', year: 2025, value: 6.5, source }],
  paths: [{ target: { unit: 'X', indicator: 'poverty_rate', year: 2023, value: 3.17, source }, line: { from: { year: 2021, value: 4.93 }, to: { year: 2023, value: 3.17 } } }],
  breaks: [{ after: 2026, kind: 'standard', from: '2022-2025', to: '2026-2030' }],
};
const labels = ['Target 2023: 3.17%', 'Target 2025: 6.50%'];
/** The points an SVG path passes through. */
const xs = (d: string) => [...d.matchAll(/[ML]([\d.]+),([\d.]+)/g)].map((m) => Number(m[1]));

describe('the trend chart geometry', () => {
  const g = trendLayout(trend, 600, 320, labels, [{ x: 2024.5 }, { x: 2026.003 }]);

  it('scales from zero to a round value above every figure, target and path, years left to right', () => {
    expect(g.y(0)).toBe(g.plot.bottom);
    expect(g.yTicks[0]).toBe(0);
    expect(g.yTicks[g.yTicks.length - 1]).toBeGreaterThanOrEqual(6.5);
    expect(g.y(g.yTicks[g.yTicks.length - 1]!)).toBe(g.plot.top);
    expect(g.x(2021)).toBe(g.plot.left);
    expect(g.x(2028)).toBe(g.plot.right);
    expect(g.years).toEqual([2021, 2022, 2023, 2024, 2025, 2026, 2027, 2028]);
  });

  it('joins results only within one standard, stops the solid line at the last result and dashes to the expected figure', () => {
    expect(g.actual.map(xs)).toEqual([[2021, 2022, 2023, 2024].map(g.x), [g.x(2026)], [2027, 2028].map(g.x)].map((a) => a.map((v) => Number(v.toFixed(1)))));
    // Nothing crosses the 2026|2027 change of standard.
    for (const d of [...g.actual, ...g.expected]) expect(xs(d).some((v) => v < g.breaks[0]!.x) && xs(d).some((v) => v > g.breaks[0]!.x)).toBe(false);
    expect(g.expected.map(xs)).toEqual([[g.x(2024), g.x(2025)].map((v) => Number(v.toFixed(1)))]);
  });

  it('marks each dot by provenance: filled results, hollow illustrative, hollow dashed expected', () => {
    const by = Object.fromEntries(g.dots.map((d) => [d.year, d]));
    expect(by[2021]).toMatchObject({ hollow: false, expected: false });
    expect(by[2022]).toMatchObject({ hollow: true, expected: false });
    expect(by[2025]).toMatchObject({ hollow: true, expected: true });
    expect(g.dots).toHaveLength(8);
  });

  it('puts the break between its years and numbers the events in order', () => {
    expect(g.breaks).toEqual([{ x: g.x(2026.5), label: '2026|2027', kind: 'standard' }]);
    expect(g.events.map((e) => e.n)).toEqual([1, 2]);
    expect(g.events[0]!.x).toBeCloseTo(g.x(2024.5), 9);
    expect(xs(g.paths[0]!.d)).toEqual([2021, 2022, 2023].map((v) => Number(g.x(v).toFixed(1))));
  });

  it('places each target label inside the plot, clear of every dot, the break label and the other target label', () => {
    const boxes = g.targets.map((t) => textBox(t.label, 13, t.spot, 0));
    for (const b of boxes) {
      expect(b.x).toBeGreaterThanOrEqual(g.plot.left);
      expect(b.x + b.w).toBeLessThanOrEqual(g.plot.right);
      for (const d of g.dots) expect(overlaps(b, { x: d.x - 5, y: d.y - 5, w: 10, h: 10 })).toBe(false);
      expect(overlaps(b, textBox('2026|2027', 12, { x: g.breaks[0]!.x, y: g.plot.top + 14, anchor: 'middle' }, 0))).toBe(false);
    }
    expect(overlaps(boxes[0]!, boxes[1]!)).toBe(false);
    expect(g.targets.map((t) => t.label)).toEqual(labels);
  });

  it('leaves headroom above a value at a round maximum (the dot never touches an event number)', () => {
    const flat = { ...trend, targets: [], paths: [], points: trend.points.map((p) => ({ ...p, value: p.value === null ? null : Math.min(p.value, 5) })) };
    const f = trendLayout(flat, 600, 320, []);
    expect(f.yTicks[f.yTicks.length - 1]).toBeGreaterThan(5);
    expect(Math.min(...f.dots.map((d) => d.y))).toBeGreaterThan(f.plot.top + 6);
  });

  it('labels fewer years on a phone than on a laptop, always the first', () => {
    const phone = trendLayout(trend, 300, 320, labels);
    expect(phone.xTicks.length).toBeLessThan(g.xTicks.length);
    expect(phone.xTicks[0]).toBe(2021);
    expect(g.xTicks).toEqual(g.years);
  });

  it('finds the year nearest the pointer, within the axis', () => {
    expect(yearAt(g, trend.years, g.x(2023) + 10)).toBe(2023);
    expect(yearAt(g, trend.years, g.x(2023.6))).toBe(2024);
    expect(yearAt(g, trend.years, 0)).toBe(2021);
    expect(yearAt(g, trend.years, 5000)).toBe(2028);
  });
});
