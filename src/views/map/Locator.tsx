/** Locator: Vietnam's provinces (Natural Earth, bundled in public/geo) with the data's province lit. */
import { memo, useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { readBoundaries, type BoundarySet } from '../../geo/boundaries.ts';
import { projectToWidth } from '../../geo/project.ts';
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

export const Locator = memo(function Locator({ province, name }: { province: string | null; name: string }) {
  const { t } = useTranslation('map');
  const [set, setSet] = useState<BoundarySet | null>(null);
  useEffect(() => {
    let live = true;
    loadProvinces().then((s) => { if (live) setSet(s); }).catch(() => undefined);
    return () => { live = false; };
  }, []);
  const proj = useMemo(() => (set ? projectToWidth(set.features, 110, 220) : null), [set]);
  if (!set || !proj) return null;
  return (
    <figure className="map-locator">
      <svg viewBox={`0 0 110 ${proj.height}`} width="110" role="img" aria-label={t('locator', { name })}>
        {set.features.map((f, i) => (
          <path key={String(f.properties.code ?? i)} d={proj.paths[i]!.d}
            className={String(f.properties.code) === province ? 'map-locator-on' : 'map-locator-off'} />
        ))}
      </svg>
      <figcaption>{t('locatorCredit')}</figcaption>
    </figure>
  );
});
