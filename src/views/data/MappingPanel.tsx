/** Column mapping (the guess, changeable) and unit matching choices (pick a known unit, accept as new, skip). */
import { memo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { foldName } from '../../domain/units.ts';
import { INDICATORS, isIndicatorId } from '../../domain/indicators.ts';
import type { UnitRegistry } from '../../domain/units.ts';
import type { IngestOptions, IngestResult } from '../../ingest/pipeline.ts';
import { parseValueRole } from '../../ingest/headers.ts';
import { headerRowsText, roleOptions } from './model.ts';

/**
 * A national file can bring thousands of new units: render a filterable window of them, and
 * offer the full known-unit list only when it is short (one <select> per unit × every known unit
 * froze the page for seconds).
 */
const SHOWN_UNITS = 50;
const FULL_LIST_MAX = 300;

interface Props {
  result: IngestResult;
  opts: IngestOptions;
  setOpts: (f: (o: IngestOptions) => IngestOptions) => void;
  remembered: boolean;
  units: UnitRegistry;
}

export const MappingPanel = memo(function MappingPanel({ result, opts, setOpts, remembered, units }: Props) {
  const { t, i18n } = useTranslation('data');
  const lang = i18n.language === 'en' ? 'en' : 'vi';
  const roleLabel = (role: string): string => {
    const v = parseValueRole(role);
    if (!v) return t(`mapping.roles.${role}`, { defaultValue: role });
    const ind = v.indicator ? INDICATORS[v.indicator].label[lang] : '';
    if (ind && v.year) return t('mapping.valueIndYear', { indicator: ind, year: v.year });
    if (v.year) return t('mapping.valueYear', { year: v.year });
    return ind;
  };
  const setRole = (col: number, role: string) => setOpts((o) => {
    const mapping = [...(o.mapping ?? result.mapping)];
    mapping[col] = role;
    return { ...o, mapping };
  });
  const choices = new Map(opts.unitChoices ?? []);
  const setChoice = (key: string, value: string) => setOpts((o) => {
    const m = new Map(o.unitChoices ?? []);
    if (value) m.set(key, value);
    else m.delete(key);
    return { ...o, unitChoices: [...m] };
  });
  const [filter, setFilter] = useState('');
  const open = result.unitMatches.filter((m) => m.status === 'new' || m.status === 'skipped' || m.status === 'chosen');
  const needle = foldName(filter);
  const filtered = needle ? open.filter((m) => foldName(m.raw).includes(needle)) : open;
  const shown = filtered.slice(0, SHOWN_UNITS);
  const known = units.size <= FULL_LIST_MAX ? units.all().map((u) => ({ code: u.code, name: u.name.vi })) : [];
  return (
    <section className="data-card" aria-labelledby="mapping-h" data-testid="mapping">
      <h3 id="mapping-h">{t('mapping.heading')}</h3>
      <p className="muted">
        {t('mapping.headerFound', { row: headerRowsText(result) })}
        {result.titleRows.length > 0 && <> · {t('mapping.titleRows', { rows: result.titleRows.map((r) => r.row).join(', ') })}</>}
        {result.layout && <> · {t('mapping.layoutLabel')}: {t(`mapping.layout.${result.layout}`)}</>}
        {remembered && <> · <strong>{t('mapping.remembered')}</strong></>}
      </p>
      <div className="table-scroll">
        <table className="data-table mapping-table">
          <thead><tr><th scope="col">{t('mapping.column')}</th><th scope="col">{t('mapping.role')}</th></tr></thead>
          <tbody>
            {result.headers.map((h, col) => {
              const role = result.mapping[col] ?? 'ignore';
              const guessed = result.guessedMapping[col] ?? 'ignore';
              return (
                <tr key={col}>
                  <th scope="row">{h || `#${col + 1}`}</th>
                  <td>
                    <select aria-label={t('mapping.roleFor', { column: h || `#${col + 1}` })} value={role} onChange={(e) => setRole(col, e.target.value)} data-col={col}>
                      {roleOptions(role).map((r) => <option key={r} value={r}>{roleLabel(r)}{r === guessed ? ` (${t('mapping.guess')})` : ''}</option>)}
                    </select>
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      {open.length > 0 && (
        <>
          <h4>{t('units.heading')}</h4>
          <p className="muted">{t('units.hint')}</p>
          {open.length > SHOWN_UNITS && (
            <p>
              <label>{t('units.filter')} <input type="search" value={filter} onChange={(e) => setFilter(e.target.value)} data-testid="unit-filter" /></label>{' '}
              <span className="muted" data-testid="unit-count">{t('units.showing', { shown: shown.length, total: filtered.length })}</span>
            </p>
          )}
          <ul className="unit-choices">
            {shown.map((m) => (
              <li key={m.key}>
                <span className="unit-raw">{m.raw}</span>
                <select aria-label={t('units.choiceFor', { name: m.raw })} value={choices.get(m.key) ?? ''} onChange={(e) => setChoice(m.key, e.target.value)}>
                  <option value="">{t('units.new')}</option>
                  <option value="skip">{t('units.skip')}</option>
                  {[...m.suggestions, ...known.filter((u) => !m.suggestions.some((s) => s.code === u.code))]
                    .map((s) => <option key={s.code} value={s.code}>{s.name} ({s.code})</option>)}
                </select>
              </li>
            ))}
          </ul>
        </>
      )}
      {result.table.indicatorIds.some((id) => !isIndicatorId(id)) && <p>{t('mapping.unknown')}</p>}
    </section>
  );
});
