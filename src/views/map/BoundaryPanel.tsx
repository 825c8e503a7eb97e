/** Upload a boundary file, pick the joining property, and see what matched both ways. */
import { memo, useId, useMemo, useState, type ChangeEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { BoundaryError, readBoundaries, type BoundarySet } from '../../geo/boundaries.ts';
import { suggestProperty, type JoinResult, type JoinUnit } from '../../geo/join.ts';
import { useShallow } from 'zustand/react/shallow';
import { useBoundaryStore } from '../../store/boundaryStore.ts';
import { checkVintage } from '../../geo/vintage.ts';
import type { UnitRegistry } from '../../domain/units.ts';
import { VintageWarning } from './VintageWarning.tsx';

interface Props {
  set: BoundarySet | null;
  join: JoinResult | null;
  units: JoinUnit[];
  names: Map<string, string>;
  /** Every unit the data knows (other vintages too) and the year on screen, for the vintage check. */
  registry: UnitRegistry;
  year: number | undefined;
}

export const BoundaryPanel = memo(function BoundaryPanel({ set, join, units, names, registry, year }: Props) {
  const { t } = useTranslation('map');
  const id = useId();
  const { current, load, setProp, clear, storageFailed } = useBoundaryStore(useShallow((s) => ({ current: s.current, load: s.load, setProp: s.setProp, clear: s.clear, storageFailed: s.storageFailed })));
  const [error, setError] = useState<string | null>(null);

  const onFile = async (e: ChangeEvent<HTMLInputElement>) => {
    const file = e.target.files?.[0];
    e.target.value = '';
    if (!file) return;
    setError(null);
    try {
      const json: unknown = JSON.parse((await file.text()).replace(/^\uFEFF/, ''));
      const parsed = readBoundaries(json);
      load({ name: file.name, prop: suggestProperty(parsed.features, parsed.properties, units) ?? 'id', json });
    } catch (err) {
      const code = err instanceof BoundaryError ? err.code : err instanceof SyntaxError ? 'not-json' : null;
      setError(t('boundaries.error', { message: code ? t(`boundaries.errors.${code}`) : String(err) }));
    }
  };

  const matched = join ? join.featureUnit.filter((c) => c !== null).length : 0;
  const prop = current?.prop;
  const vintage = useMemo(() => (set && join && prop !== undefined ? checkVintage(set.features, prop, join, units.map((u) => u.code), registry) : null), [set, join, prop, units, registry]);
  const outdated = set ? set.features.filter((f) => f.properties.boundary_outdated_after_2021_07 === true).length : 0;
  return (
    <section className="map-boundaries" aria-labelledby={`${id}-h`}>
      <h3 id={`${id}-h`}>{t('boundaries.title')}</h3>
      <p>{t('boundaries.intro')}</p>
      <label htmlFor={`${id}-file`}>{t('boundaries.file')} </label>
      <input id={`${id}-file`} type="file" accept=".json,.geojson,.topojson,application/json,application/geo+json" onChange={onFile} data-testid="boundary-file" />
      {error && <p role="alert" className="map-error">{error}</p>}
      {storageFailed && <p className="map-warning">{t('boundaries.storageFailed')}</p>}
      {current && set && join && (
        <div className="map-join">
          <p>{t('boundaries.loaded', { name: current.name, n: set.features.length })}{' '}
            <button type="button" onClick={clear}>{t('boundaries.remove')}</button></p>
          <label htmlFor={`${id}-prop`}>{t('boundaries.property')} </label>
          <select id={`${id}-prop`} value={current.prop} onChange={(e) => setProp(e.target.value)}>
            {set.properties.map((p) => <option key={p} value={p}>{p}</option>)}
          </select>
          <p className="map-join-summary" data-testid="join-summary">
            {t('boundaries.matched', { matched, units: units.length, byCode: join.byCode, byName: join.byName })}
          </p>
          {outdated > 0 && <p className="map-warning">{t('boundaries.outdated', { n: outdated })}</p>}
          {vintage?.mismatch && year !== undefined && <VintageWarning check={vintage} year={year} names={names} registry={registry} />}
          {join.unmatchedUnits.length > 0 && (
            <details><summary>{t('boundaries.unmatchedUnits', { n: join.unmatchedUnits.length })}</summary>
              <ul>{join.unmatchedUnits.map((c) => <li key={c}>{names.get(c) ?? c} ({c})</li>)}</ul></details>
          )}
          {join.unmatchedFeatures.length > 0 && (
            <details><summary>{t('boundaries.unmatchedFeatures', { n: join.unmatchedFeatures.length })}</summary>
              <ul>{join.unmatchedFeatures.slice(0, 500).map((f) => <li key={f.index}>{f.key ?? '—'}</li>)}</ul></details>
          )}
        </div>
      )}
    </section>
  );
});
