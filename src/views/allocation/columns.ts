/**
 * The one description of the allocation's figure columns: what a unit's row and the totals row
 * hold in each, and what kind of figure it is. The table's cells, the totals row and the CSV/XLSX
 * export all read it, so a column cannot mean one thing on screen and another in a file.
 */
import { formatNumber, formatPercent, formatPp, type Lang } from './fmt.ts';
import type { AllocationRow, Totals } from './model.ts';
import type { ProvenanceKind } from '../../domain/provenance.ts';
import { PROV_MARK } from '../../ui/figureText.ts';

/** count: households; rate: percent of households; pp: a difference of rates in percentage points. */
export type FigureKind = 'count' | 'rate' | 'pp';

export interface FigureColumn {
  kind: FigureKind;
  row: (r: AllocationRow) => number | undefined;
  total: (t: Totals) => number | undefined;
  /** The provenance of a figure that is not always a result (the actual rate and its gap). */
  prov?: { row: (r: AllocationRow) => ProvenanceKind | undefined; total: (t: Totals) => ProvenanceKind | undefined };
}

const actualProv = { row: (r: AllocationRow) => r.actualKind, total: (t: Totals) => t.actualKind };

export const FIGURE_COLUMNS = {
  households: { kind: 'count', row: (r) => r.households, total: (t) => t.households },
  baselinePoor: { kind: 'count', row: (r) => r.poorBaseline, total: (t) => t.poorBaseline },
  baselineRate: { kind: 'rate', row: (r) => r.baselineRate, total: (t) => t.baselineRate },
  cut: { kind: 'count', row: (r) => r.cut, total: (t) => t.cut },
  // A cut is shown as the fall it is (−1.20 pp).
  cutPp: { kind: 'pp', row: (r) => -r.cutPp, total: (t) => -t.cutPp },
  targetPoor: { kind: 'count', row: (r) => r.targetPoor, total: (t) => t.targetPoor },
  targetRate: { kind: 'rate', row: (r) => r.targetRate, total: (t) => t.targetRate },
  actual: { kind: 'rate', row: (r) => r.actualRate, total: (t) => t.actualRate, prov: actualProv },
  gap: { kind: 'pp', row: (r) => r.gap, total: (t) => t.gap, prov: actualProv },
} as const satisfies Record<string, FigureColumn>;

export type FigureId = keyof typeof FIGURE_COLUMNS;

export function isFigure(id: string): id is FigureId {
  return Object.hasOwn(FIGURE_COLUMNS, id);
}

/** A figure as the table shows it ("–" when there is none), marked when it is not a result (* or †). */
export function showFigure(kind: FigureKind, v: number | undefined, lang: Lang, prov?: ProvenanceKind): string {
  if (v === undefined) return '–';
  const text = kind === 'count' ? formatNumber(v, lang) : kind === 'rate' ? formatPercent(v, lang) : formatPp(v, lang);
  return text + (prov ? PROV_MARK[prov] ?? '' : '');
}

/** A figure as a file holds it: counts whole, rates and pp to the 2 decimals the table shows. */
export function exportFigure(kind: FigureKind, v: number | undefined): number | null {
  if (v === undefined) return null;
  return kind === 'count' ? v : Math.round(v * 100) / 100;
}
