/**
 * Scorecard (?view=scorecard): every unit with traffic lights for the chosen indicators, the
 * parent first. URL keys: ind (comma list), sort (indicator:key:dir), filter (above|below).
 */
import { useCallback, useEffect, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useShallow } from 'zustand/react/shallow';
import { useDataset, useViewStore } from '../../store/index.ts';
import { describeIndicator } from '../../domain/catalogue.ts';
import { downloadBlob, fileSlug } from '../../ui/export/download.ts';
import { sourceLine } from '../../ui/export/sourceLine.ts';
import { availableIndicators, chosenIndicators, deriveScorecard, parseSort, type SortKey } from './scorecardData.ts';
import { ScorecardTable } from './ScorecardTable.tsx';
import { provenanceMarkLegend } from '../../ui/figureText.ts';
import { statusWord } from '../../ui/StatusBadge.tsx';
import { scorecardRows } from './exportScorecard.ts';
import { toXlsxBlob } from '../../ui/export/xlsx.ts';
import './scorecard.css';

/** One A4 page holds about this many unit rows; the rest are counted. */
export const PRINT_ROWS = 34;

export default function ScorecardView() {
  const ds = useDataset();
  const { lang, year, extra, setExtra, setYear } = useViewStore(useShallow((s) => ({ lang: s.lang, year: s.year, extra: s.extra, setExtra: s.setExtra, setYear: s.setYear })));
  const { t } = useTranslation('scorecard');
  const { t: tc } = useTranslation();
  const avail = useMemo(() => availableIndicators(ds), [ds]);
  const years = useMemo(() => ds.table.years(), [ds]);
  const indicators = useMemo(() => chosenIndicators(ds, extra.ind), [ds, extra.ind]);
  const sort = parseSort(extra.sort, indicators);
  const filter = extra.filter === 'above' || extra.filter === 'below' ? extra.filter : 'all';
  const card = useMemo(() => deriveScorecard({ dataset: ds, year, indicators, lang, filter, ...(sort ? { sort } : {}) }),
    [ds, year, indicators, lang, filter, sort?.indicator, sort?.key, sort?.desc]); // eslint-disable-line react-hooks/exhaustive-deps
  const parentName = card.rows[0]?.name ?? t('parent');
  const marks = provenanceMarkLegend(card.rows.flatMap((r) => Object.values(r.cells).map((c) => c.kind)), tc);

  const onSort = useCallback((ind: string, key: SortKey) => {
    const same = sort?.indicator === ind && sort.key === key;
    const desc = same ? !sort.desc : key !== 'name';
    setExtra('sort', `${ind}:${key}:${desc ? 'desc' : 'asc'}`);
  }, [sort, setExtra]);

  const toggle = (ind: string) => {
    const next = indicators.includes(ind) ? indicators.filter((i) => i !== ind) : avail.filter((i) => i === ind || indicators.includes(i));
    setExtra('ind', next.length === 0 || next.length === avail.length ? undefined : next.join(','));
  };

  const exportXlsx = async () => {
    const rows = scorecardRows(card, {
      unit: t('col.unit'),
      status: (s, kind) => statusWord(s, kind, tc),
      kind: (k) => tc(`provenance.${k}`),
      column: (i, c) => `${describeIndicator(i).short[lang]} · ${c}`,
    });
    downloadBlob(`${fileSlug(t('title', { year: card.year ?? '' }))}.xlsx`, await toXlsxBlob(rows, t('sheet')));
  };

  const print = () => {
    document.documentElement.classList.add('print-scorecard');
    window.print();
  };
  useEffect(() => {
    const off = () => document.documentElement.classList.remove('print-scorecard');
    window.addEventListener('afterprint', off);
    return () => { window.removeEventListener('afterprint', off); off(); };
  }, []);

  const hidden = Math.max(0, card.rows.length - 1 - PRINT_ROWS);
  return (
    <section className="scorecard" aria-labelledby="sc-title">
      <h2 id="sc-title">{t('title', { year: card.year ?? '' })}</h2>
      <p className="sc-intro">{t('intro', { parent: parentName })}</p>
      <div className="sc-controls no-print">
        <fieldset className="sc-inds">
          <legend>{t('indicators')}</legend>
          {avail.map((i) => (
            <label key={i}><input type="checkbox" checked={indicators.includes(i)} onChange={() => toggle(i)} /> {describeIndicator(i).label[lang]}</label>
          ))}
        </fieldset>
        <label className="sc-filter">{t('year')}{' '}
          <select value={card.year ?? ''} onChange={(e) => setYear(Number(e.target.value))}>
            {years.map((y) => <option key={y} value={y}>{y}</option>)}
          </select>
        </label>
        <label className="sc-filter">{t('filter.label')}{' '}
          <select value={filter} onChange={(e) => setExtra('filter', e.target.value === 'all' ? undefined : e.target.value)}>
            <option value="all">{t('filter.all')}</option>
            <option value="above">{t('filter.above', { parent: parentName })}</option>
            <option value="below">{t('filter.below', { parent: parentName })}</option>
          </select>
        </label>
        <button type="button" onClick={() => void exportXlsx()}>{t('xlsx')}</button>
        <button type="button" onClick={print}>{t('print')}</button>
      </div>
      <p className="sc-shown" role="status">{t('shown', { n: card.rows.length - 1, total: card.total })}</p>
      <div className="sc-scroll" tabIndex={0} role="region" aria-label={tc('a11y.scrollTable', { name: t('title', { year: card.year ?? '' }) })}>
        <ScorecardTable card={card} lang={lang} sort={sort} onSort={onSort} />
      </div>
      {hidden > 0 && <p className="sc-print-more">{t('printMore', { count: hidden })}</p>}
      {marks.length > 0 && <p className="sc-marks" data-testid="sc-marks">{marks.join(' · ')}</p>}
      <p className="sc-source">{sourceLine(ds, lang)}</p>
    </section>
  );
}
