/** For a household review list: which personal columns were dropped, what was counted, duplicates and row problems. */
import { useTranslation } from 'react-i18next';
import type { HouseholdSummary } from '../../ingest/households/summary.ts';
import { formatNumber, type Lang } from '../../i18n/format.ts';

const SHOWN = 8;

export function HouseholdPanel({ summary: s, lang }: { summary: HouseholdSummary; lang: Lang }) {
  const { t } = useTranslation('deprivation');
  const n = (v: number) => formatNumber(v, lang);
  const problems = s.problems.slice(0, SHOWN);
  const total = Object.values(s.problemCounts).reduce((a, b) => a + b, 0);
  return (
    <section className="data-card household-panel" aria-labelledby="hh-title" data-testid="household-panel">
      <h3 id="hh-title">{t('households.title')}</h3>
      <p className="notice notice-info">{t('households.privacy')}</p>
      <p data-testid="hh-dropped">{s.droppedColumns.length
        ? t('households.dropped', { list: s.droppedColumns.map((c) => `${c.name} (${t(`households.kinds.${c.kind}`)})`).join(', ') })
        : t('households.droppedNone')}</p>
      {s.unusedColumns.length > 0 && <p className="chart-caption">{t('households.unused', { list: s.unusedColumns.join(', ') })}</p>}
      <p data-testid="hh-counted">{t('households.counted', { households: n(s.households), units: n(s.units), years: s.years.join(', '), poor: n(s.poor), nearPoor: n(s.nearPoor) })}</p>
      <p>{t('households.flags', { n: s.flags.length })}{s.hasEthnicity && s.ethnicityUnknown > 0 ? ` ${t('households.ethnicityUnknown', { count: s.ethnicityUnknown })}` : ''}</p>
      {s.duplicates > 0 && <p className="notice notice-warn" data-testid="hh-duplicates">{t('households.duplicates', { count: s.duplicates })}</p>}
      {problems.length > 0 && (
        <ul className="hh-problems">
          {problems.map((p, i) => <li key={i}>{t(`households.problems.${p.code}`, { row: p.row, column: p.column })}</li>)}
          {total > problems.length && <li>{t('households.more', { count: total - problems.length })}</li>}
        </ul>
      )}
    </section>
  );
}
