/** Plain helpers of the data view (tested without a DOM). */
import { downloadBlob } from '../../ui/export/download.ts';
import { INDICATOR_IDS } from '../../domain/indicators.ts';
import type { ObservationTable } from '../../domain/observations.ts';
import type { UnitRegistry } from '../../domain/units.ts';
import type { Issue } from '../../ingest/issues.ts';
import type { ImportReport } from '../../ingest/types.ts';
import { writeCsv } from '../../ingest/papa.ts';
import { foldName } from '../../domain/units.ts';

export type Translate = (key: string, params?: Record<string, unknown>) => string;

export function issueMessage(i: Issue, t: Translate): string {
  // A blank indicator cell is said so: 'Unknown indicator ""' read as a fault of the app.
  if (i.code === 'unknown_indicator' && !i.value.trim()) return t('issue.unknown_indicator_blank', { ...i.params });
  return t(`issue.${i.code}`, { ...i.params, value: i.value });
}

export interface IssueFilter { severity: 'all' | 'error' | 'warning'; text: string }

export function filterIssues(issues: Issue[], f: IssueFilter, t: Translate): Issue[] {
  const q = foldName(f.text);
  return issues.filter((i) => (f.severity === 'all' || i.severity === f.severity)
    && (!q || foldName(`${i.row} ${i.column} ${i.value} ${i.code} ${issueMessage(i, t)}`).includes(q) || (i.items !== undefined && itemsMatching(i, f.text).length > 0)));
}

/** The items of a grouped issue (indexes) whose row, column, name or closest names hold the search text; all without one. */
export function itemsMatching(i: Issue, text: string): number[] {
  const it = i.items;
  if (!it) return [];
  const q = foldName(text);
  const out: number[] = [];
  for (let k = 0; k < it.value.length; k++) {
    if (!q || foldName(`${it.row[k]} ${it.column[k]} ${it.value[k]} ${it.suggestions[k]}`).includes(q)) out.push(k);
  }
  return out;
}

/** Rejected rows as they were in the file, plus a reason column; formula-like text neutralised. */
export function rejectedRowsCsv(r: ImportReport, t: Translate): string {
  const width = Math.max(r.headers.length, ...r.rejected.map((x) => x.cells.length));
  const header = [t('report.rowColumn'), ...Array.from({ length: width }, (_, k) => r.headers[k] ?? ''), t('report.reasonColumn')];
  const rows = r.rejected.map((x) => {
    const reasons = r.issues.filter((i) => i.row === x.row && i.severity === 'error').map((i) => issueMessage(i, t)).join(' | ');
    return [String(x.row), ...Array.from({ length: width }, (_, k) => x.cells[k] ?? ''), reasons];
  });
  return writeCsv([header, ...rows], { bom: true });
}

/** "4" or, for a header over two rows, "4–5" (rows as the user sees them). */
export function headerRowsText(r: Pick<ImportReport, 'headerRow' | 'headerRows'>): string {
  return r.headerRows > 1 ? `${r.headerRow}–${r.headerRow + r.headerRows - 1}` : String(r.headerRow);
}

/** Role choices for a column: the fields, each indicator, and the column's own current role. */
export function roleOptions(current: string): string[] {
  const base = ['ignore', 'unit_code', 'unit_name', 'parent', 'year', 'indicator', 'value', 'measure', ...INDICATOR_IDS.map((id) => `v:${id}:`)];
  return base.includes(current) ? base : [current, ...base];
}

/** Rows of the table, in order: `row(k)` is the table row of the k-th. */
export interface RowIndex { length: number; row: (k: number) => number }

/** The rows of the table matching a free-text filter over unit code/name, indicator, year. */
export function filterRows(table: ObservationTable, units: UnitRegistry, text: string): RowIndex {
  const q = foldName(text);
  const c = table.toColumns();
  // Every row: no index array (a million entries was a 50 ms+ task after each apply).
  if (!q) return { length: table.size, row: (k) => k };
  const unitHit = c.units.map((u) => foldName(`${u} ${units.name(u, 'vi')} ${units.name(u, 'en')}`).includes(q));
  const indHit = c.indicators.map((i) => i.includes(q));
  const out: number[] = [];
  for (let r = 0; r < table.size; r++) {
    if (unitHit[c.unit[r]!] || indHit[c.indicator[r]!] || String(c.year[r]).includes(q)) out.push(r);
  }
  return { length: out.length, row: (k) => out[k]! };
}

export function download(name: string, text: string, type = 'text/csv;charset=utf-8'): void {
  downloadBlob(name, new Blob([text], { type }));
}

export interface ApplyRisk { rows: { rejected: number; total: number } | null; units: { unmatched: number; total: number } | null }

/** When Apply must ask first: most data rows rejected, or most units matching no known unit. Null when neither. */
export function applyRisk(r: Pick<ImportReport, 'rejected' | 'dataRows' | 'unitMatches'>): ApplyRisk | null {
  const rows = r.dataRows > 0 && r.rejected.length * 2 > r.dataRows ? { rejected: r.rejected.length, total: r.dataRows } : null;
  const unmatched = r.unitMatches.filter((m) => m.status === 'new' || m.status === 'ambiguous').length;
  const units = r.unitMatches.length > 0 && unmatched * 2 > r.unitMatches.length ? { unmatched, total: r.unitMatches.length } : null;
  return rows || units ? { rows, units } : null;
}
