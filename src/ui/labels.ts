/**
 * Collision-free label placement for the SVG charts (pure). Text boxes are estimated from the
 * character count and font size (a bold digit or letter is at most ~0.62 em wide in the UI fonts);
 * each label takes the first of its candidate positions that overlaps nothing placed before it.
 */
export interface Box { x: number; y: number; w: number; h: number }
export type Anchor = 'start' | 'middle' | 'end';
export interface Spot { x: number; y: number; anchor: Anchor }

const EM = 0.62;

/** Box of a text whose baseline starts at (x, y). */
export function textBox(text: string, size: number, at: Spot, pad = 3): Box {
  const w = text.length * size * EM;
  const left = at.anchor === 'start' ? at.x : at.anchor === 'end' ? at.x - w : at.x - w / 2;
  return { x: left - pad, y: at.y - size * 0.85 - pad, w: w + 2 * pad, h: size * 1.1 + 2 * pad };
}

export function overlaps(a: Box, b: Box): boolean {
  return a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h;
}

export function inside(a: Box, frame: Box): boolean {
  return a.x >= frame.x && a.y >= frame.y && a.x + a.w <= frame.x + frame.w && a.y + a.h <= frame.y + frame.h;
}

/**
 * Place labels in order. `taken` holds boxes already on the chart (other labels, dots). Returns
 * one spot per label (null when no candidate fits: the caller leaves the label out and says it elsewhere).
 */
export function placeLabels(labels: readonly { text: string; size: number; candidates: readonly Spot[] }[], taken: Box[], frame: Box): (Spot | null)[] {
  const used = [...taken];
  return labels.map((l) => {
    for (const c of l.candidates) {
      const b = textBox(l.text, l.size, c);
      if (!inside(b, frame) || used.some((u) => overlaps(u, b))) continue;
      used.push(b);
      return c;
    }
    return null;
  });
}
