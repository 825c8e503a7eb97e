/**
 * Dry-run diff against the loaded data (unit names, new units included), then apply as merge or
 * replace. Apply is guarded: when most rows are rejected or most units match no known unit, it
 * shows the numbers and asks before loading.
 */
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatNumber, type Lang } from '../../i18n/format.ts';
import { INDICATORS, isIndicatorId } from '../../domain/indicators.ts';
import { UnitRegistry } from '../../domain/units.ts';
import type { MergeMode } from '../../domain/tableBuilder.ts';
import type { ImportDiff } from '../../ingest/apply.ts';
import type { ImportReport } from '../../ingest/types.ts';
import { applyRisk } from './model.ts';
import { ScrollRegion } from '../../ui/ScrollRegion.tsx';

/** Examples of changes shown. */
const SHOWN = 50;

interface Props { diff: ImportDiff; result: ImportReport; onApply: (mode: MergeMode) => void; lang: Lang; units: UnitRegistry; busy: boolean }

export function ApplyPanel({ diff, result, onApply, lang, units, busy }: Props) {
  const { t } = useTranslation('data');
  const [mode, setMode] = useState<MergeMode>('merge');
  const [asking, setAsking] = useState(false);
  // The file's new units are named too (the diff would otherwise show "new-a-luoi"); only those of
  // the examples shown (a registry of a national file's 10,600 units was a long task).
  const nameOf = useMemo(() => {
    const want = new Set(diff.examples.slice(0, SHOWN).map((c) => c.unit));
    const fromFile = new UnitRegistry(result.units.filter((u) => want.has(u.code)));
    return (code: string) => (fromFile.has(code) ? fromFile : units).name(code, lang);
  }, [diff.examples, result.units, units, lang]);
  const risk = useMemo(() => applyRisk(result), [result]);
  const n = (v: number) => formatNumber(v, lang);
  const val = (v: number | null) => (v === null ? '–' : formatNumber(v, lang, Number.isInteger(v) ? 0 : 2));
  const go = () => { setAsking(false); onApply(mode); };
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
          <ScrollRegion label={t('diff.heading')}>
            <table className="data-table" data-testid="diff-examples">
              <thead><tr>
                <th scope="col">{t('table.unit')}</th><th scope="col">{t('table.indicator')}</th><th scope="col">{t('table.year')}</th>
                <th scope="col">{t('diff.before')}</th><th scope="col">{t('diff.after')}</th>
              </tr></thead>
              <tbody>
                {diff.examples.slice(0, SHOWN).map((c, k) => (
                  <tr key={k}>
                    <td>{nameOf(c.unit)}</td>
                    <td>{isIndicatorId(c.indicator) ? INDICATORS[c.indicator].label[lang] : c.indicator}</td>
                    <td>{c.year}</td><td className="num">{val(c.before)}</td><td className="num">{val(c.after)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </ScrollRegion>
        </details>
      )}
      <fieldset className="apply-mode">
        <legend>{t('diff.mode')}</legend>
        <label><input type="radio" name="apply-mode" checked={mode === 'merge'} onChange={() => setMode('merge')} /> {t('diff.merge')}</label>
        <label><input type="radio" name="apply-mode" checked={mode === 'replace'} onChange={() => setMode('replace')} /> {t('diff.replace')}</label>
      </fieldset>
      <button type="button" className="primary" data-testid="apply" onClick={() => (risk ? setAsking(true) : go())} disabled={busy || asking || diff.added + diff.changed === 0} aria-busy={busy}>
        {busy ? t('diff.applying') : t('diff.apply')}
      </button>
      {asking && risk && (
        <div className="notice notice-warning apply-guard" role="alertdialog" aria-labelledby="guard-h" aria-describedby="guard-d" data-testid="apply-guard">
          <p id="guard-h"><strong>{t('guard.title')}</strong></p>
          <p id="guard-d">
            {risk.rows && t('guard.rows', { rejected: risk.rows.rejected, total: risk.rows.total })}{' '}
            {risk.units && t('guard.units', { unmatched: risk.units.unmatched, total: risk.units.total })}{' '}
            {t('guard.question')}
          </p>
          <button type="button" className="primary" data-testid="apply-confirm" onClick={go} autoFocus>{t('guard.confirm')}</button>{' '}
          <button type="button" onClick={() => setAsking(false)}>{t('guard.cancel')}</button>
        </div>
      )}
    </section>
  );
}
