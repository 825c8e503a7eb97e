/**
 * Colour-blind-safe palettes (ColorBrewer single-hue and viridis-family sequential; ColorBrewer
 * diverging schemes that avoid red–green). Colours are sampled evenly so any class count works.
 */
import {
  interpolateBlues, interpolateOranges, interpolatePurples, interpolateViridis, interpolateCividis,
  interpolateYlGnBu, interpolatePuOr, interpolateRdBu, interpolateBrBG,
} from 'd3-scale-chromatic';

const SEQUENTIAL = { blues: interpolateBlues, oranges: interpolateOranges, purples: interpolatePurples, ylgnbu: interpolateYlGnBu, viridis: interpolateViridis, cividis: interpolateCividis };
const DIVERGING = { puor: interpolatePuOr, rdbu: interpolateRdBu, brbg: interpolateBrBG };
/** Where each diverging scheme has its cool end (purple, blue, teal): d3 is not consistent. */
const COOL_AT: Record<keyof typeof DIVERGING, 0 | 1> = { puor: 0, rdbu: 1, brbg: 1 };

export type SequentialPalette = keyof typeof SEQUENTIAL;
export type DivergingPalette = keyof typeof DIVERGING;
export const SEQUENTIAL_PALETTES = Object.keys(SEQUENTIAL) as SequentialPalette[];
export const DIVERGING_PALETTES = Object.keys(DIVERGING) as DivergingPalette[];

export function isSequential(p: string | undefined): p is SequentialPalette {
  return Object.prototype.hasOwnProperty.call(SEQUENTIAL, p ?? '');
}
export function isDiverging(p: string | undefined): p is DivergingPalette {
  return Object.prototype.hasOwnProperty.call(DIVERGING, p ?? '');
}

/** k colours, light → dark. Viridis-family runs dark → light in d3, so it is reversed. */
export function sequentialColors(p: SequentialPalette, k: number): string[] {
  const f = SEQUENTIAL[p];
  const reversed = p === 'viridis' || p === 'cividis';
  return Array.from({ length: k }, (_, i) => {
    const t = k === 1 ? 0.6 : 0.18 + (0.82 * i) / (k - 1); // skip the near-white end: it reads as "no data"
    return f(reversed ? 1 - t : t);
  });
}

/**
 * k colours for classes ordered low → high around a midpoint. `lowIsGood` puts the scheme's cool
 * end (purple, blue, teal) on the low side, so "better than target" always reads cool.
 */
export function divergingColors(p: DivergingPalette, k: number, lowIsGood: boolean): string[] {
  const f = DIVERGING[p];
  const lowEnd = lowIsGood ? COOL_AT[p] : 1 - COOL_AT[p];
  return Array.from({ length: k }, (_, i) => {
    const t = (i + 0.5) / k;
    return f(lowEnd === 0 ? t : 1 - t);
  });
}
