// Map benchmark: the map view's own derive (deriveMap) and draw (ChoroplethPaths) on 692 real
// district shapes with synthetic values, against a bare repaint that only sets the fill of the
// same precomputed d3-geo paths. Geometry is projected once, outside the timings, as in the view.
import { createRoot, type Root } from 'react-dom/client';
import { flushSync } from 'react-dom';
import Papa from 'papaparse';
import { readBoundaries } from '../../../src/geo/boundaries.ts';
import { projectToWidth } from '../../../src/geo/project.ts';
import { TableBuilder } from '../../../src/domain/tableBuilder.ts';
import { makeUnit, UnitRegistry } from '../../../src/domain/units.ts';
import { VN_STANDARDS } from '../../../src/domain/standards.ts';
import type { Dataset } from '../../../src/domain/dataset.ts';
import { computeScale, deriveMap, readSettings, type MapScale } from '../../../src/views/map/mapSeries.ts';

// As in MapView: the settings and the colour scale are fixed for the timeline (memoised there), so a
// year change is deriveMap with the scale given, not a recomputation of the pooled breaks.
const SETTINGS = readSettings({});
import { fmtValue } from '../../../src/views/map/format.ts';
import { ChoroplethPaths, type GeoShape } from '../../../src/views/map/ChoroplethPaths.tsx';
import { CanvasMap } from '../../../src/views/map/CanvasMap.tsx';
import { tileScene, type Scene } from '../../../src/views/map/canvasDraw.ts';
import { tileLayout } from '../../../src/geo/tiles.ts';
import { initI18n } from '../../../src/i18n/index.ts';

const IND = 'poverty_rate';
const WIDTH = 800;
const noop = () => {};

interface MapState {
  ds: Dataset; units: string[]; years: number[]; shapes: GeoShape[]; height: number; scale: MapScale;
  names: Map<string, string>; root: Root; bare: SVGPathElement[]; colors: Map<number, string[]>;
}
let st: MapState | null = null;

const nextPaint = () => new Promise<void>((resolve) => requestAnimationFrame(() => {
  const ch = new MessageChannel();
  ch.port1.onmessage = () => resolve();
  ch.port2.postMessage(0);
}));

function show(which: 'map' | 'bare') {
  document.getElementById('map')!.style.display = which === 'map' ? '' : 'none';
  document.getElementById('bare')!.style.display = which === 'bare' ? '' : 'none';
}

export async function setupMap(topoUrl: string, csvUrl: string) {
  const [topo, csv] = await Promise.all([fetch(topoUrl).then((r) => r.json()), fetch(csvUrl).then((r) => r.text())]);
  const set = readBoundaries(topo);
  const projected = projectToWidth(set.features, WIDTH);
  const codes = set.features.map((f) => String(f.properties.code ?? f.id));
  const units = [makeUnit({ code: 'VN', level: 'country', nameVi: 'Việt Nam' })];
  set.features.forEach((f, i) => units.push(makeUnit({ code: codes[i]!, level: 'district', parent: 'VN', nameVi: String(f.properties.full_name_vi ?? codes[i]) })));
  const rows = Papa.parse<string[]>(csv, { header: false, skipEmptyLines: true }).data.slice(2);
  const b = new TableBuilder(rows.length);
  const prov = { kind: 'illustrative' as const, source: 'synthetic benchmark data' };
  for (const r of rows) b.add(r[0]!, r[3]!, Number(r[2]), Number(r[4]), prov);
  const ds: Dataset = {
    id: 'bench', title: { vi: 'Giả lập', en: 'Synthetic' }, rootUnit: 'VN', units: new UnitRegistry(units), table: b.build(),
    targets: [], standards: VN_STANDARDS, status: 'illustrative', sources: [],
  };
  const shapes = set.features.map((_, i) => ({ d: projected.paths[i]!.d, code: codes[i]!, key: `${i}:${codes[i]}` }));
  const names = new Map(codes.map((c) => [c, ds.units.name(c, 'vi')]));
  const years = ds.table.years();
  // Bare: the same path strings as plain SVG, fills precomputed per year.
  const colors = new Map(years.map((y) => {
    const d = deriveMap(ds, IND, y, codes, readSettings({}), 'vi');
    return [y, codes.map((c) => d.byCode.get(c)?.color ?? '#ccc')] as [number, string[]];
  }));
  const NS = 'http://www.w3.org/2000/svg';
  const svg = document.createElementNS(NS, 'svg');
  svg.setAttribute('class', 'map-svg');
  svg.setAttribute('viewBox', `0 0 ${WIDTH} ${projected.height}`);
  const bare = shapes.map((s) => {
    const p = document.createElementNS(NS, 'path');
    p.setAttribute('d', s.d);
    p.setAttribute('class', 'map-unit');
    svg.appendChild(p);
    return p;
  });
  document.getElementById('bare')!.appendChild(svg);
  const root = createRoot(document.getElementById('map')!);
  st = { ds, units: codes, years, shapes, height: projected.height, names, root, bare, colors, scale: computeScale(ds, IND, codes, SETTINGS) };
  renderYear(years[0]!);
  await nextPaint();
  return { units: codes.length, years, observations: ds.table.size };
}

/** What a year change costs in the view: derive, labels, React render and commit. */
export const parts = { derive: [] as number[], labels: [] as number[], render: [] as number[] };
function renderYear(year: number) {
  const s = st!;
  const t0 = performance.now();
  const data = deriveMap(s.ds, IND, year, s.units, SETTINGS, 'vi', s.scale);
  const t1 = performance.now();
  const labels = new Map(s.units.map((c) => {
    const it = data.byCode.get(c);
    return [c, `${s.names.get(c)}: ${it?.raw === undefined ? '—' : fmtValue(it.raw, '%', 'vi')}`];
  }));
  const t2 = performance.now();
  flushSync(() => s.root.render(
    <ChoroplethPaths shapes={s.shapes} width={WIDTH} height={s.height} byCode={data.byCode} labels={labels}
      selected={null} title={`${IND} ${year}`} onHover={noop} onSelect={noop} />,
  ));
  parts.derive.push(t1 - t0);
  parts.labels.push(t2 - t1);
  parts.render.push(performance.now() - t2);
}

function paintBare(year: number) {
  const s = st!;
  const c = s.colors.get(year)!;
  for (let i = 0; i < s.bare.length; i++) s.bare[i]!.setAttribute('fill', c[i]!);
}

/** n year changes; per change: synchronous time (script + style + layout) and time to the next paint. */
async function run(kind: 'map' | 'bare', n: number) {
  const s = st!;
  show(kind);
  await nextPaint();
  const sync: number[] = [];
  const paint: number[] = [];
  for (let k = 0; k < n; k++) {
    const year = s.years[(k + 1) % s.years.length]!;
    const t0 = performance.now();
    if (kind === 'map') renderYear(year);
    else paintBare(year);
    void document.body.offsetHeight; // force style and layout inside the measurement
    const t1 = performance.now();
    await nextPaint();
    sync.push(t1 - t0);
    paint.push(performance.now() - t0);
  }
  return { sync, paint };
}

export const mapFrame = async (n = 30) => {
  parts.derive = []; parts.labels = []; parts.render = [];
  return { ...(await run('map', n)), parts: { ...parts } };
};
export const mapBare = (n = 30) => run('bare', n);

// ---- Canvas tile map at national commune scale: 10,600 made-up units (SYNTHETIC values). ----
// The same CanvasMap the view uses above CANVAS_THRESHOLD; a year change is deriveMap + React
// render + the layout effect that repaints the fills (no geometry work).
interface CanvasState { ds: Dataset; units: string[]; years: number[]; scene: Scene; names: Map<string, string>; root: Root; scale: MapScale }
let cv: CanvasState | null = null;

const canvasParts = { derive: [] as number[], render: [] as number[] };
function renderCanvasYear(year: number) {
  const s = cv!;
  const t0 = performance.now();
  const data = deriveMap(s.ds, IND, year, s.units, SETTINGS, 'vi', s.scale);
  const t1 = performance.now();
  flushSync(() => s.root.render(
    <div className="map-frame" style={{ width: `${WIDTH}px`, position: 'relative' }}>
      <CanvasMap scene={s.scene} fills={data} names={s.names} lang="vi" selected={null} title={`${IND} ${year}`}
        onHover={noop} onSelect={noop} onPick={noop} />
    </div>,
  ));
  canvasParts.derive.push(t1 - t0);
  canvasParts.render.push(performance.now() - t1);
}

export async function setupCanvasMap(n = 10600) {
  initI18n('vi');
  let seed = 42;
  const rnd = () => ((seed = (seed * 16807) % 2147483647) / 2147483647);
  const years = [2021, 2022, 2023, 2024, 2025];
  const codes = Array.from({ length: n }, (_, i) => `S${String(i + 1).padStart(5, '0')}`);
  const units = [makeUnit({ code: 'VN', level: 'country', nameVi: 'Việt Nam (giả lập)' })];
  for (const c of codes) units.push(makeUnit({ code: c, level: 'commune', parent: 'VN', nameVi: `Xã giả lập ${c}` }));
  const b = new TableBuilder(n * years.length);
  const prov = { kind: 'illustrative' as const, source: 'synthetic benchmark data' };
  for (const c of codes) for (const y of years) b.add(c, IND, y, Math.round(rnd() * 4000) / 100, prov);
  const ds: Dataset = {
    id: 'bench-canvas', title: { vi: 'Giả lập', en: 'Synthetic' }, rootUnit: 'VN', units: new UnitRegistry(units), table: b.build(),
    targets: [], standards: VN_STANDARDS, status: 'illustrative', sources: [],
  };
  const host = document.createElement('div');
  host.id = 'canvas-map';
  document.body.appendChild(host);
  const names = new Map(codes.map((c) => [c, ds.units.name(c, 'vi')]));
  const t0 = performance.now();
  const scene = tileScene(tileLayout(codes.map((code) => ({ code }))), WIDTH);
  cv = { ds, units: codes, years, scene, names, root: createRoot(host), scale: computeScale(ds, IND, codes, SETTINGS) };
  renderCanvasYear(years[0]!);
  const mount = performance.now() - t0;
  await nextPaint();
  return { units: n, mount_ms: mount, mount_to_paint_ms: performance.now() - t0 };
}

/** n year changes on the canvas map: synchronous time and time to the next paint. */
export async function canvasFrame(n = 30) {
  const s = cv!;
  for (const id of ['map', 'bare']) document.getElementById(id)!.style.display = 'none'; // only the canvas host is visible
  await nextPaint();
  canvasParts.derive = []; canvasParts.render = [];
  const sync: number[] = [];
  const paint: number[] = [];
  for (let k = 0; k < n; k++) {
    const t0 = performance.now();
    renderCanvasYear(s.years[(k + 1) % s.years.length]!);
    void document.body.offsetHeight;
    const t1 = performance.now();
    await nextPaint();
    sync.push(t1 - t0);
    paint.push(performance.now() - t0);
  }
  return { sync, paint, parts: { ...canvasParts } };
}
