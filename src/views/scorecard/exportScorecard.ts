/**
 * The scorecard as a spreadsheet: raw numbers (rates in %, pace in pp per year), one column group
 * per indicator, the status as its word. Text that looks like a formula is neutralised (OWASP).
 * write-excel-file is loaded only when asked for.
 */
import type { Scorecard } from './scorecardData.ts';

type Cell = string | number | null;
const FORMULA = /^[=+\-@\t\r]/;
const safe = (s: string) => (FORMULA.test(s) ? `'${s}` : s);
const r2 = (x: number | undefined): number | null => (x === undefined || !Number.isFinite(x) ? null : Math.round(x * 100) / 100);

export function scorecardRows(card: Scorecard, labels: { unit: string; status: (s: string) => string; column: (ind: string, col: string) => string }): Cell[][] {
  const cols = ['value', 'year', 'change', 'target', 'target_year', 'required', 'pace', 'years', 'status', 'trend'];
  const head: Cell[] = ['unit_code', labels.unit, ...card.indicators.flatMap((i) => cols.map((c) => labels.column(i, c)))];
  const body = card.rows.map((r): Cell[] => [r.code, r.name, ...card.indicators.flatMap((i) => {
    const c = r.cells[i];
    return [r2(c?.latest?.value), c?.latest?.year ?? null, r2(c?.change), r2(c?.target?.value), c?.target?.year ?? null,
      r2(c?.requiredPerYear), r2(c?.pacePerYear), r2(c?.yearsToTarget), c ? labels.status(c.status) : null, c?.trend ?? null];
  })]);
  return [head, ...body];
}

export async function scorecardXlsx(rows: readonly Cell[][], sheet: string): Promise<Blob> {
  const { default: writeXlsxFile } = await import('write-excel-file/browser');
  const data = rows.map((r, i) => r.map((v) => (v === null ? null
    : typeof v === 'number' ? { value: v, type: Number }
      : { value: safe(v), type: String, ...(i === 0 ? { fontWeight: 'bold' as const } : {}) })));
  return writeXlsxFile(data, { sheet: sheet.slice(0, 31) }).toBlob();
}
