/**
 * Geographic choropleth. Path strings come in precomputed (once per geometry); on a year change
 * only `items` changes, and each memoised <path> re-renders only if its fill or label changed.
 */
import { memo, useMemo } from 'react';
import type { MapItem } from './mapSeries.ts';
import { HatchDefs } from './Hatch.tsx';
import { NO_DATA_FILL, svgHandlers, type UnitHandlers } from './interaction.ts';

export interface GeoShape { d: string; code: string | null; key: string }

const UnitPath = memo(function UnitPath({ d, code, fill, label, selected }: { d: string; code: string; fill: string; label: string; selected: boolean }) {
  return (
    <path
      d={d} data-code={code} fill={fill} tabIndex={0} role="button" aria-label={label} aria-pressed={selected}
      className={selected ? 'map-unit is-selected' : 'map-unit'}
    />
  );
});

interface Props extends UnitHandlers {
  shapes: GeoShape[];
  width: number;
  height: number;
  byCode: Map<string, MapItem>;
  labels: Map<string, string>;
  selected: string | null;
  title: string;
}

export const ChoroplethPaths = memo(function ChoroplethPaths({ shapes, width, height, byCode, labels, selected, title, onHover, onSelect }: Props) {
  const handlers = useMemo(() => svgHandlers({ onHover, onSelect }), [onHover, onSelect]);
  return (
    <svg className="map-svg" viewBox={`0 0 ${width} ${height}`} role="group" aria-label={title} {...handlers}>
      <HatchDefs />
      <g className="map-others" aria-hidden="true">
        {shapes.map((s) => (s.code === null ? <path key={s.key} d={s.d} className="map-other" /> : null))}
      </g>
      <g className="map-units">
        {shapes.map((s) => {
          if (s.code === null) return null;
          const it = byCode.get(s.code);
          return (
            <UnitPath key={s.key} d={s.d} code={s.code} fill={it?.color ?? NO_DATA_FILL}
              label={labels.get(s.code) ?? s.code} selected={selected === s.code} />
          );
        })}
      </g>
    </svg>
  );
});
