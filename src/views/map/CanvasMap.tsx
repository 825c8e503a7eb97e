/**
 * Canvas map for thousands of units (SVG above ~2,000 nodes is slow to mount and recolour).
 * Two stacked canvases: the base holds the fills and is repainted only when the fills change
 * (a year change: no re-projection, Path2D cached per geometry); the overlay holds the hover and
 * selection outlines and is cheap to redraw on every pointer move. Units cannot be tabbed
 * through on a canvas, so a "find a unit" box selects by name and the MapTable stays the
 * accessible route to the figures.
 */
import { memo, useLayoutEffect, useRef, useState, type PointerEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { MapFills } from './mapData.ts';
import type { UnitHandlers } from './interaction.ts';
import { hatchPattern, hitCode, paintFills, paintOverlay, prepareFills, setScale, unitCentre, type Scene } from './canvasDraw.ts';
import { foldName } from '../../domain/units.ts';
import { formatNumber, type Lang } from '../../i18n/format.ts';

interface Props extends UnitHandlers {
  /** Geometry only (built once per geometry with tileScene / shapeScene). */
  scene: Scene;
  /** Each drawn unit's class and the class colours (the year's MapData). */
  fills: MapFills;
  names: Map<string, string>;
  lang: Lang;
  selected: string | null;
  title: string;
  /** Select a unit found by name (no toggling, unlike a click). */
  onPick: (code: string) => void;
}

interface Size { bw: number; bh: number; dpr: number }

export const CanvasMap = memo(function CanvasMap({ scene, fills, names, lang, selected, title, onHover, onSelect, onPick }: Props) {
  const { t } = useTranslation('map');
  const base = useRef<HTMLCanvasElement>(null);
  const over = useRef<HTMLCanvasElement>(null);
  const hover = useRef<string | null>(null);
  const selectedRef = useRef(selected);
  const units = scene.byUnit.size;
  const [size, setSize] = useState<Size | null>(null);

  // Backing store follows the displayed size × devicePixelRatio, so the map stays sharp.
  useLayoutEffect(() => {
    const el = base.current;
    if (!el) return;
    const measure = () => {
      const dpr = window.devicePixelRatio || 1;
      const w = el.clientWidth || scene.width;
      const bw = Math.max(1, Math.round(w * dpr));
      const bh = Math.max(1, Math.round((w * scene.height / scene.width) * dpr));
      setSize((s) => (s && s.bw === bw && s.bh === bh && s.dpr === dpr ? s : { bw, bh, dpr }));
    };
    measure();
    if (typeof ResizeObserver === 'undefined') return;
    const ro = new ResizeObserver(measure);
    ro.observe(el);
    return () => ro.disconnect();
  }, [scene]);

  const ctxs = useRef<{ b: CanvasRenderingContext2D; o: CanvasRenderingContext2D; noData: CanvasPattern | string } | null>(null);
  // The first paint comes a task after the canvases are first sized: at 10,600 units the two
  // together were one ~60 ms task. Later sizes and fills paint at once (no blank frame).
  const [firstPaint, setFirstPaint] = useState(false);
  // Effects run in order: size the canvases, then paint.
  useLayoutEffect(() => {
    ctxs.current = null;
    if (!size || !base.current || !over.current) return;
    for (const c of [base.current, over.current]) { c.width = size.bw; c.height = size.bh; }
    const b = base.current.getContext('2d');
    const o = over.current.getContext('2d');
    if (!b || !o) return;
    setScale(b, scene, size.bw, size.bh);
    setScale(o, scene, size.bw, size.bh);
    ctxs.current = { b, o, noData: hatchPattern(b, size.bw / scene.width / size.dpr) };
  }, [size, scene]);

  // The year change path: fills only.
  useLayoutEffect(() => {
    const c = ctxs.current;
    if (!c) return;
    if (firstPaint) { paintFills(c.b, scene, fills, c.noData); return; }
    prepareFills(scene, fills.codes);
    const timer = window.setTimeout(() => setFirstPaint(true), 0);
    return () => clearTimeout(timer);
  }, [size, scene, fills, firstPaint]);
  useLayoutEffect(() => {
    selectedRef.current = selected;
    const c = ctxs.current;
    if (c) paintOverlay(c.o, scene, selected, hover.current);
  }, [size, scene, selected]);

  const toMap = (e: { clientX: number; clientY: number }): [number, number] => {
    const r = over.current!.getBoundingClientRect();
    return [((e.clientX - r.left) * scene.width) / r.width, ((e.clientY - r.top) * scene.height) / r.height];
  };
  const pick = (x: number, y: number) => (ctxs.current && size ? hitCode(scene, ctxs.current.b, x, y, size.bw / scene.width, size.bh / scene.height) : null);
  /** Frame-relative position (the tooltip's coordinate space) of a point in map units. */
  const framePoint = (x: number, y: number): [number, number] => {
    const r = over.current!.getBoundingClientRect();
    const f = over.current!.closest('.map-frame')?.getBoundingClientRect() ?? { left: 0, top: 0 };
    return [r.left - f.left + (x * r.width) / scene.width, r.top - f.top + (y * r.height) / scene.height];
  };
  const setHover = (code: string | null) => {
    if (code === hover.current) return;
    hover.current = code;
    if (ctxs.current) paintOverlay(ctxs.current.o, scene, selectedRef.current, code);
  };

  const onMove = (e: PointerEvent<HTMLCanvasElement>) => {
    const [x, y] = toMap(e);
    const code = pick(x, y);
    setHover(code);
    if (!code) { onHover(null, 0, 0); return; }
    const [fx, fy] = framePoint(x, y);
    // Beside the pointer, not under it (the tooltip takes the pointer when entered).
    onHover(code, fx + 14, fy + 30);
  };
  const onLeave = () => { setHover(null); onHover(null, 0, 0); };
  const onClick = (e: PointerEvent<HTMLCanvasElement>) => {
    const code = pick(...toMap(e));
    if (code) onSelect(code);
  };

  return (
    <div className="map-canvas" data-units={units}>
      <FindUnit names={names} onFound={(code) => {
        onPick(code);
        const c = unitCentre(scene, code);
        if (!c) return;
        setHover(code);
        const [fx, fy] = framePoint(...c);
        onHover(code, fx, fy);
      }} />
      <div className="map-canvas-wrap" style={{ width: `min(100%, calc(80vh * ${(scene.width / scene.height).toFixed(4)}))` }}>
        <canvas ref={base} className="map-canvas-base" width={Math.round(scene.width)} height={Math.round(scene.height)}
          style={{ aspectRatio: `${scene.width} / ${scene.height}` }} aria-hidden="true"
          data-kind={scene.kind} data-map-width={scene.width} data-map-height={scene.height}
          data-cols={scene.kind === 'tiles' ? scene.m.cols : undefined} data-step={scene.kind === 'tiles' ? scene.m.step : undefined}
          data-gap={scene.kind === 'tiles' ? scene.m.gap : undefined} data-size={scene.kind === 'tiles' ? scene.m.size : undefined} />
        <canvas ref={over} className="map-canvas-over" role="img" aria-label={t('canvasLabel', { title, count: units, n: formatNumber(units, lang, 0) })}
          onPointerMove={onMove} onPointerLeave={onLeave} onClick={onClick} />
      </div>
    </div>
  );
});

interface FindIndex { options: { code: string; label: string }[]; lookup: Map<string, string> }
const findIndexes = new WeakMap<Map<string, string>, FindIndex>();

/**
 * The find box's options and folded names, built when first wanted (the list opened or a name
 * typed), not while the map mounts: for 10,600 units they were a good part of the first mount.
 */
function findIndex(names: Map<string, string>): FindIndex {
  const hit = findIndexes.get(names);
  if (hit) return hit;
  // Names can repeat (two communes called Xã An Bình): those options carry the code too.
  const count = new Map<string, number>();
  for (const n of names.values()) count.set(n, (count.get(n) ?? 0) + 1);
  const options = [...names].map(([code, n]) => ({ code, label: (count.get(n) ?? 0) > 1 ? `${n} (${code})` : n }));
  const lookup = new Map<string, string>();
  for (const o of options) { lookup.set(foldName(o.label), o.code); lookup.set(foldName(o.code), o.code); }
  const made = { options, lookup };
  findIndexes.set(names, made);
  return made;
}

function FindUnit({ names, onFound }: { names: Map<string, string>; onFound: (code: string) => void }) {
  const { t } = useTranslation('map');
  const [listOn, setListOn] = useState(false); // 10,600 <option>s only once someone wants them
  const [miss, setMiss] = useState(false);
  const find = (text: string, exactOnly: boolean) => {
    const key = foldName(text);
    if (!key) { setMiss(false); return; }
    const { lookup, options } = findIndex(names);
    let code = lookup.get(key);
    if (!code && !exactOnly) code = options.find((o) => foldName(o.label).startsWith(key))?.code;
    if (code) { setMiss(false); onFound(code); } else if (!exactOnly) setMiss(true);
  };
  return (
    <div className="map-find">
      <label>{t('find.label')}{' '}
        <input type="search" list="map-find-units" data-testid="map-find" placeholder={t('find.placeholder')} onFocus={() => setListOn(true)}
          onChange={(e) => find(e.target.value, true)}
          onKeyDown={(e) => { if (e.key === 'Enter') { e.preventDefault(); find(e.currentTarget.value, false); } }} />
      </label>
      {listOn && <datalist id="map-find-units">{findIndex(names).options.map((o) => <option key={o.code} value={o.label} />)}</datalist>}
      <span role="status" className="map-find-status">{miss ? t('find.none') : ''}</span>
    </div>
  );
}
