/**
 * Geometry of the ranking chart, drawn as plain SVG: Recharts' first draw of 30 bars (a store, and
 * every name measured in the DOM) was the longest task of opening the overview. Plain functions, tested.
 */

/** Round steps (1, 2, 2.5, 5 × 10^k) so that about `count` of them cover [0, max]. */
export function niceTicks(max: number, count = 4): number[] {
  if (!(max > 0) || !Number.isFinite(max)) return [0, 1];
  const raw = max / count;
  const mag = 10 ** Math.floor(Math.log10(raw));
  const step = [1, 2, 2.5, 5, 10].map((m) => m * mag).find((s) => s >= raw)!;
  const n = Math.ceil(max / step - 1e-9);
  return Array.from({ length: n + 1 }, (_, i) => Number((i * step).toPrecision(12)));
}

/**
 * A name in at most two lines of about `perLine` characters, broken at spaces; a longer one ends
 * in "…". (Characters, not measured widths: measuring every name in the DOM is what cost the time.)
 */
export function wrapName(name: string, perLine: number): string[] {
  if (name.length <= perLine) return [name];
  const words = name.split(' ');
  let first = '';
  let k = 0;
  while (k < words.length && (first ? first.length + 1 : 0) + words[k]!.length <= perLine) first += (first ? ' ' : '') + words[k++];
  if (!first) { first = name.slice(0, perLine); words.splice(0, words.length, name.slice(perLine)); k = 0; }
  const rest = words.slice(k).join(' ');
  return [first, rest.length > perLine ? `${rest.slice(0, perLine - 1)}…` : rest];
}

export interface RankingGeometry {
  /** x of a value. */
  x: (v: number) => number;
  /** Centre y of the i-th bar. */
  y: (i: number) => number;
  ticks: number[];
  plot: { left: number; right: number; top: number; bottom: number };
  band: number;
}

export const RANKING_MARGIN = { top: 28, right: 72, bottom: 26, left: 8 };
export const NAME_WIDTH = 150;

/** Scales for `n` bars in a `width` × `height` chart whose values (and targets) reach `max`. */
export function rankingGeometry(width: number, height: number, n: number, max: number): RankingGeometry {
  const plot = { left: RANKING_MARGIN.left + NAME_WIDTH, right: Math.max(RANKING_MARGIN.left + NAME_WIDTH + 10, width - RANKING_MARGIN.right), top: RANKING_MARGIN.top, bottom: height - RANKING_MARGIN.bottom };
  // A tick label every ~70 px at most, so "10%" and "15%" never touch on a phone.
  const ticks = niceTicks(max, Math.max(1, Math.min(4, Math.floor((plot.right - plot.left) / 70))));
  const top = ticks[ticks.length - 1]!;
  const band = (plot.bottom - plot.top) / Math.max(1, n);
  return {
    x: (v) => plot.left + (Math.max(0, v) / top) * (plot.right - plot.left),
    y: (i) => plot.top + band * (i + 0.5),
    ticks, plot, band,
  };
}
