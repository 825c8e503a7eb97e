/** Dry-run diff against the loaded data, then apply as merge or replace. */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatNumber, type Lang } from '../../i18n/format.ts';
import { INDICATORS, isIndicatorId } from '../../domain/indicators.ts';
import type { UnitRegistry } from '../../domain/units.ts';
import type { MergeMode } from '../../domain/tableBuilder.ts';
import type { ImportDiff } from '../../ingest/apply.ts';

interface Props { diff: ImportDiff; onApply: (mode: MergeMode) => void; lang: Lang; units: UnitRegistry; busy: boolean }

export function ApplyPanel({ diff, onApply, lang, units, busy }: Props) {
  const { t } = useTranslation('data');
  const [mode, setMode] = useState<MergeMode>('merge');
  const n = (v: number) => formatNumber(v, lang);
  const val = (v: number | null) => (v === null ? '–' : formatNumber(v, lang, Number.isInteger(v) ? 0 : 2));
  return (
    <section className="data-card" aria-labelledby="diff-h" data-testid="diff">
      <h3 id="diff-h">{t('diff.heading')}</h3>
      <dl className="report-counts">
        <div><dt>{t('diff.added')}</dt><dd data-testid="diff-added">{n(diff.added)}</dd></div>
        <div><dt>{t('diff.changed')}</dt><dd data-testid="diff-changed">{n(diff.changed)}</dd></div>
        <div><dt>{t('diff.unchanged')}</dt><dd>{n(diff.unchanged)}</dd></div>
        <div><dt>{t('diff.rejected')}</dt><dd>{n(diff.rejected)}</dd></div>
      </dl>
      {diff.examples.length > 0 && (
        <details>
          <summary>{t('diff.examples', { n: diff.examples.length })}</summary>
          <div className="table-scroll">
            <table className="data-table">
              <thead><tr>
                <th scope="col">{t('table.unit')}</th><th scope="col">{t('table.indicator')}</th><th scope="col">{t('table.year')}</th>
                <th scope="col">{t('diff.before')}</th><th scope="col">{t('diff.after')}</th>
              </tr></thead>
              <tbody>
                {diff.examples.slice(0, 50).map((c, k) => (
                  <tr key={k}>
                    <td>{units.name(c.unit, lang)}</td>
                    <td>{isIndicatorId(c.indicator) ? INDICATORS[c.indicator].label[lang] : c.indicator}</td>
                    <td>{c.year}</td><td className="num">{val(c.before)}</td><td className="num">{val(c.after)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </details>
      )}
      <fieldset className="apply-mode">
        <legend>{t('diff.mode')}</legend>
        <label><input type="radio" name="apply-mode" checked={mode === 'merge'} onChange={() => setMode('merge')} /> {t('diff.merge')}</label>
        <label><input type="radio" name="apply-mode" checked={mode === 'replace'} onChange={() => setMode('replace')} /> {t('diff.replace')}</label>
      </fieldset>
      <button type="button" className="primary" data-testid="apply" onClick={() => onApply(mode)} disabled={busy || diff.added + diff.changed === 0} aria-busy={busy}>
        {busy ? t('diff.applying') : t('diff.apply')}
      </button>
    </section>
  );
}
