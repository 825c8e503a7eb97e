/** Locator: Vietnam's provinces (Natural Earth, bundled in public/geo) with the data's province lit. */
import { memo, useEffect, useState } from 'react';
import { geoMercator, geoPath, type GeoProjection } from 'd3-geo';
import { useTranslation } from 'react-i18next';
import { readBoundaries, type BoundaryFeature, type BoundarySet } from '../../geo/boundaries.ts';
import { embeddedLocator } from '../../ui/export/offlineBoot.ts';

let cache: Promise<BoundarySet> | null = null;
function loadProvinces(): Promise<BoundarySet> {
  // An offline report carries the file inside itself (a file:// page cannot fetch it).
  const embedded = embeddedLocator();
  cache ??= (embedded ? Promise.resolve(embedded) : fetch('./geo/vn-provinces-ne.topo.json')
    .then((r) => { if (!r.ok) throw new Error(String(r.status)); return r.json() as Promise<unknown>; }))
    .then((j) => readBoundaries(j));
  cache.catch(() => { cache = null; });
  return cache;
}

interface Drawn { paths: string[]; height: number }
const drawn = new WeakMap<BoundarySet, Promise<Drawn>>();
const nextTask = () => new Promise<void>((r) => { setTimeout(r, 0); });

type Bounds = [[number, number], [number, number]];

/**
 * Projected bounds of the features, a few per task: the union of each one's, as d3's own fit takes
 * them over the whole collection in one pass (compared like d3 does, so NaN never wins).
 */
async function boundsInSteps(projection: GeoProjection, features: readonly BoundaryFeature[]): Promise<Bounds> {
  const path = geoPath(projection);
  let x0 = Infinity; let y0 = Infinity; let x1 = -Infinity; let y1 = -Infinity;
  for (let i = 0; i < features.length; i++) {
    if (i > 0 && i % STEP === 0) await nextTask();
    const [[a, b], [c, d]] = path.bounds(features[i]!);
    if (a < x0) x0 = a;
    if (b < y0) y0 = b;
    if (c > x1) x1 = c;
    if (d > y1) y1 = d;
  }
  return [[x0, y0], [x1, y1]];
}

/** A Mercator projection as d3's fit leaves it before measuring (scale 150, no translation). */
const unfitted = () => geoMercator().scale(150).translate([0, 0]);

/**
 * The locator's paths, as projectToWidth(features, 110, 220) would give them, worked out a few
 * provinces per task and kept for the session. d3's fitWidth and fitExtent each pass over every
 * outline in one go (with d3-geo's code not yet compiled, the first pass was ~50 ms of CPU): here
 * the passes are split, with d3's fit formulas applied to bounds taken in steps (the test holds the
 * paths and height equal to projectToWidth's). Both fits start from the same unfitted projection,
 * so its bounds are measured once.
 */
export function drawLocator(set: BoundarySet): Promise<Drawn> {
  const hit = drawn.get(set);
  if (hit) return hit;
  const made = (async () => {
    const features = set.features;
    const [[bx0, by0], [bx1, by1]] = await boundsInSteps(unfitted(), features);
    // fitWidth(WIDTH): the probe whose height sets the locator's.
    const kw = WIDTH / (bx1 - bx0);
    const probe = unfitted().scale(150 * kw).translate([(WIDTH - kw * (bx1 + bx0)) / 2, -kw * by0]);
    const [[, y0], [, y1]] = await boundsInSteps(probe, features);
    const height = Math.max(120, Math.min(MAX_HEIGHT, Math.ceil(y1 - y0) + 16));
    // fitExtent([[PAD, PAD], [WIDTH − PAD, height − PAD]]), as fitProjection makes it.
    const w = WIDTH - 2 * PAD; const h = height - 2 * PAD;
    const k = Math.min(w / (bx1 - bx0), h / (by1 - by0));
    const path = geoPath(unfitted().scale(150 * k).translate([PAD + (w - k * (bx1 + bx0)) / 2, PAD + (h - k * (by1 + by0)) / 2]));
    const paths: string[] = [];
    for (let i = 0; i < features.length; i++) {
      if (i % STEP === 0) await nextTask();
      paths.push(path(features[i]!) ?? '');
    }
    return { paths, height };
  })();
  drawn.set(set, made);
  made.catch(() => drawn.delete(set));
  return made;
}

const STEP = 8;
/** fitProjection's default padding. */
const PAD = 8;
const WIDTH = 110;
const MAX_HEIGHT = 220;

export const Locator = memo(function Locator({ province, name }: { province: string | null; name: string }) {
  const { t } = useTranslation('map');
  const [state, setState] = useState<{ set: BoundarySet; proj: Drawn } | null>(null);
  useEffect(() => {
    let live = true;
    loadProvinces().then(async (set) => { const proj = await drawLocator(set); if (live) setState({ set, proj }); }).catch(() => undefined);
    return () => { live = false; };
  }, []);
  if (!state) return null;
  const { set, proj } = state;
  return (
    <figure className="map-locator">
      <svg viewBox={`0 0 ${WIDTH} ${proj.height}`} width={WIDTH} role="img" aria-label={t('locator', { name })}>
        {set.features.map((f, i) => (
          <path key={String(f.properties.code ?? i)} d={proj.paths[i]!}
            className={String(f.properties.code) === province ? 'map-locator-on' : 'map-locator-off'} />
        ))}
      </svg>
      <figcaption>{t('locatorCredit')}</figcaption>
    </figure>
  );
});
