/**
 * The map as a still SVG picture (presenter slides, the print brief): tiles with names and values,
 * or the real boundaries once the user has loaded them, in the colours of mapPicture(). Styled by
 * the projector theme's classes (p-*, present.css), which the presenter and the brief both load.
 */
import { useEffect } from 'react';
import { comparisonUnits, type Dataset } from '../../domain/dataset.ts';
import { shortUnitName } from '../../domain/units.ts';
import { hydrateBoundaries, useBoundaryStore } from '../../store/boundaryStore.ts';
import { ChartSvg as Svg } from '../../ui/ChartSvg.tsx';
import { LIGHT_TEXT, textOn } from '../../ui/contrast.ts';

/** Black or white tile text, whichever contrasts more with the fill (≥ 4.5:1 on any colour). */
const onFill = (fill: string | null | undefined) => (fill && textOn(fill) === LIGHT_TEXT ? 'on-dark' : 'on-light');
import type { MapPicture } from './mapPicture.ts';
import { MAP_WIDTH, useMapGeometry } from './useMapGeometry.ts';

/** A unit without a value: plain grey, as the slides have always drawn it. */
const EMPTY_FILL = '#8c969e';

/**
 * A tile's name within the tile's width, by rule: one line at 24 px if it fits, else two lines
 * split at the space nearest the middle, else the font shrinks until the longer line fits.
 */
export function tileNameLines(name: string, width: number, size = 24): { lines: string[]; size: number } {
  const fits = (t: string, px: number) => t.length * px * 0.6 <= width;
  if (fits(name, size)) return { lines: [name], size };
  const spaces = [...name.matchAll(/\s/g)].map((m) => m.index!);
  const cut = spaces.sort((a, b) => Math.abs(a - name.length / 2) - Math.abs(b - name.length / 2))[0];
  const lines = cut === undefined ? [name] : [name.slice(0, cut), name.slice(cut + 1)];
  const longest = Math.max(...lines.map((l) => l.length));
  return { lines, size: Math.min(size, Math.floor(width / (longest * 0.6))) };
}

function TileName({ name, width, x, y, className }: { name: string; width: number; x: number; y: number; className: string }) {
  const { lines, size } = tileNameLines(name, width);
  const top = y - ((lines.length - 1) * size * 1.05) / 2 - (lines.length > 1 ? size * 0.3 : 0);
  return (
    <text x={x} y={top} textAnchor="middle" className={className} style={{ fontSize: size }}>
      {lines.map((l, i) => <tspan key={i} x={x} dy={i === 0 ? 0 : size * 1.05}>{l}</tspan>)}
    </text>
  );
}

/** Tiles above this count are drawn without name and value labels. */
export const MAX_LABELLED_TILES = 400;

export function TileMapSvg({ map, fmt, title, desc, noValue }: { map: MapPicture; fmt: (v: number) => string; title: string; desc: string; noValue: string }) {
  const S = 200; const G = 8;
  const W = Math.max(1, map.grid.cols) * S; const H = Math.max(1, map.grid.rows) * S;
  // Past a few hundred tiles a label is too small to read on any slide or page: colour only,
  // which also keeps a national map (10,600 tiles) at one element per unit.
  if (map.cells.length > MAX_LABELLED_TILES) {
    return (
      <Svg title={title} desc={desc} w={W} h={H} testId="map-svg">
        {map.cells.map((c) => (
          <rect key={c.code} data-code={c.code} x={c.col * S + G / 2} y={c.row * S + G / 2} width={S - G} height={S - G}
            fill={c.color ?? EMPTY_FILL} className={c.color ? 'p-tile' : 'p-tile p-tile-empty'} />
        ))}
      </Svg>
    );
  }
  return (
    <Svg title={title} desc={desc} w={W} h={H} testId="map-svg">
      {map.cells.map((c) => (
        <g key={c.code} transform={`translate(${c.col * S + G / 2} ${c.row * S + G / 2})`} data-code={c.code}>
          <rect width={S - G} height={S - G} rx={14} fill={c.color ?? EMPTY_FILL} className={c.color ? 'p-tile' : 'p-tile p-tile-empty'} />
          <TileName name={shortUnitName(c.name)} width={S - G - 16} x={(S - G) / 2} y={S / 2 - 14} className={`p-tile-name ${onFill(c.color)}`} />
          <text x={(S - G) / 2} y={S / 2 + 26} textAnchor="middle" className={`p-tile-value ${onFill(c.color)}`}>
            {c.value === undefined ? noValue : fmt(c.value)}
          </text>
        </g>
      ))}
    </Svg>
  );
}

/** The real map when the user has loaded boundaries: same colours as the tile map. */
export function GeoMapSvg({ shapes, width, height, map, fmt, title, desc, noValue }: {
  shapes: { d: string; code: string | null; key: string }[]; width: number; height: number; map: MapPicture;
  fmt: (v: number) => string; title: string; desc: string; noValue: string;
}) {
  const byCode = new Map(map.cells.map((c) => [c.code, c]));
  return (
    <Svg title={title} desc={desc} w={width} h={height} testId="map-svg">
      {shapes.map((s) => {
        const c = s.code ? byCode.get(s.code) : undefined;
        if (!c) return <path key={s.key} d={s.d} className="p-geo-other" />;
        return (
          <path key={s.key} d={s.d} data-code={c.code} fill={c.color ?? EMPTY_FILL} className="p-geo">
            <title>{`${c.name}: ${c.value === undefined ? noValue : fmt(c.value)}`}</title>
          </path>
        );
      })}
    </Svg>
  );
}

/** Real boundaries when the user has loaded a file on the map screen, else the tile map. */
export function StillMap({ ds, year, map, fmt, title, desc, noValue }: {
  ds: Dataset; year: number | null; map: MapPicture; fmt: (v: number) => string; title: string; desc: string; noValue: string;
}) {
  const stored = useBoundaryStore((s) => s.current);
  useEffect(() => { hydrateBoundaries(); }, []);
  const units = comparisonUnits(ds, year ?? undefined);
  const geo = useMapGeometry(ds, units, stored);
  const joined = geo.shapes.some((s) => s.code !== null);
  return joined
    ? <GeoMapSvg shapes={geo.shapes} width={MAP_WIDTH} height={geo.height} map={map} fmt={fmt} title={title} desc={desc} noValue={noValue} />
    : <TileMapSvg map={map} fmt={fmt} title={title} desc={desc} noValue={noValue} />;
}
