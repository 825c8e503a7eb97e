/**
 * Unit names on the choropleth where they fit: each name goes at its shape's box centre when it
 * fits inside the box and overlaps no name placed before it (larger shapes first); white halo.
 * Boxes are measured from the drawn paths (getBBox), once per geometry.
 */
import { memo, useLayoutEffect, useState, type RefObject } from 'react';
import { placeLabels, type Box } from '../../ui/labels.ts';
import { shortUnitName } from '../../domain/units.ts';

/** Above this many shapes names are not drawn (too small to read; the table and tooltip name them). */
export const MAX_NAMED_SHAPES = 300;
const SIZE = 11;

export const MapLabels = memo(function MapLabels({ group, names, width, height }: {
  group: RefObject<SVGGElement | null>; names: Map<string, string>; width: number; height: number;
}) {
  const [boxes, setBoxes] = useState<{ code: string; b: Box }[]>([]);
  useLayoutEffect(() => {
    const paths = [...(group.current?.children ?? [])] as SVGGraphicsElement[];
    if (paths.length > MAX_NAMED_SHAPES || typeof paths[0]?.getBBox !== 'function') { setBoxes([]); return; }
    setBoxes(paths.flatMap((p) => {
      const code = p.getAttribute('data-code');
      if (!code) return [];
      const r = p.getBBox();
      return [{ code, b: { x: r.x, y: r.y, w: r.width, h: r.height } }];
    }).sort((a, b) => b.b.w * b.b.h - a.b.w * a.b.h));
  }, [group, names.size, width, height]);
  const texts = boxes.map(({ code, b }) => ({ code, text: shortUnitName(names.get(code) ?? code), b }));
  const spots = placeLabels(texts.map((t) => ({
    text: t.text, size: SIZE,
    candidates: [{ x: t.b.x + t.b.w / 2, y: t.b.y + t.b.h / 2 + SIZE / 3, anchor: 'middle' as const }],
  })), [], { x: 0, y: 0, w: width, h: height });
  return (
    <g className="map-labels" aria-hidden="true">
      {texts.map((t, i) => {
        const s = spots[i];
        // Only where the name fits inside its own shape's box.
        if (!s || t.text.length * SIZE * 0.62 > t.b.w * 0.95 || SIZE * 1.2 > t.b.h) return null;
        return <text key={t.code} x={s.x} y={s.y} textAnchor="middle" className="map-label">{t.text}</text>;
      })}
    </g>
  );
});
