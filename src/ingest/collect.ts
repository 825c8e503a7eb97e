/** Data rows → candidate values (unit resolved, indicator and year known, number parsed), for the pipeline. */
import { describeIndicator } from '../domain/catalogue.ts';
import type { Unit } from '../domain/units.ts';
import { cellText, type Cell } from './grid.ts';
import { customIndicatorId, indicatorOf, isTotalLabel } from './headers.ts';
import type { Layout } from './layout.ts';
import { detectStyle, parseCell, type NumberStyle } from './numbers.ts';
import { UnitResolver } from './unitResolver.ts';
import { parseYearCell } from './years.ts';
import type { Issue } from './issues.ts';
import type { Candidate } from './checks.ts';
import type { IngestOptions, Progress, UnitMatch } from './types.ts';

export interface Collected { candidates: Candidate[]; unitMatches: UnitMatch[]; units: Unit[]; unitIssues: Issue[] }

/** Turn data rows into candidate values: unit resolved, indicator and year known, number parsed. */
export function collect(file: string, headers: string[], grid: Cell[][], rows: number[], lay: Layout, opts: IngestOptions, known: readonly Unit[], progress?: Progress): Collected {
  const resolver = new UnitResolver(known, opts);
  const cell = (r: number, c: number): Cell => (c >= 0 ? grid[r]?.[c] ?? null : null);
  const text = (r: number, c: number) => cellText(cell(r, c)).trim();
  const header = (c: number) => headers[c] || `#${c + 1}`;
  const totalCache = new Map<string, boolean>();
  const isTotal = (s: string) => {
    let v = totalCache.get(s);
    if (v === undefined) totalCache.set(s, (v = s !== '' && isTotalLabel(s)));
    return v;
  };

  // Pass 1: what each value is (unit, indicator, year), so number styles can be decided per column and kind.
  type Pending = Omit<Candidate, 'value' | 'parsed'> & { cell: Cell };
  const pending: Pending[] = [];
  const styleCells = new Map<string, string[]>();
  rows.forEach((r, k) => {
    if (progress && k % 4096 === 4095) progress(0.3 + (0.4 * k) / rows.length, 'parse');
    const code = text(r, lay.codeCol);
    const name = text(r, lay.nameCol);
    const label = name || code;
    const total = isTotal(name) || (!name && isTotal(code));
    let unit = '';
    let rowError: Candidate['rowError'] = null;
    if (total) unit = '';
    else if (!label) rowError = 'missing_unit';
    else {
      const m = resolver.resolve(r + 1, code, name, lay.yearCol >= 0 ? Number(text(r, lay.yearCol)) : lay.defaultYear, text(r, lay.parentCol));
      if (m.status === 'skipped') rowError = m.outOfTime ? 'unit_out_of_time' : 'unit_skipped';
      else if (m.status === 'ambiguous') rowError = 'unit_ambiguous';
      else if (m.status === 'breakdown') rowError = 'unit_breakdown';
      unit = m.code ?? '';
    }
    const indRaw = text(r, lay.indicatorCol);
    const rowInd = lay.indicatorCol >= 0 ? indicatorOf(indRaw) ?? customIndicatorId(indRaw) : null;
    const yearCell = cell(r, lay.yearCol);
    for (const v of lay.values) {
      const indicator = v.indicator ?? (lay.indicatorCol >= 0 ? rowInd : lay.defaultIndicator);
      const yearText = v.year !== null ? String(v.year) : lay.yearCol >= 0 ? cellText(yearCell).trim() : String(lay.defaultYear ?? '');
      const year = v.year ?? (lay.yearCol >= 0 ? parseYearCell(yearCell) : lay.defaultYear);
      const raw = grid[r]?.[v.col] ?? null;
      const p: Pending = {
        row: r + 1, col: v.col, column: header(v.col), raw: cellText(raw), cell: raw, unit, unitLabel: label, total, indicator: indicator ?? 'poverty_rate',
        indicatorOk: indicator !== null, indicatorRaw: indRaw, year, yearText, yearColumn: lay.yearCol >= 0 ? header(lay.yearCol) : '', rowError,
      };
      pending.push(p);
      if (typeof raw === 'string') {
        const k = `${v.col}|${describeIndicator(p.indicator).kind}`;
        let list = styleCells.get(k);
        if (!list) styleCells.set(k, (list = []));
        list.push(raw);
      }
    }
  });
  const styles = new Map<string, NumberStyle>();
  for (const [k, list] of styleCells) styles.set(k, detectStyle(list, k.endsWith('rate') ? 'rate' : 'count'));
  const candidates = pending.map((p): Candidate => {
    const style = styles.get(`${p.col}|${describeIndicator(p.indicator).kind}`) ?? { decimal: '.', thousands: '' };
    const parsed = parseCell(p.cell, style);
    const { cell: _cell, ...rest } = p;
    return { ...rest, parsed, value: parsed.kind === 'number' ? parsed.value : NaN };
  });
  return { candidates, unitMatches: resolver.matches(), units: resolver.newUnits(), unitIssues: resolver.warnings(file) };
}
