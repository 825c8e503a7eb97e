/**
 * Opening a map of thousands of units in steps, a task each, so no step is a long task: first the
 * controls, then the values the colour scale is drawn from (every year's pooled and sorted), then
 * the scale (breaks, legend ranges), then the geometry (tile layout, canvas scene), then the year's
 * classes (legend, table), then the canvas's sizing and first paint. A small map (SVG) opens at
 * once. Once open, a year or setting change is not staged again.
 */
import { useStaged } from '../../ui/useStaged.ts';
import { drawsOnCanvas } from './renderChoice.ts';

export const MAP_STAGES = 5;
export const STAGE = { values: 1, scale: 2, geometry: 3, draw: 4, paint: 5 } as const;

/** How far the map may go: STAGE.* reached when the returned number is at least it. */
export function useMapStages(units: number): number {
  // Counted on every map, so a later switch to a large vintage finds the stages already done.
  const staged = useStaged(MAP_STAGES);
  return drawsOnCanvas(units) ? staged : MAP_STAGES;
}
