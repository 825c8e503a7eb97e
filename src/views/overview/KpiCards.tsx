import { useTranslation } from 'react-i18next';
import type { Headline } from '../../domain/progress.ts';
import type { UnitStatus } from '../../domain/status/index.ts';
import { formatPercent, formatPpParts, formatSigned, formatValue, type Lang } from '../../i18n/format.ts';
import { StatusBadge } from '../../ui/StatusBadge.tsx';

interface Props { headline: Headline; status: UnitStatus | null; indicatorLabel: string; unitName: string; isRate: boolean; unitLabel: string; lang: Lang }

export function KpiCards({ headline: h, status, indicatorLabel, unitName, isRate, unitLabel, lang }: Props) {
  const { t } = useTranslation('overview');
  const { t: tc } = useTranslation();
  const fmt = (v: number) => (isRate ? formatPercent(v, lang) : formatValue(v, unitLabel, lang));
  const diff = (v: number) => {
    if (!isRate) return formatSigned(v, lang);
    const p = formatPpParts(v, lang);
    return <>{p.number} <span className="kpi-unit">{p.unit}</span></>;
  };
  if (!h.latest) return <p className="kpi-empty">{tc('noData')}</p>;
  return (
    <section className="kpis" aria-label={unitName}>
      <article className="kpi kpi-main" data-testid="kpi-latest">
        <h3>{t('kpi.latest', { year: h.latest.year, indicator: indicatorLabel })}</h3>
        <p className="kpi-value">{fmt(h.latest.value)}</p>
        <p className="kpi-note">{unitName} · {tc(`provenance.${h.latest.provenance.kind}`)}</p>
      </article>
      <article className="kpi" data-testid="kpi-change">
        <h3>{h.previous ? t('kpi.change', { year: h.previous.year }) : t('kpi.noPrevious')}</h3>
        <p className="kpi-value">{h.changePp !== undefined ? diff(h.changePp) : '–'}</p>
        {h.changeCount !== undefined && (
          <p className="kpi-note">{t('kpi.changeHouseholds', { count: formatSigned(h.changeCount, lang) as unknown as number })}</p>
        )}
      </article>
      <article className="kpi" data-testid="kpi-gap">
        <h3>{h.target ? t('kpi.gap', { year: h.target.year, target: fmt(h.target.value) }) : t('kpi.noTarget')}</h3>
        <p className="kpi-value">{h.gap !== undefined ? diff(h.gap) : '–'}</p>
      </article>
      <article className="kpi" data-testid="kpi-status">
        <h3>{t('kpi.status')}</h3>
        <p className="kpi-value kpi-status"><StatusBadge status={status?.status ?? h.status} /></p>
        {status?.requiredPerYear !== undefined && status.target ? (
          <p className="kpi-note">{t('kpi.pace', {
            required: formatPpParts(-status.requiredPerYear, lang).number,
            pace: status.pacePerYear !== undefined ? formatPpParts(-status.pacePerYear, lang).number : '–',
            year: status.target.year,
          })}</p>
        ) : h.target && <p className="kpi-note">{t('kpi.statusHint', { year: h.target.year })}</p>}
      </article>
    </section>
  );
}
