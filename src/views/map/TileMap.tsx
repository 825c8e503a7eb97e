/** Tile map: one equal square per unit, so small urban units are as visible as large rural ones. */
import { memo, useMemo } from 'react';
import { useWidth } from '../../ui/useWidth.ts';
import type { TileGrid } from '../../geo/tiles.ts';
import type { MapItem } from './mapSeries.ts';
import { shortUnitName } from '../../domain/units.ts';
import { HatchDefs } from './Hatch.tsx';
import { NO_DATA_FILL, svgHandlers, type UnitHandlers } from './interaction.ts';
import { textOn } from '../../ui/contrast.ts';

const GAP = 4;
/** Below this the names no longer fit: the tiles keep this size and the map scrolls sideways in its frame (a phone). */
const MIN_TILE = 52;

const Tile = memo(function Tile({ code, x, y, size, fill, name, full, value, label, selected, showText }: {
  code: string; x: number; y: number; size: number; fill: string | null; name: string; full: string; value: string; label: string; selected: boolean; showText: boolean;
}) {
  const fg = textOn(fill);
  const font = Math.max(9, size / 8);
  // A long name ("Chân Mây - Lăng Cô") is squeezed to the tile rather than running past it (~0.55 em a glyph).
  const room = size - 6;
  const fit = name.length * font * 0.55 > room ? { textLength: room, lengthAdjust: 'spacingAndGlyphs' as const } : {};
  // With text on the tile, the accessible name starts with what is shown (WCAG 2.5.3, label in name).
  const aria = showText ? `${name} ${value}${full !== name ? ` (${full})` : ''}` : label;
  return (
    <g data-code={code} tabIndex={0} role="button" aria-label={aria} aria-pressed={selected}
      className={selected ? 'map-unit map-tile is-selected' : 'map-unit map-tile'}>
      <rect x={x} y={y} width={size} height={size} rx={4} fill={fill ?? NO_DATA_FILL} />
      {showText && (
        <text x={x + size / 2} y={y + size / 2} textAnchor="middle" fill={fg} fontSize={font} pointerEvents="none">
          <tspan x={x + size / 2} dy="-0.2em" {...fit}>{name}</tspan>{' '}
          <tspan x={x + size / 2} dy="1.3em" fontWeight="bold">{value}</tspan>
        </text>
      )}
    </g>
  );
});

interface Props extends UnitHandlers {
  grid: TileGrid;
  width: number;
  byCode: Map<string, MapItem>;
  labels: Map<string, string>;
  values: Map<string, string>;
  selected: string | null;
  title: string;
}

export const TileMap = memo(function TileMap({ grid, width, byCode, labels, values, selected, title, onHover, onSelect }: Props) {
  const handlers = useMemo(() => svgHandlers({ onHover, onSelect }), [onHover, onSelect]);
  // Drawn at the frame's own width (the fallback until measured), so a 9 px label is 9 px on screen:
  // scaled down from a fixed width, 40 tiles on a phone had 4 px names.
  const [ref, measured] = useWidth();
  const fit = Math.min(110, ((measured || width) - GAP) / Math.max(1, grid.cols) - GAP);
  const scroll = measured > 0 && fit < MIN_TILE;
  const size = scroll ? MIN_TILE : fit;
  const w = grid.cols * (size + GAP) + GAP;
  const h = grid.rows * (size + GAP) + GAP;
  // Tab order follows the screen: row by row, left to right (2.4.3), whatever order the grid was built in.
  const tiles = useMemo(() => [...grid.tiles].sort((a, b) => a.row - b.row || a.col - b.col), [grid.tiles]);
  return (
    <div ref={ref} className={scroll ? 'map-tiles-wrap is-scroll' : 'map-tiles-wrap'}>
      <svg className="map-svg map-tiles" viewBox={`0 0 ${w} ${h}`} role="group" aria-label={title} {...handlers}
        {...(scroll ? { style: { width: w, maxHeight: 'none' } } : {})}>
        <HatchDefs />
        {tiles.map((t) => {
          const it = byCode.get(t.code);
          return (
            <Tile key={t.code} code={t.code} x={GAP + t.col * (size + GAP)} y={GAP + t.row * (size + GAP)} size={size}
              fill={it?.color ?? null} name={shortUnitName(it?.name ?? t.code)} full={it?.name ?? t.code} value={values.get(t.code) ?? ''}
              label={labels.get(t.code) ?? t.code} selected={selected === t.code} showText={size >= 40} />
          );
        })}
      </svg>
    </div>
  );
});
