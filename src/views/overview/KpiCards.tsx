import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { Headline } from '../../domain/progress.ts';
import type { UnitStatus } from '../../domain/status/index.ts';
import { formatPercent, formatPpParts, formatSigned, formatValue, type Lang } from '../../i18n/format.ts';
import { StatusBadge } from '../../ui/StatusBadge.tsx';
import { paceSentence, provenanceLines, readingLines, verdictSentence } from '../../ui/figureText.ts';
import { LinkedText } from '../../ui/LinkedText.tsx';

interface Props {
  headline: Headline; status: UnitStatus | null; indicatorLabel: string; unitName: string; isRate: boolean; unitLabel: string; lang: Lang;
  /** The year the screen is set to; the cards say so when the unit's latest figure is older. */
  year?: number | null;
}

export function KpiCards({ headline: h, status, indicatorLabel, unitName, isRate, unitLabel, lang, year = null }: Props) {
  const headingId = useId();
  const { t } = useTranslation('overview');
  const { t: tc } = useTranslation();
  const fmt = (v: number) => (isRate ? formatPercent(v, lang) : formatValue(v, unitLabel, lang));
  const diff = (v: number) => {
    if (!isRate) return formatSigned(v, lang);
    const p = formatPpParts(v, lang);
    return <>{p.number} <span className="kpi-unit">{p.unit}</span></>;
  };
  if (!h.latest) return <p className="kpi-empty">{tc('noData')}</p>;
  const prov = provenanceLines(h.latest.provenance, tc, lang);
  const pace = status ? paceSentence(status, tc, lang) : null;
  const readings = readingLines(status?.readings, tc, lang);
  const expected = h.latest.provenance.kind === 'expected';
  return (
    <section className="kpis" aria-labelledby={headingId}>
      {/* The page's h1 is the app title: an h2 keeps the heading levels in order (h1 → h2 → h3). */}
      <h2 className="sr-only" id={headingId}>{unitName}</h2>
      <article className={`kpi kpi-main${expected ? ' kpi-expected' : ''}`} data-testid="kpi-latest" data-provenance={h.latest.provenance.kind}>
        <h3>{t('kpi.latest', { year: h.latest.year, indicator: indicatorLabel })}</h3>
        <p className="kpi-value">{fmt(h.latest.value)}</p>
        <p className="kpi-note">{unitName} · {prov[0]}</p>
        {prov.slice(1).map((line) => <p key={line} className="kpi-note"><LinkedText text={line} /></p>)}
        {h.latest.provenance.asReported !== undefined && <p className="kpi-note kpi-flag" data-testid="kpi-flag">⚠ {tc('truth.flag')}</p>}
        {year !== null && year !== h.latest.year && <p className="kpi-note" data-testid="kpi-year-shown">{tc('truth.yearShown', { asked: year, shown: h.latest.year })}</p>}
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
        {readings.map((line) => <p key={line} className="kpi-note" data-testid="kpi-reading">{line}</p>)}
      </article>
      <article className="kpi" data-testid="kpi-status">
        <h3>{t('kpi.status')}</h3>
        <p className="kpi-value kpi-status"><StatusBadge status={h.status} kind={h.latest.provenance.kind} /></p>
        {status?.verdict && <p className="kpi-note" data-testid="kpi-verdict">{verdictSentence(status.verdict, tc, lang, status.provenance?.kind)}</p>}
        {pace ? <p className="kpi-note">{pace}</p>
          : !status?.verdict && h.target && <p className="kpi-note">{t('kpi.statusHint', { year: h.target.year })}</p>}
      </article>
    </section>
  );
}
