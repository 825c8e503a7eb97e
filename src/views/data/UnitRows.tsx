/**
 * One row of the new-unit list and the level and parent selects of a new unit. Memoised with
 * plain props: the list is drawn in steps (useGrowing.ts), and each step must draw only its new
 * rows, not again the ones already there.
 */
import { memo } from 'react';
import type { TFunction } from 'i18next';
import type { UnitLevel } from '../../domain/units.ts';
import type { UnitMatch } from '../../ingest/types.ts';
import { LazySelect, type Choice } from './LazySelect.tsx';

const LEVELS: UnitLevel[] = ['province', 'district', 'commune'];

export type SetPlace = (m: UnitMatch, change: { parent?: string | null; level?: UnitLevel }) => void;
export type SetChoices = (pairs: [string, string][]) => void;

interface PlaceProps {
  /** The panel's translate function (a hook per row was a fifth of each step's time). */
  t: TFunction<'data'>;
  m: UnitMatch;
  parent: string | null;
  level: UnitLevel;
  /** Units that can be a parent (above commune level). */
  parents: Choice[];
  /** The name of a parent that is not in `parents`. */
  nameOf: (code: string) => string;
  setPlace: SetPlace;
}

export const PlaceSelects = memo(function PlaceSelects({ t, m, parent, level, parents, nameOf, setPlace }: PlaceProps) {
  return (
    <>
      <select aria-label={t('newUnits.level', { name: m.raw })} value={level} onChange={(e) => setPlace(m, { level: e.target.value as UnitLevel })}>
        {LEVELS.map((l) => <option key={l} value={l}>{t(`newUnits.levels.${l}`)}</option>)}
      </select>
      <LazySelect
        label={t('newUnits.parent', { name: m.raw })} value={parent ?? ''} onChange={(v) => setPlace(m, { parent: v || null })}
        list={[
          ...parents.filter((p) => p.value !== m.code),
          ...(parent && !parents.some((p) => p.value === parent) ? [{ value: parent, label: nameOf(parent) }] : []),
        ]}
      >
        <option value="">{t('newUnits.noParent')}</option>
      </LazySelect>
    </>
  );
});

interface RowProps extends Omit<PlaceProps, 'm'> {
  m: UnitMatch;
  choice: string;
  /** Known units offered besides the match's suggestions. */
  known: Choice[];
  setChoices: SetChoices;
}

export const NewUnitRow = memo(function NewUnitRow({ m, choice, known, setChoices, ...place }: RowProps) {
  const { t } = place;
  return (
    <li>
      <span className="unit-raw">{m.raw}</span>
      <LazySelect
        label={t('units.choiceFor', { name: m.raw })} value={choice} onChange={(v) => setChoices([[m.key, v]])}
        list={[...m.suggestions.map((s) => ({ value: s.code, label: `${s.name} (${s.code})` })), ...known.filter((u) => !m.suggestions.some((s) => s.code === u.value))]}
      >
        <option value="">{t('units.new')}</option>
        <option value="skip">{t('units.skip')}</option>
      </LazySelect>
      {m.status === 'new' && <PlaceSelects m={m} {...place} />}
    </li>
  );
});
