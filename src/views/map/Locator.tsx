/** Locator: Vietnam's provinces (Natural Earth, bundled in public/geo) with the data's province lit. */
import { memo, useEffect, useState } from 'react';
import { geoMercator, geoPath } from 'd3-geo';
import { useTranslation } from 'react-i18next';
import { readBoundaries, type BoundarySet } from '../../geo/boundaries.ts';
import { fitProjection } from '../../geo/project.ts';
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

/**
 * The locator's paths, as projectToWidth(features, 110, 220) would give them, worked out a step at a
 * time (fit, then a few provinces per task) and kept for the session: done at once, the projection
 * of the 63 provinces was one of the longest tasks of opening the map (~40 ms of CPU, 150 ms under load).
 */
export function drawLocator(set: BoundarySet): Promise<Drawn> {
  const hit = drawn.get(set);
  if (hit) return hit;
  const made = (async () => {
    const fc = { type: 'FeatureCollection' as const, features: [...set.features] };
    const probe = geoMercator().fitWidth(WIDTH, fc);
    const [[, y0], [, y1]] = geoPath(probe).bounds(fc);
    const height = Math.max(120, Math.min(MAX_HEIGHT, Math.ceil(y1 - y0) + 16));
    await nextTask();
    const path = geoPath(fitProjection(set.features, WIDTH, height));
    const paths: string[] = [];
    for (let i = 0; i < set.features.length; i++) {
      if (i % 8 === 0) await nextTask();
      paths.push(path(set.features[i]!) ?? '');
    }
    return { paths, height };
  })();
  drawn.set(set, made);
  made.catch(() => drawn.delete(set));
  return made;
}

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
