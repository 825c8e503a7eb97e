/** The validation report: counts, title/total/note rows, a filterable problem list, rejected rows as CSV. */
import { memo, useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Lang } from '../../i18n/format.ts';
import { formatNumber } from '../../i18n/format.ts';
import type { UnitRegistry } from '../../domain/units.ts';
import type { IngestOptions, ImportReport } from '../../ingest/types.ts';
import { issueCount, type Issue } from '../../ingest/issues.ts';
import { IssueItems } from './IssueItems.tsx';
import type { TFunction } from 'i18next';
import { isIndicatorId, type IndicatorId } from '../../domain/indicators.ts';
import { download, filterIssues, issueMessage, rejectedRowsCsv, type IssueFilter } from './model.ts';
import { Pager, usePage } from '../../ui/Pager.tsx';
import { ScrollRegion } from '../../ui/ScrollRegion.tsx';
import { useGrowing } from './useGrowing.ts';

interface Props { result: ImportReport; opts: IngestOptions; setOpts: (f: (o: IngestOptions) => IngestOptions) => void; lang: Lang; units: UnitRegistry }

// Problems per page: a national file can have 10,000+ warnings (new units); a 300-row page was 25,000 px tall.
const PAGE = 100;

// memo: with a national file the report is a large tree; it must not re-render while the apply runs.
export const ReportPanel = memo(function ReportPanel({ result, opts, setOpts, lang, units }: Props) {
  const { t } = useTranslation('data');
  const [filter, setFilterState] = useState<IssueFilter>({ severity: 'all', text: '' });
  const setFilter = (f: (x: IssueFilter) => IssueFilter) => { setFilterState(f); setPage(0); };
  const tr = (k: string, p?: Record<string, unknown>) => t(k, p ?? {});
  const list = useMemo(() => filterIssues(result.issues, filter, tr), [result.issues, filter, t]); // eslint-disable-line react-hooks/exhaustive-deps
  // A grouped problem (units not in the reference) counts each of its items.
  const { errors, warnings, fractions } = useMemo(() => ({
    errors: result.issues.reduce((s, i) => s + (i.severity === 'error' ? issueCount(i) : 0), 0),
    warnings: result.issues.reduce((s, i) => s + (i.severity === 'warning' ? issueCount(i) : 0), 0),
    fractions: result.issues.filter((i) => i.code === 'fraction_rates').map((i) => String(i.params.indicator)).filter(isIndicatorId),
  }), [result.issues]);
  const n = (v: number) => formatNumber(v, lang);
  const { page: p, pages, setPage, from, to } = usePage(list.length, PAGE);
  const drawn = useGrowing(to - from, 20, 10, [list, from]);
  return (
    <section className="data-card" aria-labelledby="report-h" data-testid="report">
      <h3 id="report-h">{t('report.heading')}</h3>
      <dl className="report-counts">
        <div><dt>{t('report.dataRows')}</dt><dd>{n(result.dataRows)}</dd></div>
        <div><dt>{t('report.accepted')}</dt><dd data-testid="accepted-count">{n(result.table.size + result.targets.length)}</dd></div>
        <div><dt>{t('report.rejectedRows')}</dt><dd data-testid="rejected-count">{n(result.rejected.length)}</dd></div>
        <div><dt>{t('report.errors')}</dt><dd>{n(errors)}</dd></div>
        <div><dt>{t('report.warnings')}</dt><dd>{n(warnings)}</dd></div>
      </dl>
      {result.totals.length > 0 && (
        <p data-testid="totals">{t('report.totals')}: {result.totals.map((x) => t('report.totalLine', { row: x.row, label: x.label, parent: x.parent ? units.name(x.parent, lang) : '–' })).join('; ')}</p>
      )}
      {result.notes.length > 0 && (
        <details><summary>{t('report.notes', { n: result.notes.length })}</summary>
          <ul>{result.notes.map((x) => <li key={x.row}>{t('report.rowShort', { row: x.row })}: {x.text}</li>)}</ul>
        </details>
      )}
      {fractions.length > 0 && (
        <button type="button" onClick={() => setOpts((o) => ({ ...o, scalePercent: [...new Set<IndicatorId>([...(opts.scalePercent ?? []), ...fractions])] }))}>{t('report.scale')}</button>
      )}
      {result.issues.length === 0 ? <p>{t('report.none')}</p> : (
        <>
          <div className="toolbar">
            <label>{t('report.severity')}
              <select value={filter.severity} onChange={(e) => setFilter((f) => ({ ...f, severity: e.target.value as IssueFilter['severity'] }))}>
                <option value="all">{t('report.all')}</option>
                <option value="error">{t('report.error')}</option>
                <option value="warning">{t('report.warning')}</option>
              </select>
            </label>
            <label>{t('report.search')}
              <input type="search" value={filter.text} onChange={(e) => setFilter((f) => ({ ...f, text: e.target.value }))} />
            </label>
            {result.rejected.length > 0 && (
              <button type="button" data-testid="download-rejected" onClick={() => download(`${result.file}.rejected.csv`, rejectedRowsCsv(result, tr))}>{t('report.downloadRejected')}</button>
            )}
          </div>
          <ScrollRegion label={t('report.heading')}>
            <table className="data-table issues-table" data-testid="issues" aria-label={t('report.problemsTable')}>
              <thead><tr>
                <th scope="col">{t('report.severity')}</th><th scope="col">{t('report.row')}</th><th scope="col">{t('report.column')}</th>
                <th scope="col">{t('report.value')}</th><th scope="col">{t('report.message')}</th>
              </tr></thead>
              <tbody>
                {/* Keyed by place and kind: a grouped row's open list stays with its problem when the page changes. */}
                {list.slice(from, from + drawn).map((i, k) => <IssueRow key={`${from + k}:${i.code}:${i.row}:${i.column}`} issue={i} t={t} lang={lang} search={filter.text} />)}
              </tbody>
            </table>
          </ScrollRegion>
          {pages > 1 && <Pager page={p} pages={pages} onPage={setPage} testId="issues-pager" />}
        </>
      )}
    </section>
  );
});

// memo: the page's rows are drawn in steps (useGrowing.ts); a step draws only its new rows.
// A grouped problem (units not in the reference) opens into its list, under its row.
const IssueRow = memo(function IssueRow({ issue: i, t, lang, search }: { issue: Issue; t: TFunction<'data'>; lang: Lang; search: string }) {
  const [open, setOpen] = useState(false);
  const listId = useId();
  const count = i.items ? formatNumber(issueCount(i), lang) : '';
  const message = issueMessage(i.items ? { ...i, params: { ...i.params, n: count } } : i, (k, p) => t(k, p ?? {}));
  return (
    <>
      <tr className={`sev-${i.severity}`} data-code={i.code}>
        <td>{t(`report.${i.severity}`)}</td><td className="num">{i.row || '–'}</td><td>{i.column}</td><td><code>{i.value}</code></td>
        <td>{message}{i.items && (
          <> <button type="button" aria-expanded={open} aria-controls={open ? listId : undefined} onClick={() => setOpen((o) => !o)}>{open ? t('report.hideItems') : t('report.showItems', { n: count })}</button></>
        )}</td>
      </tr>
      {open && i.items && <tr className="issue-items-row"><td colSpan={5} id={listId}><IssueItems issue={i} search={search} lang={lang} /></td></tr>}
    </>
  );
});
