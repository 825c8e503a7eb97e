/**
 * Geographic choropleth. Path strings come in precomputed (once per geometry) and React renders
 * the paths once; on a year change an effect writes only the fill and accessible name of each
 * path (re-rendering 700 paths through React cost ~8 ms a frame, direct writes ~2 ms).
 */
import { memo, useLayoutEffect, useMemo, useRef } from 'react';
import type { MapItem } from './mapSeries.ts';
import { HatchDefs } from './Hatch.tsx';
import { NO_DATA_FILL, svgHandlers, type UnitHandlers } from './interaction.ts';
import { MapLabels } from './MapLabels.tsx';

export interface GeoShape { d: string; code: string | null; key: string }

// fill and aria-label are written by ChoroplethPaths' effect, not by React.
const UnitPath = memo(function UnitPath({ d, code, selected }: { d: string; code: string; selected: boolean }) {
  return (
    <path
      d={d} data-code={code} tabIndex={0} role="button" aria-pressed={selected}
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
  const group = useRef<SVGGElement>(null);
  useLayoutEffect(() => {
    const paths = group.current?.children ?? [];
    for (const el of paths) {
      const code = el.getAttribute('data-code');
      if (!code) continue;
      el.setAttribute('fill', byCode.get(code)?.color ?? NO_DATA_FILL);
      el.setAttribute('aria-label', labels.get(code) ?? code);
    }
  }, [byCode, labels, shapes]);
  const names = useMemo(() => new Map([...byCode].map(([c, it]) => [c, it.name])), [byCode]);
  return (
    <svg className="map-svg" viewBox={`0 0 ${width} ${height}`} role="group" aria-label={title} {...handlers}>
      <HatchDefs />
      <g className="map-others" aria-hidden="true">
        {shapes.map((s) => (s.code === null ? <path key={s.key} d={s.d} className="map-other" /> : null))}
      </g>
      <g className="map-units" ref={group}>
        {shapes.map((s) => (s.code === null ? null : <UnitPath key={s.key} d={s.d} code={s.code} selected={selected === s.code} />))}
      </g>
      <MapLabels group={group} names={names} width={width} height={height} />
    </svg>
  );
});
