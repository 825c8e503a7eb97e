/** WCAG contrast arithmetic, for choosing text colour on data-driven fills (1.4.3). */

/** [r, g, b] 0–255 from #rgb, #rrggbb or rgb()/rgba(); null when not a plain colour (e.g. url(#…)). */
export function parseColour(c: string): [number, number, number] | null {
  const s = c.trim();
  if (/^#[0-9a-f]{6}$/i.test(s)) return [1, 3, 5].map((i) => parseInt(s.slice(i, i + 2), 16)) as [number, number, number];
  if (/^#[0-9a-f]{3}$/i.test(s)) return [1, 2, 3].map((i) => parseInt(s[i]! + s[i]!, 16)) as [number, number, number];
  const m = s.match(/^rgba?\(\s*([\d.]+)[\s,]+([\d.]+)[\s,]+([\d.]+)/i);
  return m ? [Number(m[1]), Number(m[2]), Number(m[3])] : null;
}

export function luminance([r, g, b]: [number, number, number]): number {
  const lin = (v: number) => { const x = v / 255; return x <= 0.03928 ? x / 12.92 : ((x + 0.055) / 1.055) ** 2.4; };
  return 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b);
}

export function contrastRatio(a: string, b: string): number {
  const x = parseColour(a); const y = parseColour(b);
  if (!x || !y) return 1;
  const [hi, lo] = [luminance(x), luminance(y)].sort((p, q) => q - p) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

// Pure black: with white it guarantees ≥ 4.58:1 on any fill (near-black #111 falls to 4.3:1 on mid-tones).
export const DARK_TEXT = '#000000';
export const LIGHT_TEXT = '#ffffff';

/** The text colour (near-black or white) with the higher contrast on this fill. */
export function textOn(fill: string | null | undefined): string {
  if (!fill || !parseColour(fill)) return DARK_TEXT;
  return contrastRatio(fill, LIGHT_TEXT) > contrastRatio(fill, DARK_TEXT) ? LIGHT_TEXT : DARK_TEXT;
}
