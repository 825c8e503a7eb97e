/**
 * Every unit guess the import made, for the user to confirm: names matched after folding (accept or
 * reject each, or all at once), units left ambiguous (choose one), and units accepted as new (or
 * matched to a known unit, or skipped), each new one with a level and a parent so it appears on
 * the overview and the map.
 */
import { memo, useCallback, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { foldName, type UnitLevel, type UnitRegistry } from '../../domain/units.ts';
import type { IngestOptions, ImportReport, UnitMatch } from '../../ingest/types.ts';
import { NewUnitRow, PlaceSelects, type SetChoices, type SetPlace } from './UnitRows.tsx';
import { useGrowing } from './useGrowing.ts';

/**
 * A national file can bring thousands of new units: render a filterable window of them, and
 * offer the full known-unit list only when it is short (one <select> per unit × every known unit
 * froze the page for seconds).
 */
const SHOWN_UNITS = 50;
const FULL_LIST_MAX = 300;

interface Props {
  result: ImportReport;
  opts: IngestOptions;
  setOpts: (f: (o: IngestOptions) => IngestOptions) => void;
  units: UnitRegistry;
}

export const UnitsPanel = memo(function UnitsPanel({ result, opts, setOpts, units }: Props) {
  const { t } = useTranslation('data');
  const choices = new Map(opts.unitChoices ?? []);
  const setChoices = useCallback<SetChoices>((pairs) => setOpts((o) => {
    const m = new Map(o.unitChoices ?? []);
    for (const [k, v] of pairs) { if (v) m.set(k, v); else m.delete(k); }
    return { ...o, unitChoices: [...m] };
  }), [setOpts]);
  const places = new Map((opts.newUnitPlaces ?? []).map(([k, p, l]) => [k, { parent: p, level: l }]));
  const setPlace = useCallback<SetPlace>((m, change) => setOpts((o) => {
    const next = new Map((o.newUnitPlaces ?? []).map(([k, p, l]) => [k, [p, l] as [string | null, UnitLevel]]));
    const [p, l] = next.get(m.key) ?? [m.parent ?? null, m.level ?? 'district'];
    next.set(m.key, [change.parent !== undefined ? change.parent : p, change.level ?? l]);
    return { ...o, newUnitPlaces: [...next].map(([k, [pp, ll]]) => [k, pp, ll]) };
  }), [setOpts]);
  const [filter, setFilter] = useState('');

  // Matched by name: pending ('name'), accepted (chosen) or rejected (new or skipped); the guess is kept beside the choice.
  const { byName, pending, ambiguous, open } = useMemo(() => {
    const byName = result.unitMatches.filter((m) => m.status === 'name' || m.guess === 'name');
    const ambiguous = result.unitMatches.filter((m) => m.status === 'ambiguous' || m.guess === 'ambiguous');
    const aside = new Set([...byName, ...ambiguous]);
    const open = result.unitMatches.filter((m) => !aside.has(m) && (m.status === 'new' || m.status === 'skipped' || m.status === 'chosen'));
    return { byName, pending: byName.filter((m) => m.status === 'name'), ambiguous, open };
  }, [result.unitMatches]);
  const needle = foldName(filter);
  const filtered = useMemo(() => (needle ? open.filter((m) => foldName(m.raw).includes(needle)) : open), [open, needle]);
  const shown = filtered.slice(0, SHOWN_UNITS);
  const drawn = useGrowing(shown.length, 10, 5, [result, needle]);
  const known = useMemo(() => (units.size <= FULL_LIST_MAX ? units.all().map((u) => ({ value: u.code, label: u.name.vi })) : []), [units]);
  // Parents: known units and the file's own new units, above commune level (a national file's
  // 10,600 new communes as options of each shown unit's select froze the page for 20 s and more).
  const parents = useMemo(() => [...units.all(), ...result.units].filter((u) => u.level !== 'commune').map((u) => ({ value: u.code, label: u.name.vi })), [units, result.units]);
  const nameOf = useCallback((code: string) => units.get(code)?.name.vi ?? result.units.find((u) => u.code === code)?.name.vi ?? code, [units, result.units]);
  const placeOf = (m: UnitMatch) => places.get(m.key) ?? { parent: m.parent ?? null, level: m.level ?? 'district' };
  const placeSelects = (m: UnitMatch) => <PlaceSelects t={t} m={m} {...placeOf(m)} parents={parents} nameOf={nameOf} setPlace={setPlace} />;
  if (!byName.length && !ambiguous.length && !open.length) return null;
  return (
    <section className="data-card" aria-labelledby="units-h" data-testid="units">
      <h3 id="units-h">{t('units.heading')}</h3>
      {byName.length > 0 && (
        <div data-testid="matched-by-name">
          <h4>{t('matched.heading', { n: byName.length })}</h4>
          <p className="muted">{t('matched.hint')}</p>
          {pending.length > 1 && (
            <button type="button" data-testid="accept-all" onClick={() => setChoices(pending.map((m) => [m.key, m.code!]))}>{t('matched.acceptAll')}</button>
          )}
          <ul className="unit-choices">
            {byName.map((m) => {
              const target = m.suggestions[0];
              const state = m.status === 'name' ? null : m.status === 'chosen' && m.code === target?.code ? 'accepted' : 'rejected';
              return (
                <li key={m.key} data-state={state ?? 'pending'}>
                  <span className="unit-pair"><span className="unit-raw">{m.raw}</span> <span aria-hidden="true">{t('matched.to')}</span> <span>{target?.name}</span></span>
                  {state && <span className="muted">{t(`matched.${state}`)}</span>}
                  {m.status === 'new' && placeSelects(m)}
                  {!state && (
                    <>
                      <button type="button" onClick={() => setChoices([[m.key, m.code!]])} aria-label={`${t('matched.accept')}: ${m.raw}`}>{t('matched.accept')}</button>
                      <button type="button" onClick={() => setChoices([[m.key, 'new']])} aria-label={`${t('matched.reject')}: ${m.raw}`}>{t('matched.reject')}</button>
                    </>
                  )}
                </li>
              );
            })}
          </ul>
        </div>
      )}
      {ambiguous.length > 0 && (
        <div data-testid="ambiguous-units">
          <h4>{t('matched.ambiguous', { n: ambiguous.length })}</h4>
          <p className="muted">{t('matched.ambiguousHint')}</p>
          <ul className="unit-choices">
            {ambiguous.map((m) => (
              <li key={m.key}>
                <span className="unit-raw">{m.raw}</span>
                <select aria-label={t('matched.choose', { name: m.raw })} value={choices.get(m.key) ?? ''} onChange={(e) => setChoices([[m.key, e.target.value]])}>
                  <option value="">{t('matched.pick')}</option>
                  {m.suggestions.map((s) => <option key={s.code} value={s.code}>{s.name} ({s.code})</option>)}
                  <option value="new">{t('units.new')}</option>
                  <option value="skip">{t('units.skip')}</option>
                </select>
              </li>
            ))}
          </ul>
        </div>
      )}
      {open.length > 0 && (
        <div data-testid="new-units">
          <h4>{t('newUnits.heading', { n: open.length })}</h4>
          <p className="muted">{t('units.hint')} {t('newUnits.hint')}</p>
          {open.length > SHOWN_UNITS && (
            <p>
              <label>{t('units.filter')} <input type="search" value={filter} onChange={(e) => setFilter(e.target.value)} data-testid="unit-filter" /></label>{' '}
              <span className="muted" data-testid="unit-count">{t('units.showing', { shown: shown.length, total: filtered.length })}</span>
            </p>
          )}
          <ul className="unit-choices">
            {shown.slice(0, drawn).map((m) => (
              <NewUnitRow
                key={m.key} t={t} m={m} choice={choices.get(m.key) ?? ''} known={known} setChoices={setChoices}
                {...placeOf(m)} parents={parents} nameOf={nameOf} setPlace={setPlace}
              />
            ))}
          </ul>
        </div>
      )}
    </section>
  );
});
