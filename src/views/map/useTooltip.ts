/**
 * The map tooltip's life (WCAG 1.4.13): it stays while the pointer moves from the unit onto it
 * (a short grace on leaving), Esc dismisses it, and one opened by keyboard focus is docked below
 * the map instead of over the focused unit's neighbours.
 */
import { useCallback, useEffect, useRef, useState } from 'react';

export type HoverVia = 'pointer' | 'focus';
/** reachable: the pointer has left the unit, so the tooltip now takes the pointer (until then it is
 *  click-through, so it never blocks the neighbouring units the pointer moves over). */
export interface Hover { code: string; x: number; y: number; via: HoverVia; flip: boolean; reachable: boolean }

const GRACE_MS = 400;

export function useTooltip() {
  const [hover, setHover] = useState<Hover | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const onHover = useCallback((code: string | null, x: number, y: number, via: HoverVia = 'pointer', flip = false) => {
    clearTimeout(timer.current);
    if (code) { setHover({ code, x, y, via, flip, reachable: false }); return; }
    setHover((h) => (h ? { ...h, reachable: true } : h));
    timer.current = setTimeout(() => setHover(null), GRACE_MS);
  }, []);
  /** The pointer is on the tooltip: keep it. */
  const keep = useCallback(() => clearTimeout(timer.current), []);
  const leave = useCallback(() => { timer.current = setTimeout(() => setHover(null), GRACE_MS); }, []);
  useEffect(() => {
    if (!hover) return;
    const onKey = (e: KeyboardEvent) => { if (e.key === 'Escape') { clearTimeout(timer.current); setHover(null); } };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [hover]);
  useEffect(() => () => clearTimeout(timer.current), []);
  return { hover, onHover, keep, leave };
}
