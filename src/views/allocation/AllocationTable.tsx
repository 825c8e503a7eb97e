/**
 * The allocation table (TanStack Table v9: sorting, name filter, column visibility, pages) with a totals
 * row that must reconcile to the parent target. Target cells are editable (lock with a reason);
 * explanations are tooltips that keyboard and screen-reader users also get (focusable, described).
 */
import { StatusBadge } from '../../ui/StatusBadge.tsx';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  columnFilteringFeature, columnVisibilityFeature, createColumnHelper, createFilteredRowModel, createSortedRowModel,
  createPaginatedRowModel, globalFilteringFeature, rowPaginationFeature, rowSortingFeature, sortFn_basic, tableFeatures, useTable, type Row,
} from '@tanstack/react-table';
import { collator, foldForSearch, formatPercent, type Lang } from './fmt.ts';
import { FIGURE_COLUMNS, showFigure, type FigureColumn, type FigureId } from './columns.ts';
import type { AllocationRow, Totals } from './model.ts';
import { Sparkline } from './Sparkline.tsx';
import { pp as ppSize } from '../../ui/figureText.ts';
import { explanationText } from './text.ts';

const features = tableFeatures({
  rowSortingFeature,
  sortedRowModel: createSortedRowModel(),
  sortFns: { basic: sortFn_basic },
  columnFilteringFeature,
  globalFilteringFeature,
  filteredRowModel: createFilteredRowModel(),
  columnVisibilityFeature,
  rowPaginationFeature,
  paginatedRowModel: createPaginatedRowModel(),
});

/** Rows per page: a national allocation has 10,000+ communes. */
const PAGE = 100;
type F = typeof features;
const helper = createColumnHelper<F, AllocationRow>();

export const COLUMN_IDS = ['unit', 'households', 'baselinePoor', 'baselineRate', 'cut', 'cutPp', 'targetPoor', 'targetRate', 'actual', 'gap', 'status', 'trend'] as const;
export type ColumnId = (typeof COLUMN_IDS)[number];

interface Props {
  rows: AllocationRow[];
  totals: Totals;
  lang: Lang;
  years: [number, number];
  onEdit: (row: AllocationRow, button: HTMLButtonElement) => void;
  onUnlock: (code: string) => void;
  /** Reports the rows and columns as shown, for the export. */
  onView?: (rows: AllocationRow[], columns: ColumnId[]) => void;
  filter: string;
}


export function useAllocationTable({ rows, lang, years, onEdit, onUnlock, filter }: Props) {
  const { t } = useTranslation(['allocation', 'common']);
  const columns = useMemo(() => {
    const c = collator(lang);
    // Figure columns sort and show what the one description (columns.ts) says they hold.
    const numeric = (id: FigureId, show?: (r: AllocationRow) => React.ReactNode) => {
      const f: FigureColumn = FIGURE_COLUMNS[id];
      return helper.accessor((r) => f.row(r) ?? Number.NEGATIVE_INFINITY, {
        id, header: t(`columns.${id}`), sortUndefined: 'last', meta: { numeric: true },
        cell: (info) => (show ? show(info.row.original) : showFigure(f.kind, f.row(info.row.original), lang, f.prov?.row(info.row.original))),
      });
    };
    return helper.columns([
      helper.accessor('name', {
        id: 'unit', header: t('columns.unit'), enableHiding: false,
        sortFn: (a: Row<F, AllocationRow>, b: Row<F, AllocationRow>) => c.compare(a.original.name, b.original.name),
        cell: (info) => <span className="alloc-name">{info.row.original.name}</span>,
      }),
      numeric('households'),
      numeric('baselinePoor'),
      numeric('baselineRate'),
      numeric('cut'),
      numeric('cutPp'),
      numeric('targetPoor', (r) => {
        const text = explanationText(r.explanation, t, lang);
        return (
          <span className="alloc-target">
            <span className="explain" tabIndex={0} title={text} aria-describedby={`explain-${r.code}`} data-testid={`target-${r.code}`}>
              {r.locked && <span aria-hidden="true">🔒 </span>}<span className="alloc-num">{showFigure('count', r.targetPoor, lang)}</span>
              <span id={`explain-${r.code}`} role="tooltip" className="explain-tip">{text}</span>
            </span>
            {r.locked ? (
              <button type="button" className="icon-btn" aria-label={t('unlock', { name: r.name })} title={t('locked', { reason: r.lockReason ?? '' })} onClick={() => onUnlock(r.code)}>🔓</button>
            ) : (
              <button type="button" className="icon-btn" aria-label={t('edit', { name: r.name })} title={t('edit', { name: r.name })} onClick={(e) => onEdit(r, e.currentTarget)}>✎</button>
            )}
          </span>
        );
      }),
      numeric('targetRate'),
      numeric('actual'),
      numeric('gap'),
      helper.accessor('status', {
        id: 'status', header: t('columns.status'),
        cell: (info) => {
          const r = info.row.original;
          return (
            <span className="alloc-status" data-testid={`status-${r.code}`} data-provenance={r.statusKind}>
              <StatusBadge status={info.getValue()} kind={r.statusKind} />
              {/* Short marks keep the column narrow (the table must print on one page); the words are in the titles. */}
              {/* The badge itself says "expected"; an illustrative figure gets the short tag. */}
              {r.statusKind === 'illustrative' && (
                <span className="prov-tag" title={t(`common:provenance.${r.statusKind}`)}>{t(`provShort.${r.statusKind}`)}</span>
              )}
              {r.flagged && <span className="prov-flag" title={t('common:truth.flag')} aria-label={t('common:truth.flag')}>⚠</span>}
              {r.verdict && (
                <span className="prov-tag" title={t(r.verdict.met ? 'verdictMet' : 'verdictMissed', { year: r.verdict.year, by: ppSize(r.verdict.byPp, lang) })}>
                  {r.verdict.met ? '✓' : '✕'}{r.verdict.year}
                </span>
              )}
            </span>
          );
        },
      }),
      helper.display({
        id: 'trend', header: t('columns.trend'),
        cell: (info) => {
          const s = info.row.original.spark;
          const label = s.length ? t('trendLabel', { from: s[0]!.year, to: s[s.length - 1]!.year, values: s.map((p) => `${p.year} ${formatPercent(p.value, lang)}`).join(', ') }) : '';
          return <Sparkline points={s} years={years} label={label} lang={lang} />;
        },
      }),
    ]);
  }, [t, lang, years, onEdit, onUnlock]);

  const [sorting, setSorting] = useState<{ id: string; desc: boolean }[]>([]);
  const [columnVisibility, setColumnVisibility] = useState<Record<string, boolean>>({});
  const [pagination, setPagination] = useState({ pageIndex: 0, pageSize: PAGE });
  // A new name filter starts again at the first page.
  const [filtered, setFiltered] = useState(filter);
  if (filtered !== filter) {
    setFiltered(filter);
    setPagination((pg) => ({ ...pg, pageIndex: 0 }));
  }
  const table = useTable({
    features,
    columns,
    data: rows,
    getRowId: (r) => r.code,
    state: { sorting, columnVisibility, globalFilter: filter, pagination },
    onSortingChange: setSorting,
    onPaginationChange: setPagination,
    onColumnVisibilityChange: setColumnVisibility,
    globalFilterFn: (row: Row<F, AllocationRow>, _id: string, value: string) => foldForSearch(row.original.name).includes(foldForSearch(value)),
    getColumnCanGlobalFilter: (col) => col.id === 'unit',
  });
  return { table, pageIndex: pagination.pageIndex };
}

