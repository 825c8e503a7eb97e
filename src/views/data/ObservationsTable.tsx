/**
 * Every observation of the working dataset with its provenance (TanStack Table v9). The columnar
 * table is filtered to row indices and only one page is turned into objects, so a million rows
 * never reach the DOM or even an array of objects.
 */
import { memo, useDeferredValue, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { createColumnHelper, tableFeatures, useTable } from '@tanstack/react-table';
import { useDataset } from '../../store/index.ts';
import { INDICATORS, isIndicatorId } from '../../domain/indicators.ts';
import { formatNumber, type Lang } from '../../i18n/format.ts';
import { filterRows } from './model.ts';
import { Pager, usePage } from '../../ui/Pager.tsx';
import { ScrollRegion } from '../../ui/ScrollRegion.tsx';
import { sourceText } from '../../ui/figureText.ts';

interface Row { key: number; unit: string; name: string; indicator: string; year: number; value: number; kind: string; source: string; row: number }

const features = tableFeatures({});
const helper = createColumnHelper<typeof features, Row>();
const PAGE = 50;

// memo: the data view re-renders at every progress step of an import; this table need not.
export const ObservationsTable = memo(function ObservationsTable({ lang }: { lang: Lang }) {
  const { t } = useTranslation(['data', 'common']);
  // A new dataset (an import applied) redraws this table in a background render React can pause:
  // in the store's own update, with the rest of the screen, it made a 50–75 ms task.
  const ds = useDeferredValue(useDataset());
  const [filter, setFilter] = useState('');
  const idx = useMemo(() => filterRows(ds.table, ds.units, filter), [ds, filter]);
  const { page: p, pages, setPage, from, to } = usePage(idx.length, PAGE);
  const data = useMemo(() => {
    const out: Row[] = [];
    for (let k = from; k < to; k++) {
      const r = idx.row(k);
      const o = ds.table.at(r);
      out.push({ key: r, unit: o.unit, name: ds.units.name(o.unit, lang), indicator: o.indicator, year: o.year, value: o.value, kind: o.provenance.kind, source: sourceText(o.provenance, lang), row: o.row });
    }
    return out;
  }, [ds, idx, from, to, lang]);
  const columns = useMemo(() => helper.columns([
    helper.accessor('unit', { header: t('table.code'), cell: (i) => <span className="nowrap">{i.getValue()}</span> }),
    helper.accessor('name', { header: t('table.unit'), cell: (i) => i.getValue() }),
    helper.accessor('indicator', { header: t('table.indicator'), cell: (i) => { const v = i.getValue(); return isIndicatorId(v) ? INDICATORS[v].label[lang] : v; } }),
    helper.accessor('year', { header: t('table.year'), cell: (i) => i.getValue(), meta: { numeric: true } }),
    helper.accessor('value', { header: t('table.value'), cell: (i) => { const v = i.getValue(); return formatNumber(v, lang, Number.isInteger(v) ? 0 : 2); }, meta: { numeric: true } }),
    helper.accessor('kind', { header: t('table.provenance'), cell: (i) => t(`common:provenance.${i.getValue()}`) }),
    helper.accessor('source', { header: t('table.source'), cell: (i) => <span className="source-cell">{i.getValue()}</span> }),
    helper.accessor('row', { header: t('table.row'), cell: (i) => i.getValue() || '–', meta: { numeric: true } }),
  ]), [t, lang]);
  const table = useTable({ features, columns, data, getRowId: (r) => String(r.key) });
  return (
    <section className="data-card" aria-labelledby="obs-h">
      <h3 id="obs-h">{t('table.heading')}</h3>
      <div className="toolbar">
        <label>{t('table.filter')}
          <input type="search" value={filter} onChange={(e) => { setFilter(e.target.value); setPage(0); }} data-testid="obs-filter" />
        </label>
        <span className="muted" data-testid="obs-count">{t('table.count', { n: formatNumber(idx.length, lang) })}</span>
      </div>
      <ScrollRegion label={t('table.heading')}>
        <table className="data-table" data-testid="observations">
          <thead>
            {table.getHeaderGroups().map((g) => (
              <tr key={g.id}>
                {g.headers.map((h) => {
                  const numeric = (h.column.columnDef.meta as { numeric?: boolean } | undefined)?.numeric;
                  return <th key={h.id} scope="col" className={numeric ? 'num' : undefined}><table.FlexRender header={h} /></th>;
                })}
              </tr>
            ))}
          </thead>
          <tbody>
            {table.getRowModel().rows.map((row) => (
              <tr key={row.id}>
                {row.getAllCells().map((cell) => {
                  const numeric = (cell.column.columnDef.meta as { numeric?: boolean } | undefined)?.numeric;
                  return <td key={cell.id} className={numeric ? 'num' : undefined}><table.FlexRender cell={cell} /></td>;
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollRegion>
      <Pager page={p} pages={pages} onPage={setPage} />
    </section>
  );
});
