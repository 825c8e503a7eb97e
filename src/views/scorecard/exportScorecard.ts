/**
 * The scorecard as a spreadsheet: raw numbers (rates in %, pace in pp per year), one column group
 * per indicator, the value's provenance, the status as its word ("expected to be met" on an expected figure). Written by the one XLSX writer (src/ui/export/xlsx.ts).
 */
import type { ProgressStatus } from '../../domain/status/index.ts';
import type { Scorecard } from './scorecardData.ts';

type Cell = string | number | null;
const r2 = (x: number | undefined): number | null => (x === undefined || !Number.isFinite(x) ? null : Math.round(x * 100) / 100);

export function scorecardRows(card: Scorecard, labels: { unit: string; status: (s: ProgressStatus, kind: string | undefined) => string; kind: (k: string) => string; column: (ind: string, col: string) => string }): Cell[][] {
  const cols = ['value', 'year', 'provenance', 'change', 'target', 'target_year', 'required', 'pace', 'years', 'status', 'trend'];
  const head: Cell[] = ['unit_code', labels.unit, ...card.indicators.flatMap((i) => cols.map((c) => labels.column(i, c)))];
  const body = card.rows.map((r): Cell[] => [r.code, r.name, ...card.indicators.flatMap((i) => {
    const c = r.cells[i];
    return [r2(c?.latest?.value), c?.latest?.year ?? null, c?.kind ? labels.kind(c.kind) : null, r2(c?.change), r2(c?.target?.value), c?.target?.year ?? null,
      r2(c?.requiredPerYear), r2(c?.pacePerYear), r2(c?.yearsToTarget), c ? labels.status(c.status, c.kind) : null, c?.trend ?? null];
  })]);
  return [head, ...body];
}
