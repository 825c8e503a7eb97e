/**
 * Column mapping: every column with its first values, its role (the guess, changeable) and why.
 * Always reachable: when the file cannot be read without a choice (no unit, value, indicator or
 * year column found), this panel says what is missing instead of a dead end.
 */
import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import { INDICATORS } from '../../domain/indicators.ts';
import type { IngestOptions, ImportReport } from '../../ingest/types.ts';
import { parseValueRole, type Why } from '../../ingest/headers.ts';
import { headerRowsText, roleOptions } from './model.ts';
import { ScrollRegion } from '../../ui/ScrollRegion.tsx';

interface Props {
  result: ImportReport;
  setOpts: (f: (o: IngestOptions) => IngestOptions) => void;
  remembered: boolean;
}

/** Fatal problems a column choice can fix, and the field each asks for. */
export const MAPPING_FIXES: Record<string, string[]> = {
  no_unit_column: ['unit_code', 'unit_name'], no_values: ['value'], no_indicator: ['indicator'], no_year: ['year'],
};

const PREVIEW = 3;

export const MappingPanel = memo(function MappingPanel({ result, setOpts, remembered }: Props) {
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
  const whyLabel = (w: Why | undefined): string => {
    if (!w) return '';
    const q = (xs: string[]) => xs.map((x) => `“${x}”`).join(' + ');
    switch (w.kind) {
      case 'tokens': return t('mapping.whyText.tokens', { tokens: q(w.tokens) });
      case 'measure': case 'not-years': return t(`mapping.whyText.${w.kind}`, { values: w.values.map((x) => `“${x}”`).join(', ') });
      case 'rate-beside': case 'duplicate': return t(`mapping.whyText.${w.kind}`, { column: w.column });
      default: return t(`mapping.whyText.${w.kind}`);
    }
  };
  const setRole = (col: number, role: string) => setOpts((o) => {
    const mapping = [...(o.mapping ?? result.mapping)];
    mapping[col] = role;
    return { ...o, mapping };
  });
  const missing = result.fatal ? MAPPING_FIXES[result.fatal.code] : undefined;
  return (
    <section className="data-card" aria-labelledby="mapping-h" data-testid="mapping">
      <h3 id="mapping-h">{t('mapping.heading')}</h3>
      {missing && (
        <p className="notice notice-warning" role="status" data-testid="mapping-missing">
          {t('mapping.missing', { fields: missing.map((f) => t(`mapping.roles.${f}`)).join(' / ') })}
        </p>
      )}
      <p className="muted">
        {t('mapping.headerFound', { row: headerRowsText(result) })}
        {result.titleRows.length > 0 && <> · {t('mapping.titleRows', { rows: result.titleRows.map((r) => r.row).join(', ') })}</>}
        {result.layout && <> · {t('mapping.layoutLabel')}: {t(`mapping.layout.${result.layout}`)}</>}
        {remembered && <> · <strong>{t('mapping.remembered')}</strong></>}
      </p>
      <ScrollRegion label={t('mapping.heading')}>
        <table className="data-table mapping-table">
          <thead><tr>
            <th scope="col">{t('mapping.column')}</th><th scope="col">{t('mapping.preview')}</th>
            <th scope="col">{t('mapping.role')}</th><th scope="col">{t('mapping.why')}</th>
          </tr></thead>
          <tbody>
            {result.headers.map((h, col) => {
              const role = result.mapping[col] ?? 'ignore';
              const guessed = result.guessedMapping[col] ?? 'ignore';
              const name = h || `#${col + 1}`;
              const values = result.preview.map((r) => (r[col] ?? '').trim()).filter((v) => v !== '').slice(0, PREVIEW);
              return (
                <tr key={col} data-role={role}>
                  <th scope="row">{name}</th>
                  <td className="mapping-preview">{values.map((v, k) => <code key={k}>{v}</code>)}</td>
                  <td>
                    <select aria-label={t('mapping.roleFor', { column: name })} value={role} onChange={(e) => setRole(col, e.target.value)} data-col={col}>
                      {roleOptions(role).map((r) => <option key={r} value={r}>{roleLabel(r)}{r === guessed ? ` (${t('mapping.guess')})` : ''}</option>)}
                    </select>
                  </td>
                  <td className="muted mapping-why">{whyLabel(result.mappingWhy[col])}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </ScrollRegion>
      {result.table.indicatorIds.some((id) => !(id in INDICATORS)) && <p>{t('mapping.unknown')}</p>}
    </section>
  );
});
