/**
 * An off-DOM SVG of what the canvas map shows, so the canvas map exports exactly like the SVG
 * maps (buildExportSvg adds title, legend and source; exportPng rasterises it). Built with DOM
 * APIs (createElementNS, setAttribute); no names go into the markup at all, only codes as
 * attributes.
 */
import type { MapItem } from './mapSeries.ts';
import type { Scene } from './canvasDraw.ts';
import { tileOrigin } from '../../geo/hitTest.ts';
import { NO_DATA_FILL, NO_DATA_ID } from './interaction.ts';

const NS = 'http://www.w3.org/2000/svg';

function el<K extends keyof SVGElementTagNameMap>(name: K, attrs: Record<string, string | number>): SVGElementTagNameMap[K] {
  const e = document.createElementNS(NS, name);
  for (const [k, v] of Object.entries(attrs)) e.setAttribute(k, String(v));
  return e;
}

function hatchDefs(): SVGDefsElement {
  const defs = el('defs', {});
  const p = el('pattern', { id: NO_DATA_ID, patternUnits: 'userSpaceOnUse', width: 6, height: 6, patternTransform: 'rotate(45)' });
  p.append(el('rect', { width: 6, height: 6, fill: '#f4f4f4' }), el('line', { x1: 0, y1: 0, x2: 0, y2: 6, stroke: '#8a8a8a', 'stroke-width': 2 }));
  defs.append(p);
  return defs;
}

export function sceneToSvg(scene: Scene, byCode: Map<string, MapItem>, selected: string | null): SVGSVGElement {
  const svg = el('svg', { viewBox: `0 0 ${scene.width} ${scene.height}` });
  svg.append(hatchDefs());
  const fill = (code: string) => byCode.get(code)?.color ?? NO_DATA_FILL;
  const stroke = (code: string): Record<string, string | number> => (code === selected ? { stroke: '#d00', 'stroke-width': 2.5 } : {});
  if (scene.kind === 'tiles') {
    const { m } = scene;
    const sw = Math.min(1, m.gap / 2);
    for (const t of scene.grid.tiles) {
      const [x, y] = tileOrigin(m, t.col, t.row);
      const r = el('rect', { x, y, width: m.size, height: m.size, fill: fill(t.code), 'data-code': t.code });
      for (const [k, v] of Object.entries(t.code === selected ? stroke(t.code) : { stroke: '#fff', 'stroke-width': sw })) r.setAttribute(k, String(v));
      svg.append(r);
    }
    return svg;
  }
  const others = el('g', { fill: '#e6e6e6', stroke: '#fff', 'stroke-width': 0.5 });
  const units = el('g', { stroke: '#fff', 'stroke-width': 0.7 });
  scene.shapes.forEach((s) => {
    if (s.code === null) { others.append(el('path', { d: s.d })); return; }
    units.append(el('path', { d: s.d, fill: fill(s.code), 'data-code': s.code, ...stroke(s.code) }));
  });
  svg.append(others, units);
  return svg;
}
