/**
 * The period's goal as its source stated it (e.g. "essentially no poor households by 2030"), with
 * the source; and whether a numeric target has been set for the period. The app never turns the
 * words into a number: without a target it says so and points to Allocation, where the user sets one.
 */
import { useTranslation } from 'react-i18next';
import type { Dataset } from '../../domain/dataset.ts';
import { goalsFor, numericTargetsIn, type PeriodGoal } from '../../domain/goals.ts';
import { describeIndicator } from '../../domain/catalogue.ts';
import { formatNumber, formatPercent, type Lang } from '../../i18n/format.ts';
import { useViewStore } from '../../store/index.ts';

interface Props { dataset: Dataset; unit: string; unitName: string; indicator: string; year: number | null; lang: Lang }

function SourceLine({ g, lang }: { g: PeriodGoal; lang: Lang }) {
  const { t } = useTranslation('overview');
  const url = /^https?:\/\//.test(g.source) ? g.source : null;
  const label = url ? new URL(url).hostname : g.source;
  const date = g.date ? ` (${new Date(`${g.date}T00:00:00Z`).toLocaleDateString(lang === 'vi' ? 'vi-VN' : 'en-GB', { timeZone: 'UTC' })})` : '';
  return <p className="muted">{t('goal.source')} {url ? <a href={url} target="_blank" rel="noopener noreferrer">{label}</a> : label}{date}</p>;
}

export function PeriodGoals({ dataset, unit, unitName, indicator, year, lang }: Props) {
  const { t } = useTranslation('overview');
  if (year === null) return null;
  const goals = goalsFor(dataset.goals, unit, indicator, year);
  if (goals.length === 0) return null;
  const toAllocation = (g: PeriodGoal) => useViewStore.setState({ view: 'allocation', extra: { base: String(g.baseYear), ty: String(g.to) } });
  return (
    <>
      {goals.map((g) => {
        const set = numericTargetsIn(dataset.targets, g);
        const value = (v: number, id: string) => (describeIndicator(id).unit === 'households' ? formatNumber(v, lang) : formatPercent(v, lang));
        return (
          <section key={`${g.from}-${g.to}-${g.text.vi}`} className="notice notice-info period-goal" aria-labelledby={`goal-${g.from}-${g.to}`} data-testid="period-goal">
            <h3 id={`goal-${g.from}-${g.to}`}>{t('goal.title', { unit: unitName, from: g.from, to: g.to })}</h3>
            <blockquote cite={/^https?:\/\//.test(g.source) ? g.source : undefined}>
              <p>“{g.text[lang]}”</p>
            </blockquote>
            <p className="muted">{t('goal.stated')}</p>
            <SourceLine g={g} lang={lang} />
            {set.length > 0
              ? <p data-testid="goal-numeric">{t('goal.numeric', { list: set.map((x) => `${value(x.value, x.indicator)} (${x.year})`).join('; ') })}</p>
              : (
                <p data-testid="goal-no-target">
                  {t('goal.none')}{' '}
                  <button type="button" onClick={() => toAllocation(g)}>{t('goal.set')}</button>
                </p>
              )}
          </section>
        );
      })}
    </>
  );
}
