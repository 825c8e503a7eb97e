/** Event delegation for map units: one handler on the <svg>, units found by data-code. */
import type { FocusEvent, KeyboardEvent, MouseEvent } from 'react';

export interface UnitHandlers {
  /** via: what opened it (focus docks the tooltip below the map); flip: place it left of x. */
  onHover: (code: string | null, x: number, y: number, via?: 'pointer' | 'focus', flip?: boolean) => void;
  onSelect: (code: string) => void;
}

function unitOf(target: EventTarget | null): Element | null {
  return target instanceof Element ? target.closest('[data-code]') : null;
}

/** Position relative to the map's frame (the positioned parent of the svg). */
function framePoint(el: Element, clientX: number, clientY: number): [number, number] {
  const frame = el.closest('.map-frame')?.getBoundingClientRect();
  return frame ? [clientX - frame.left, clientY - frame.top] : [clientX, clientY];
}

export function svgHandlers(h: UnitHandlers) {
  return {
    // Anchored to the unit's box, not the pointer, so the pointer can move onto the tooltip.
    onMouseMove: (e: MouseEvent<SVGSVGElement>) => {
      const u = unitOf(e.target);
      if (!u) { h.onHover(null, 0, 0); return; }
      const r = u.getBoundingClientRect();
      const frame = u.closest('.map-frame')?.getBoundingClientRect();
      const flip = !!frame && r.right + 300 > frame.right && r.left - frame.left > frame.right - r.right;
      const [x, y] = framePoint(u, flip ? r.left + 4 : r.right - 4, r.top + Math.min(r.height / 2, 24));
      h.onHover(u.getAttribute('data-code'), x, y, 'pointer', flip);
    },
    onMouseLeave: () => h.onHover(null, 0, 0),
    onFocus: (e: FocusEvent<SVGSVGElement>) => {
      const u = unitOf(e.target);
      if (!u) return;
      const r = u.getBoundingClientRect();
      const [x, y] = framePoint(u, r.left + r.width / 2, r.top + r.height / 2);
      h.onHover(u.getAttribute('data-code'), x, y, 'focus');
    },
    onBlur: () => h.onHover(null, 0, 0),
    onClick: (e: MouseEvent<SVGSVGElement>) => {
      const code = unitOf(e.target)?.getAttribute('data-code');
      if (code) h.onSelect(code);
    },
    onKeyDown: (e: KeyboardEvent<SVGSVGElement>) => {
      if (e.key !== 'Enter' && e.key !== ' ') return;
      const code = unitOf(e.target)?.getAttribute('data-code');
      if (code) { e.preventDefault(); h.onSelect(code); }
    },
  };
}

/** Hatched "no data" fill; the pattern id is per map so exports keep it. */
export const NO_DATA_ID = 'map-nodata';
export const NO_DATA_FILL = `url(#${NO_DATA_ID})`;
