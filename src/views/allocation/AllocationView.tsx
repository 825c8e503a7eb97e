/** ?view=allocation — split the province target over its districts, check it reconciles, edit, export, print. */
import { downloadBlob } from '../../ui/export/download.ts';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { announce } from '../../ui/announce.ts';
import { useTranslation } from 'react-i18next';
import { useDataStore, useDataset, useViewStore, useReadOnly } from '../../store/index.ts';
import { targetsFromAllocation, type Lock } from '../../domain/allocation/index.ts';
import { findTarget, upsertTargets } from '../../domain/targets.ts';
import { targetReadings } from '../../domain/targetReadings.ts';
import { latestYear } from '../../domain/dataset.ts';
import { provenanceMarkLegend, readingLines } from '../../ui/figureText.ts';
import { readParams, baseYearsOf, type AllocationParams } from './params.ts';
import { buildModel, type AllocationRow } from './model.ts';
import { Controls } from './Controls.tsx';
import { TargetEditor, type EditRequest } from './TargetEditor.tsx';
import { useAllocationTable, type ColumnId } from './AllocationTable.tsx';
import { TotalsRow } from './TotalsRow.tsx';
import { formatNumber, formatPercent } from './fmt.ts';
import { problemText } from './text.ts';
import { exportColumns, exportFileName } from './exportColumns.ts';
import { exportRows } from './exportTable.ts';
import { writeCsv } from '../../ingest/papa.ts';
import { toXlsxBlob } from '../../ui/export/xlsx.ts';
import { Pager } from '../../ui/Pager.tsx';
import './allocation.css';

/** Print the table rather than the app's default brief (see allocation.css). */
function printTable() {
  const root = document.documentElement;
  root.classList.add('print-allocation');
  const done = () => { root.classList.remove('print-allocation'); window.removeEventListener('afterprint', done); };
  window.addEventListener('afterprint', done);
  window.print();
}

const download = (blob: Blob, name: string) => downloadBlob(name, blob);

/** Rows per page: a province has a handful of districts, a national file 10,600 communes (export and totals cover all). */

export default function AllocationView() {
  const { t } = useTranslation(['allocation', 'common']);
  const ds = useDataset();
  const lang = useViewStore((s) => s.lang);
  const extra = useViewStore((s) => s.extra);
  const p = useMemo(() => readParams(ds, extra), [ds, extra]);
  const baseYears = useMemo(() => baseYearsOf(ds), [ds]);
  // No target in the data or the URL: ask for one rather than allocate a made-up 0%.
  if (!p.parentSet) {
    return (
      <section className="alloc" aria-labelledby="alloc-title">
        <h2 id="alloc-title">{t('title')}</h2>
        <p className="alloc-intro">{t('intro')}</p>
        <Controls p={p} baseYears={baseYears} />
        <p className="notice" data-testid="alloc-no-target">{t('noTarget', { unit: ds.units.name(ds.rootUnit, lang) })}</p>
      </section>
    );
  }
  return <AllocationBody p={p} baseYears={baseYears} />;
}

function AllocationBody({ p, baseYears }: { p: AllocationParams; baseYears: number[] }) {
  const { t } = useTranslation(['allocation', 'common']);
  const ds = useDataset();
  const readOnly = useReadOnly();
  const lang = useViewStore((s) => s.lang);
  const viewYear = useViewStore((s) => s.year);
  const [locks, setLocks] = useState<Lock[]>([]);
  const [filter, setFilter] = useState('');
  const [editing, setEditing] = useState<EditRequest | null>(null);
  const [exportError, setExportError] = useState<string | null>(null);
  const [saved, setSaved] = useState<string | null>(null);
  const returnFocus = useRef<HTMLElement | null>(null);
  // The status column reads the one status engine at the screen's year (the same word as the overview).
  const statusYear = viewYear !== null && ds.table.years().includes(viewYear) ? viewYear : latestYear(ds, 'poverty_rate');
  const model = useMemo(() => buildModel(ds, p, locks, lang, statusYear), [ds, p, locks, lang, statusYear]);
  const stated = useMemo(() => {
    const tg = p.parent.kind === 'rate' ? findTarget(ds.targets, ds.rootUnit, 'poverty_rate', p.ty) : undefined;
    return tg && Math.abs(tg.value - (p.parent.kind === 'rate' ? p.parent.rate : NaN)) < 1e-9 ? targetReadings(ds.table, ds.targets, tg, p.base) : undefined;
  }, [ds, p]);
  const years = useMemo<[number, number]>(() => {
    const ys = ds.table.years();
    return [ys[0] ?? p.base, ys[ys.length - 1] ?? p.ty];
  }, [ds, p.base, p.ty]);

  const onEdit = useCallback((r: AllocationRow, button: HTMLButtonElement) => {
    returnFocus.current = button;
    setEditing({ code: r.code, name: r.name, current: r.targetPoor });
  }, []);
  const onUnlock = useCallback((code: string) => setLocks((ls) => ls.filter((l) => l.code !== code)), []);
  const closeEditor = useCallback(() => {
    setEditing(null);
    const el = returnFocus.current;
    if (el) setTimeout(() => el.focus(), 0);
  }, []);
  const saveLock = useCallback((code: string, targetPoor: number, reason: string) => {
    setLocks((ls) => [...ls.filter((l) => l.code !== code), { code, targetPoor, reason }]);
    setEditing(null);
    // The edit button becomes an unlock button; focus the unit's target instead.
    setTimeout(() => document.querySelector<HTMLElement>(`[data-testid="target-${CSS.escape(code)}"]`)?.focus(), 0);
  }, []);

  const { table, pageIndex } = useAllocationTable({ rows: model.rows, totals: model.totals, lang, years, onEdit, onUnlock, filter });
  const visibleIds = table.getVisibleLeafColumns().map((c) => c.id as ColumnId);
  // Every filtered, sorted row (for the export); the table draws one page of them.
  const shownRows = table.getPrePaginatedRowModel().rows.map((r) => r.original);
  const pages = Math.max(1, table.getPageCount());
  const marks = provenanceMarkLegend([...model.rows.map((r) => r.actualKind), model.totals.actualKind], t);
  const name = (code: string) => ds.units.name(code, lang);
  // A list that appears with its content is not read by every screen reader: say the problems once when they change.
  const problems = model.result.problems.map((pr) => problemText(pr, t, lang, name)).join(' ');
  useEffect(() => { if (problems) announce(problems); }, [problems]);

  const doExport = async (kind: 'csv' | 'xlsx') => {
    setExportError(null);
    try {
      const cols = exportColumns(visibleIds, t, lang);
      const data = exportRows(cols, shownRows, { row: model.totals, value: (id, tot) => cols.find((c) => c.id === id)!.total(tot, t('totals')) });
      const file = exportFileName(p, kind);
      if (kind === 'csv') download(new Blob([writeCsv(data, { bom: true })], { type: 'text/csv;charset=utf-8' }), file);
      else download(await toXlsxBlob(data, t('title')), file);
    } catch (e) {
      setExportError(t('exportError', { message: e instanceof Error ? e.message : String(e) }));
    }
  };

  // Keep the unit targets in the dataset with their source: the allocation run (method and inputs),
  // or for locked units the UI edit and its reason. The overview then judges districts against them.
  const saveTargets = () => {
    const targets = targetsFromAllocation(model.result, { parentUnit: ds.rootUnit, parentTarget: p.parent, baseYear: p.base, targetYear: p.ty });
    useDataStore.getState().apply({ ...ds, targets: upsertTargets(ds.targets, targets) }, `${t('title')}: ${t(`methods.${p.method}`)} ${p.base} → ${p.ty}`);
    setSaved(t('saved', { count: model.rows.length, year: p.ty }));
  };

  if (model.rows.length === 0) {
    return (
      <section className="alloc" aria-labelledby="alloc-title">
        <h2 id="alloc-title">{t('title')}</h2>
        <Controls p={p} baseYears={baseYears} />
        <p className="notice">{t('noUnits', { year: p.base })}</p>
      </section>
    );
  }

  const parent = model.result.parent;
  return (
    <section className={readOnly ? 'alloc read-only' : 'alloc'} aria-labelledby="alloc-title">
      <h2 id="alloc-title">{t('title')}</h2>
      <p className="alloc-intro">{t('intro')}</p>
      <Controls p={p} baseYears={baseYears} />
      <div className="alloc-print">
        <p className="alloc-parent" data-testid="parent-target">
          {name(ds.rootUnit)}, {p.base} → {p.ty}. {t('parentTarget', { poor: formatNumber(parent.targetPoor, lang), rate: formatPercent(parent.targetRate, lang), cut: formatNumber(parent.cut, lang) })}
          {' '}{t(`methods.${p.method}`)}.
        </p>
        {readingLines(stated, t, lang).map((line) => <p key={line} className="notice" data-testid="target-readings">{line}</p>)}
        {statusYear !== undefined && <p className="alloc-intro" data-testid="status-year">{t('statusYear', { year: statusYear })}</p>}
        {model.result.problems.length > 0 && (
          <ul className="alloc-problems">
            {model.result.problems.map((pr, i) => <li key={i}>{problemText(pr, t, lang, name)}</li>)}
          </ul>
        )}
        {model.missing.length > 0 && <p className="notice">{t('missingUnits', { units: model.missing.map(name).join(', '), year: p.base })}</p>}
        {locks.length > 0 && <p className="alloc-locks">{t('lockedCount', { count: locks.length })}</p>}
        <div className="alloc-tools">
          <label className="alloc-search">
            {t('search')}
            <input type="search" value={filter} placeholder={t('searchPlaceholder')} onChange={(e) => setFilter(e.target.value)} />
          </label>
          <details className="alloc-columns">
            <summary>{t('columnsToggle')}</summary>
            <ul>
              {table.getAllLeafColumns().filter((c) => c.getCanHide()).map((c) => (
                <li key={c.id}>
                  <label><input type="checkbox" checked={c.getIsVisible()} onChange={c.getToggleVisibilityHandler()} /> {t(`columns.${c.id}`)}</label>
                </li>
              ))}
            </ul>
          </details>
          <button type="button" onClick={() => void doExport('csv')}>{t('exportCsv')}</button>
          <button type="button" onClick={() => void doExport('xlsx')}>{t('exportXlsx')}</button>
          <button type="button" onClick={printTable}>{t('print')}</button>
          {!readOnly && <button type="button" onClick={saveTargets} disabled={!model.result.reconciles} title={t('saveHelp')}>{t('save')}</button>}
        </div>
        <p role="status" className="alloc-saved">{saved}</p>
        {exportError && <p role="alert" className="alloc-error">{exportError}</p>}
        <div className="alloc-scroll" role="region" aria-labelledby="alloc-caption" tabIndex={0}>
          <table className="alloc-table" data-testid="allocation-table">
            <caption id="alloc-caption">{t('title')}: {name(ds.rootUnit)} {p.base} → {p.ty}</caption>
            <thead>
              {table.getHeaderGroups().map((g) => (
                <tr key={g.id}>
                  {g.headers.map((h) => {
                    const sorted = h.column.getIsSorted();
                    const numeric = (h.column.columnDef.meta as { numeric?: boolean } | undefined)?.numeric;
                    return (
                      <th key={h.id} scope="col" className={numeric ? 'num' : undefined}
                        aria-sort={sorted === 'asc' ? 'ascending' : sorted === 'desc' ? 'descending' : undefined}>
                        {h.column.getCanSort() ? (
                          <button type="button" className="sort-btn" onClick={h.column.getToggleSortingHandler()}>
                            <table.FlexRender header={h} />
                            <span aria-hidden="true">{sorted === 'asc' ? ' ▲' : sorted === 'desc' ? ' ▼' : ' ↕'}</span>
                          </button>
                        ) : <table.FlexRender header={h} />}
                      </th>
                    );
                  })}
                </tr>
              ))}
            </thead>
            <tbody>
              {table.getRowModel().rows.map((row) => (
                <tr key={row.id} data-code={row.original.code} className={row.original.locked ? 'is-locked' : undefined}>
                  {row.getVisibleCells().map((cell) => {
                    const numeric = (cell.column.columnDef.meta as { numeric?: boolean } | undefined)?.numeric;
                    const Tag = cell.column.id === 'unit' ? 'th' : 'td';
                    return (
                      <Tag key={cell.id} {...(Tag === 'th' ? { scope: 'row' } : {})} className={numeric ? 'num' : undefined} data-col={cell.column.id}>
                        <table.FlexRender cell={cell} />
                      </Tag>
                    );
                  })}
                </tr>
              ))}
              {shownRows.length === 0 && <tr><td colSpan={visibleIds.length}>{t('noRows')}</td></tr>}
            </tbody>
            <tfoot>
              <TotalsRow columns={visibleIds} totals={model.totals} parentTargetPoor={parent.targetPoor} lang={lang} />
            </tfoot>
          </table>
        </div>
        {marks.length > 0 && <p className="table-marks" data-testid="alloc-marks">{marks.join(' · ')}</p>}
        {pages > 1 && <Pager page={pageIndex} pages={pages} onPage={(i) => table.setPageIndex(i)} testId="alloc-pager" />}
      </div>
      <TargetEditor req={editing} onSave={saveLock} onClose={closeEditor} />
    </section>
  );
}
