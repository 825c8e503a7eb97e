/** Text colour on a map fill: dark text on light fills, white on dark (relative luminance of an rgb()/hex colour). */
export function inkIsLight(fill: string | null): boolean {
  if (!fill) return false;
  const m = fill.match(/\d+(\.\d+)?/g);
  let [r, g, b] = [255, 255, 255];
  if (fill.startsWith('#') && fill.length === 7) [r, g, b] = [1, 3, 5].map((i) => parseInt(fill.slice(i, i + 2), 16)) as [number, number, number];
  else if (m && m.length >= 3) [r, g, b] = m.slice(0, 3).map(Number) as [number, number, number];
  return (0.2126 * r + 0.7152 * g + 0.0722 * b) / 255 < 0.55;
}
