/**
 * Above this many drawn units the map is drawn on a canvas instead of SVG. A province's districts
 * (≤ ~30), a province's communes (≤ ~600 before 2025) and the country's 692 districts stay SVG:
 * real DOM elements, focusable one by one, recoloured in ~2 ms. The national commune level
 * (3,321 after July 2025, ~10,600 before) goes to canvas: 10,600 SVG groups take seconds to mount
 * and tens of ms to recolour. 2,000 sits between the two with room on both sides.
 */
export const CANVAS_THRESHOLD = 2000;

export function drawsOnCanvas(drawnUnits: number): boolean {
  return drawnUnits > CANVAS_THRESHOLD;
}
