/**
 * Geometry of the overview's trend chart, drawn as plain SVG (TrendPlot.tsx): Recharts' first draw
 * (its store's selectors, every tick text measured in the DOM) was the longest task of opening the
 * overview with a national file. Plain functions, tested; text widths are estimated, not measured.
 */
import type { TrendData } from './overviewData.ts';
import { pathAt } from '../../domain/progress.ts';
import { niceTicks } from './rankingLayout.ts';
import { placeLabels, textBox, type Box, type Spot } from '../../ui/labels.ts';

export const TREND_MARGIN = { top: 24, right: 24, bottom: 28, left: 72 };
export const TREND_FONT = 13;
/** Target lines and their required paths, in the targets' order. */
export const TARGET_COLOURS = ['#b3261e', '#6b3fa0', '#8a5a00'];

export interface TrendDot { year: number; x: number; y: number; expected: boolean; hollow: boolean }
export interface TrendTargetMark { year: number; y: number; colour: string; label: string; spot: Spot }
export interface TrendLayout {
  plot: { left: number; right: number; top: number; bottom: number };
  x: (year: number) => number;
  y: (v: number) => number;
  yTicks: number[];
  /** Years with a label on the axis (every year when there is room, else every k-th). */
  xTicks: number[];
  /** Every year, for the vertical grid. */
  years: number[];
  /** Solid lines of observed figures: one per run of consecutive years under one standard. */
  actual: string[];
  /** Dashed lines from the last result to the expected figures. */
  expected: string[];
  dots: TrendDot[];
  paths: { d: string; colour: string }[];
  targets: TrendTargetMark[];
  breaks: { x: number; label: string; kind: 'standard' | 'units' }[];
  events: { x: number; n: number }[];
}

const d = (pts: readonly (readonly [number, number])[]) => pts.map(([px, py], i) => `${i ? 'L' : 'M'}${px.toFixed(1)},${py.toFixed(1)}`).join('');

/** Consecutive runs of points that pass `keep`; a run also ends where the standard changes. */
function runs<P extends { segment: number }>(points: readonly P[], keep: (p: P, k: number) => boolean): P[][] {
  const out: P[][] = [];
  let cur: P[] = [];
  points.forEach((p, k) => {
    if (!keep(p, k) || (cur.length && cur[cur.length - 1]!.segment !== p.segment)) { if (cur.length) out.push(cur); cur = []; }
    if (keep(p, k)) cur.push(p);
  });
  if (cur.length) out.push(cur);
  return out;
}

/**
 * Everything the trend chart draws, for a `width` × `height` box. `targetLabels[i]` is the text of
 * the i-th target's label (placed where it covers no dot and no other label); `events` are the
 * numbered markers' x (fractional years).
 */
export function trendLayout(trend: TrendData, width: number, height: number, targetLabels: readonly string[], events: readonly { x: number }[] = []): TrendLayout {
  const m = TREND_MARGIN;
  const plot = { left: m.left, right: Math.max(m.left + 40, width - m.right), top: m.top, bottom: Math.max(m.top + 40, height - m.bottom) };
  const [y0, y1] = trend.years;
  const span = Math.max(1, y1 - y0);
  const x = (yr: number) => plot.left + ((yr - y0) / span) * (plot.right - plot.left);
  const vals = [...trend.points.flatMap((p) => (p.value === null ? [] : [p.value])), ...trend.targets.map((t) => t.value),
    ...trend.paths.flatMap((p) => [p.line.from.value, p.line.to.value])];
  // From zero, as before; a tick label about every 50 px at most. A little headroom, so a dot at
  // the maximum never touches an event's number above the plot.
  const yTicks = niceTicks(Math.max(0, ...vals) * 1.04, Math.max(2, Math.min(5, Math.floor((plot.bottom - plot.top) / 50))));
  const top = yTicks[yTicks.length - 1]!;
  const y = (v: number) => plot.bottom - (Math.max(0, v) / top) * (plot.bottom - plot.top);
  const years = Array.from({ length: y1 - y0 + 1 }, (_, i) => y0 + i);
  // "2027" is ~4 digits of 0.62 em; keep a gap of a digit or two between labels.
  const step = Math.max(1, Math.ceil((TREND_FONT * 0.62 * 4 + 14) / ((plot.right - plot.left) / span)));
  const xTicks = years.filter((yr) => (yr - y0) % step === 0);

  const pts = trend.points;
  const actualRuns = runs(pts, (p) => p.value !== null && p.kind !== 'expected');
  // An expected figure is joined to the result just before it (same standard) by a dashed line.
  const expectedRuns = runs(pts, (p, k) => p.value !== null && (p.kind === 'expected' || (pts[k + 1]?.kind === 'expected' && pts[k + 1]!.segment === p.segment)));
  const line = (run: typeof pts) => d(run.map((p) => [x(p.year), y(p.value!)] as const));
  const dots: TrendDot[] = pts.flatMap((p) => (p.value === null ? [] : [{
    year: p.year, x: x(p.year), y: y(p.value), expected: p.kind === 'expected', hollow: p.kind === 'illustrative' || p.kind === 'expected',
  }]));
  const paths = trend.paths.map((p, i) => {
    const ys = years.filter((yr) => yr >= p.line.from.year && yr <= p.line.to.year);
    return { d: d(ys.map((yr) => [x(yr), y(pathAt(p.line, yr))] as const)), colour: TARGET_COLOURS[i % TARGET_COLOURS.length]! };
  });
  const breaks = trend.breaks.map((b) => ({ x: x(b.after + 0.5), label: `${b.after}|${b.after + 1}`, kind: b.kind }));

  // Labels: break labels sit inside the top of the plot; each target's label then takes the first
  // free spot at the end of the chart farthest from the observed line (the latest point is often
  // near the target), above its line or below it.
  const taken: Box[] = [
    ...dots.map((p) => ({ x: p.x - 7, y: p.y - 7, w: 14, h: 14 })),
    ...breaks.map((b) => textBox(b.label, 12, { x: b.x, y: plot.top + 14, anchor: 'middle' })),
  ];
  const observed = pts.filter((p) => p.value !== null);
  const first = observed[0]?.value;
  const last = observed[observed.length - 1]?.value;
  const frame: Box = { x: plot.left, y: plot.top, w: plot.right - plot.left, h: plot.bottom - plot.top };
  const spots = placeLabels(trend.targets.map((t, i) => {
    const ly = y(t.value);
    const leftFirst = first != null && last != null && Math.abs(first - t.value) > Math.abs(last - t.value);
    const l = { x: plot.left + 6, anchor: 'start' as const };
    const r = { x: plot.right - 6, anchor: 'end' as const };
    const [a, b] = leftFirst ? [l, r] : [r, l];
    return {
      text: targetLabels[i] ?? '', size: TREND_FONT,
      candidates: [{ ...a, y: ly - 6 }, { ...a, y: ly + 17 }, { ...b, y: ly - 6 }, { ...b, y: ly + 17 },
        { x: (plot.left + plot.right) / 2, y: ly - 6, anchor: 'middle' as const }, { x: (plot.left + plot.right) / 2, y: ly + 17, anchor: 'middle' as const }],
    };
  }), taken, frame);
  const targets = trend.targets.map((t, i) => {
    const ly = y(t.value);
    // No free spot (targets very close together): the first choice, overlapping, rather than no label.
    const spot = spots[i] ?? { x: plot.right - 6, y: ly - 6, anchor: 'end' as const };
    return { year: t.year, y: ly, colour: TARGET_COLOURS[i % TARGET_COLOURS.length]!, label: targetLabels[i] ?? '', spot };
  });

  return {
    plot, x, y, yTicks, xTicks, years,
    actual: actualRuns.map(line), expected: expectedRuns.filter((r) => r.length > 1).map(line), dots, paths, targets, breaks,
    events: events.map((e, i) => ({ x: x(e.x), n: i + 1 })),
  };
}

/** The year under a pointer at `px` (nearest, within the axis). */
export function yearAt(layout: TrendLayout, years: readonly [number, number], px: number): number {
  const { left, right } = layout.plot;
  const t = (px - left) / Math.max(1, right - left);
  return Math.min(years[1], Math.max(years[0], Math.round(years[0] + t * (years[1] - years[0]))));
}
