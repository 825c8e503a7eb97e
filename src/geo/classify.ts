/**
 * Map classification. `breaks` are the inner thresholds (k − 1 of them for k classes); class i
 * holds values in [breaks[i−1], breaks[i]), the last class includes the maximum.
 */
import { ckmeans } from 'simple-statistics';

export const METHODS = ['quantile', 'equal', 'jenks', 'custom', 'target'] as const;
export type ClassMethod = (typeof METHODS)[number];

export function isMethod(s: string | undefined): s is ClassMethod {
  return (METHODS as readonly string[]).includes(s ?? '');
}

export interface LegendClass { index: number; from: number; to: number; count: number }

/** Values as the map passes them: a list, or its pooled values as a sorted typed array. */
export type Values = readonly number[] | Float64Array;

function finiteSorted(values: Values): Values {
  // The map passes its pooled values sorted (210,000 at national scale), as a typed array (copying
  // them into a list was ~13 ms): one check, not a copy and a sort.
  let ok = true;
  for (let i = 0; ok && i < values.length; i++) ok = Number.isFinite(values[i]!) && (i === 0 || values[i]! >= values[i - 1]!);
  return ok ? values : Array.from(values).filter(Number.isFinite).sort((a, b) => a - b);
}

function quantileSorted(s: Values, p: number): number {
  const h = (s.length - 1) * p;
  const lo = Math.floor(h);
  return s[lo]! + (h - lo) * ((s[Math.min(lo + 1, s.length - 1)] ?? s[lo]!) - s[lo]!);
}

function uniqueAscending(xs: Values): number[] {
  const out: number[] = [];
  for (let i = 0; i < xs.length; i++) if (i === 0 || xs[i]! > xs[i - 1]!) out.push(xs[i]!);
  return out;
}

/** Inner break values for `k` classes. Fewer come back when the data cannot support k classes. */
export function computeBreaks(values: Values, method: ClassMethod, k: number, custom: readonly number[] = []): number[] {
  const s = finiteSorted(values);
  if (method === 'custom') return uniqueAscending(finiteSorted(custom));
  if (s.length === 0) return [];
  const min = s[0]!; const max = s[s.length - 1]!;
  if (method === 'target') {
    // Symmetric around 0 (the target), so "just below" and "just above" get equal weight.
    const m = Math.max(Math.abs(min), Math.abs(max));
    const half = Math.max(1, Math.floor(k / 2));
    if (m === 0) return [0];
    const out: number[] = [];
    for (let i = -half + 1; i <= half - 1; i++) out.push((m * i) / half);
    return uniqueAscending(out.map((v) => (Math.abs(v) < 1e-12 ? 0 : v)));
  }
  if (min === max) return [];
  if (method === 'equal') return Array.from({ length: k - 1 }, (_, i) => min + ((i + 1) * (max - min)) / k);
  if (method === 'quantile') {
    return uniqueAscending(Array.from({ length: k - 1 }, (_, i) => quantileSorted(s, (i + 1) / k)))
      .filter((b) => b > min && b <= max);
  }
  const distinct = uniqueAscending(s).length;
  const clusters = ckmeans(Array.from(s), Math.min(k, distinct));
  return clusters.slice(1).map((c) => c[0]!);
}

/** Class of a value: the number of breaks at or below it. */
export function classOf(value: number, breaks: readonly number[]): number {
  let lo = 0; let hi = breaks.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (breaks[mid]! <= value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Symmetric extent for the relative-to-target scheme: [−m, m] with m the largest distance from 0. */
export function symmetricExtent(values: Values): [number, number] {
  let m = 0;
  for (let i = 0; i < values.length; i++) if (Number.isFinite(values[i]!)) m = Math.max(m, Math.abs(values[i]!));
  return [-m, m];
}

/** Legend rows: each class's range (data min/max at the ends, or the given extent) and how many values fall in it. */
export function legendClasses(values: Values, breaks: readonly number[], extent?: [number, number]): LegendClass[] {
  const s = finiteSorted(values);
  const min = extent?.[0] ?? s[0] ?? 0; const max = extent?.[1] ?? s[s.length - 1] ?? 0;
  const counts = countClasses(s, breaks);
  return counts.map((count, index) => ({
    index,
    from: index === 0 ? Math.min(min, breaks[0] ?? min) : breaks[index - 1]!,
    to: index === breaks.length ? Math.max(max, breaks[index - 1] ?? max) : breaks[index]!,
    count,
  }));
}

/**
 * How many of the sorted values fall in each class: with breaks in order, a class's count is the
 * distance between two break positions found by bisection (a national map's 212,000 values, one
 * class lookup each, were ~14 ms); the same counts as classOf value by value, which other breaks get.
 */
function countClasses(s: Values, breaks: readonly number[]): number[] {
  const counts = new Array<number>(breaks.length + 1).fill(0);
  let ordered = true;
  for (let i = 1; i < breaks.length; i++) ordered &&= breaks[i]! >= breaks[i - 1]!;
  if (!ordered || breaks.some(Number.isNaN)) {
    for (let i = 0; i < s.length; i++) counts[classOf(s[i]!, breaks)]!++;
    return counts;
  }
  // Values below breaks[c] are in classes 0..c (classOf counts breaks at or below a value).
  let below = 0;
  for (let c = 0; c < breaks.length; c++) {
    const at = firstAtOrAbove(s, breaks[c]!);
    counts[c] = at - below;
    below = at;
  }
  counts[breaks.length] = s.length - below;
  return counts;
}

/** The first index of a sorted array whose value is at least `x` (its length when none is). */
function firstAtOrAbove(s: Values, x: number): number {
  let lo = 0; let hi = s.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (s[mid]! < x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** "1.5; 3; 6" or "1,5;3;6" → [1.5, 3, 6]. Semicolons (or spaces) separate; a comma is a decimal mark. */
export function parseBreaks(s: string): number[] {
  return s.split(/[;\s|]+/).map((t) => t.trim().replace(',', '.')).filter(Boolean).map(Number).filter(Number.isFinite);
}
