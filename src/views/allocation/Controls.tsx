/** Allocation inputs above the table; every change goes to the URL through useViewStore.setExtra. */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useViewStore } from '../../store/index.ts';
import { ALLOCATION_METHODS, type ParentTarget } from '../../domain/allocation/index.ts';
import { parentKeys, type AllocationParams } from './params.ts';
import { DecimalInput } from './DecimalInput.tsx';
import { households, percent } from '../../domain/quantities.ts';

const KIND_OF = { rate: 'rate', 'cut-pp': 'cut', households: 'households' } as const;

function parentValue(t: ParentTarget): number {
  return t.kind === 'rate' ? t.rate : t.kind === 'cut-pp' ? t.pp : t.households;
}

export function Controls({ p, baseYears }: { p: AllocationParams; baseYears: number[] }) {
  const { t } = useTranslation('allocation');
  const setExtra = useViewStore((s) => s.setExtra);
  const lang = useViewStore((s) => s.lang);
  const setParent = (next: ParentTarget) => {
    for (const [k, v] of Object.entries(parentKeys(next))) setExtra(k, v);
  };
  // Without a target yet there is no value to carry to another kind: remember the kind until one is typed.
  const [pendingKind, setPendingKind] = useState<'rate' | 'cut' | 'households'>('rate');
  const kind = p.parentSet ? KIND_OF[p.parent.kind] : pendingKind;
  const make = (k: 'rate' | 'cut' | 'households', v: number): ParentTarget =>
    k === 'rate' ? { kind: 'rate', rate: percent(v) } : k === 'cut' ? { kind: 'cut-pp', pp: v } : { kind: 'households', households: households(Math.round(v)) };
  const targetYears = Array.from({ length: 6 }, (_, i) => p.base + 1 + i);
  const bases = baseYears.includes(p.base) ? baseYears : [...baseYears, p.base].sort();
  return (
    <fieldset className="toolbar alloc-controls">
      <legend>{t('inputs')}</legend>
      <label>
        {t('method')}
        <select name="method" value={p.method} onChange={(e) => setExtra('method', e.target.value)}>
          {ALLOCATION_METHODS.map((m) => <option key={m} value={m}>{t(`methods.${m}`)}</option>)}
        </select>
      </label>
      <label>
        {t('baseYear')}
        <select name="base" value={p.base} onChange={(e) => setExtra('base', e.target.value)}>
          {bases.map((y) => <option key={y} value={y}>{y}</option>)}
        </select>
      </label>
      <label>
        {t('targetYear')}
        <select name="ty" value={p.ty} onChange={(e) => setExtra('ty', e.target.value)}>
          {targetYears.map((y) => <option key={y} value={y}>{y}</option>)}
        </select>
      </label>
      <label>
        {t('targetKind')}
        <select name="tkind" value={kind} onChange={(e) => {
          const k = e.target.value as 'rate' | 'cut' | 'households';
          if (p.parentSet) setParent(make(k, parentValue(p.parent)));
          else setPendingKind(k);
        }}>
          {(['rate', 'cut', 'households'] as const).map((k) => <option key={k} value={k}>{t(`targetKinds.${k}`)}</option>)}
        </select>
      </label>
      <label>
        {t('targetValue')}
        <DecimalInput name="tvalue" lang={lang} value={p.parentSet ? parentValue(p.parent) : null} onValue={(v) => setParent(make(kind, v))} />
      </label>
      <label title={t('capHelp')}>
        {t('cap')}
        <input name="cap" type="number" min={0} max={100} step={1} value={p.capPct ?? ''} aria-describedby="alloc-cap-help"
          onChange={(e) => setExtra('cap', e.target.value === '' ? undefined : e.target.value)} />
        <span id="alloc-cap-help" className="visually-hidden">{t('capHelp')}</span>
      </label>
      <label title={t('floorHelp')}>
        {t('floor')}
        <input name="floor" type="number" min={0} max={100} step={0.1} value={p.floorRate} aria-describedby="alloc-floor-help"
          onChange={(e) => setExtra('floor', e.target.value === '' || e.target.value === '0' ? undefined : e.target.value)} />
        <span id="alloc-floor-help" className="visually-hidden">{t('floorHelp')}</span>
      </label>
    </fieldset>
  );
}
