/**
 * Data rows → values as columns (typed arrays, one entry per value cell): what each value is (unit,
 * indicator, year), then its number, read in its column's style. Passes run over the whole grid,
 * with no object per row or per value; text for messages (the raw cell, the unit's label, the
 * year as written) is read back from the grid only when an issue needs it.
 */
import { describeIndicator } from '../domain/catalogue.ts';
import type { Unit } from '../domain/units.ts';
import { cellText, type Cell } from './grid.ts';
import { customIndicatorId, indicatorOf, isTotalLabel } from './headers.ts';
import type { Layout } from './layout.ts';
import { parseCell, plainNumber, styleFromVotes, styleVote, type NumberStyle } from './numbers.ts';
import { UnitResolver } from './unitResolver.ts';
import { parseYearCell } from './years.ts';
import type { Issue } from './issues.ts';
import type { IngestOptions, Progress, UnitMatch } from './types.ts';

/** Row problems, by code (index 0: none). */
export const ROW_ERRORS = [null, 'missing_unit', 'unit_skipped', 'unit_out_of_time', 'unit_ambiguous', 'unit_breakdown'] as const;
export type RowError = Exclude<(typeof ROW_ERRORS)[number], null>;
export const MISSING = 0;
export const NUMBER = 1;
export const INVALID = 2;

/** Indicator ids of one import, each with its definition looked up once. */
export class Indicators {
  readonly ids: string[] = [];
  readonly kinds: ('rate' | 'count')[] = [];
  private readonly at = new Map<string, number>();
  idx(id: string): number {
    let i = this.at.get(id);
    if (i === undefined) {
      i = this.ids.length;
      this.at.set(id, i);
      this.ids.push(id);
      this.kinds.push(describeIndicator(id).kind);
    }
    return i;
  }
  find(id: string): number | undefined { return this.at.get(id); }
}

export interface Values {
  n: number;
  /** Per value: its data row (index into `rows`), its value column (index into lay.values), indicator, year (NaN: none), number. */
  rowOf: Int32Array;
  vcol: Uint16Array;
  ind: Int32Array;
  indOk: Uint8Array;
  year: Float64Array;
  kind: Uint8Array;
  value: Float64Array;
  percent: Uint8Array;
  /** Per data row: 1-based file row, unit (index into `units`; 0 is '' for a total row or no unit), total flag, row error. */
  fileRow: Int32Array;
  unit: Int32Array;
  total: Uint8Array;
  rowError: Uint8Array;
  units: string[];
  indicators: Indicators;
  /** Text of a value for messages. */
  raw(i: number): string;
  column(i: number): string;
  unitLabel(i: number): string;
  /** The column `unitLabel` comes from (the name column, or the code column when the name is blank). */
  unitColumn(i: number): string;
  indicatorRaw(i: number): string;
  yearText(i: number): string;
  yearColumn: string;
  /** The indicator column's header ('' without one): where an unknown indicator is reported. */
  indicatorColumn: string;
}

export interface Collected { values: Values; unitMatches: UnitMatch[]; units: Unit[]; unitIssues: Issue[] }

export function collect(file: string, headers: string[], grid: Cell[][], rows: number[], lay: Layout, opts: IngestOptions, known: readonly Unit[], progress?: Progress): Collected {
  const resolver = new UnitResolver(known, opts);
  const text = (r: number, c: number) => (c >= 0 ? cellText(grid[r]?.[c] ?? null).trim() : '');
  const header = (c: number) => headers[c] || `#${c + 1}`;
  const memo = <T>(f: (s: string) => T) => { const m = new Map<string, T>(); return (s: string) => { let v = m.get(s); if (v === undefined && !m.has(s)) m.set(s, (v = f(s))); return v!; }; };
  const isTotal = memo((s) => s !== '' && isTotalLabel(s));
  const rowIndicator = memo((s) => indicatorOf(s) ?? customIndicatorId(s));
  const yearOfText = memo((s) => parseYearCell(s));
  const inds = new Indicators();
  const unitAt = new Map<string, number>([['', 0]]);
  const units = [''];
  const nv = lay.values.length;
  const nRows = rows.length;
  const n = nRows * nv;
  const v: Values = {
    n, rowOf: new Int32Array(n), vcol: new Uint16Array(n), ind: new Int32Array(n), indOk: new Uint8Array(n), year: new Float64Array(n),
    kind: new Uint8Array(n), value: new Float64Array(n), percent: new Uint8Array(n),
    fileRow: new Int32Array(nRows), unit: new Int32Array(nRows), total: new Uint8Array(nRows), rowError: new Uint8Array(nRows),
    units, indicators: inds,
    raw: (i) => cellText(grid[rows[v.rowOf[i]!]!]?.[lay.values[v.vcol[i]!]!.col] ?? null),
    column: (i) => header(lay.values[v.vcol[i]!]!.col),
    unitLabel: (i) => { const r = rows[v.rowOf[i]!]!; return text(r, lay.nameCol) || text(r, lay.codeCol); },
    unitColumn: (i) => {
      const c = lay.codeCol >= 0 && !text(rows[v.rowOf[i]!]!, lay.nameCol) ? lay.codeCol : lay.nameCol;
      return c >= 0 ? header(c) : '';
    },
    indicatorRaw: (i) => text(rows[v.rowOf[i]!]!, lay.indicatorCol),
    yearText: (i) => {
      const col = lay.values[v.vcol[i]!]!;
      return col.year !== null ? String(col.year) : lay.yearCol >= 0 ? text(rows[v.rowOf[i]!]!, lay.yearCol) : String(lay.defaultYear ?? '');
    },
    yearColumn: lay.yearCol >= 0 ? header(lay.yearCol) : '',
    indicatorColumn: lay.indicatorCol >= 0 ? header(lay.indicatorCol) : '',
  };
  const fallbackInd = inds.idx('poverty_rate');
  const defaultInd = lay.defaultIndicator === null ? -1 : inds.idx(lay.defaultIndicator);
  const colInd = lay.values.map((c) => (c.indicator === null ? -1 : inds.idx(c.indicator)));
  // Votes on the number style per (value column, indicator kind): [dot, comma] × 5 votes.
  const votes = lay.values.map(() => ({ rate: [0, 0, 0, 0, 0], count: [0, 0, 0, 0, 0], seen: { rate: false, count: false } }));

  // Pass 1: what each value is (unit, indicator, year); the style votes of its cell.
  // Each distinct (code, name) — and year, for units with several vintages — is resolved once; its
  // answer, unit index and row error are kept together, and rows only count their hits.
  // By code: the first name's answer, or (a code under several names) a map by name; most codes
  // have one name, and a map per code was 10,000 maps for 10,000 new units.
  interface Seen { m: UnitMatch; u: number; err: number; hits: number; name: string }
  const free = new Map<string, Seen | Map<string, Seen>>();
  const freeHit = (code: string, name: string): Seen | undefined => {
    const e = free.get(code);
    return e === undefined ? undefined : e instanceof Map ? e.get(name) : e.name === name ? e : undefined;
  };
  const perYear = new Map<string, Seen>();
  const allSeen: Seen[] = [];
  let prevCode = '\u0000', prevName = '\u0000', prevYear = '\u0000';
  let prev: Seen | null = null;
  let i = 0;
  for (let k = 0; k < nRows; k++) {
    if (progress && k % 4096 === 4095) progress(0.3 + (0.3 * k) / nRows, 'parse');
    const r = rows[k]!;
    const row = grid[r] ?? [];
    v.fileRow[k] = r + 1;
    const code = text(r, lay.codeCol);
    const name = text(r, lay.nameCol);
    const total = isTotal(name) || (!name && isTotal(code));
    v.total[k] = total ? 1 : 0;
    if (!total) {
      if (!(name || code)) v.rowError[k] = 1;
      else {
        const yearRaw = lay.yearCol >= 0 ? text(r, lay.yearCol) : '';
        // Rows of one unit and year come together: the resolver's answer for the same code, name and year is the same match.
        // Elsewhere too: the same (code, name, year) always resolves to the same match.
        let s: Seen;
        if (prev && code === prevCode && name === prevName && yearRaw === prevYear) { s = prev; s.hits++; } else {
          const hit = freeHit(code, name) ?? (perYear.size ? perYear.get(`${code}\u0001${name}\u0001${yearRaw}`) : undefined);
          if (hit) { s = hit; s.hits++; } else {
            const m = resolver.resolve(r + 1, code, name, lay.yearCol >= 0 ? Number(yearRaw) : lay.defaultYear, text(r, lay.parentCol));
            const c = m.code ?? '';
            let u = unitAt.get(c);
            if (u === undefined) { u = units.length; units.push(c); unitAt.set(c, u); }
            s = { m, u, err: errorOf(m), hits: 0, name };
            allSeen.push(s);
            if (resolver.yearFree(code, name)) {
              const e = free.get(code);
              if (e === undefined) free.set(code, s);
              else if (e instanceof Map) e.set(name, s);
              else free.set(code, new Map([[e.name, e], [name, s]]));
            } else perYear.set(`${code}\u0001${name}\u0001${yearRaw}`, s);
          }
          prev = s; prevCode = code; prevName = name; prevYear = yearRaw;
        }
        v.rowError[k] = s.err;
        v.unit[k] = s.u;
      }
    }
    let rowInd = -1;
    if (lay.indicatorCol >= 0) {
      const id = rowIndicator(text(r, lay.indicatorCol));
      rowInd = id === null ? -1 : inds.idx(id);
    }
    const yearCell = lay.yearCol >= 0 ? row[lay.yearCol] ?? null : null;
    const rowYear = lay.yearCol < 0 ? lay.defaultYear : typeof yearCell === 'string' ? yearOfText(yearCell) : parseYearCell(yearCell);
    for (let c = 0; c < nv; c++, i++) {
      const col = lay.values[c]!;
      const ind = colInd[c]! >= 0 ? colInd[c]! : lay.indicatorCol >= 0 ? rowInd : defaultInd;
      v.rowOf[i] = k;
      v.vcol[i] = c;
      v.indOk[i] = ind >= 0 ? 1 : 0;
      v.ind[i] = ind >= 0 ? ind : fallbackInd;
      const year = col.year ?? rowYear;
      v.year[i] = year === null ? NaN : year;
      const raw = row[col.col] ?? null;
      if (typeof raw === 'string') {
        const kind = inds.kinds[v.ind[i]!]!;
        votes[c]![kind][styleVote(raw)]!++;
        votes[c]!.seen[kind] = true;
      }
    }
  }

  // Pass 2: numbers, each in its column's style (per indicator kind).
  const styles = votes.map((x) => ({
    rate: x.seen.rate ? styleFromVotes(x.rate, 'rate') : null,
    count: x.seen.count ? styleFromVotes(x.count, 'count') : null,
  }));
  readNumbers(v, grid, rows, lay.values.map((c) => c.col), styles, progress);
  for (const x of allSeen) x.m.rows += x.hits;
  return { values: v, unitMatches: resolver.matches(), units: resolver.newUnits(), unitIssues: resolver.warnings(file, (m) => header(lay.nameCol >= 0 && (lay.codeCol < 0 || m.raw !== m.code) ? lay.nameCol : lay.codeCol)) };
}

/**
 * Pass 2: each value's number, in its column's style. A function of its own: the worker runs cold,
 * and a loop in a long function is optimised with the whole function, again for each later loop.
 */
function readNumbers(v: Values, grid: Cell[][], rows: number[], cols: number[], styles: { rate: NumberStyle | null; count: NumberStyle | null }[], progress?: Progress): void {
  const none: NumberStyle = { decimal: '.', thousands: '' };
  const kinds = v.indicators.kinds;
  const n = v.n;
  for (let j = 0; j < n; j++) {
    if (progress && j % 16384 === 16383) progress(0.6 + (0.1 * j) / n, 'parse');
    const c = v.vcol[j]!;
    const raw = grid[rows[v.rowOf[j]!]!]?.[cols[c]!] ?? null;
    const style = styles[c]![kinds[v.ind[j]!]!] ?? none;
    const x = plainNumber(raw, style);
    if (!Number.isNaN(x)) { v.kind[j] = NUMBER; v.value[j] = x; continue; } // a plain number (percent stays 0)
    const p = parseCell(raw, style);
    if (p.kind === 'number') { v.kind[j] = NUMBER; v.value[j] = p.value; v.percent[j] = p.percent ? 1 : 0; } else { v.kind[j] = p.kind === 'missing' ? MISSING : INVALID; v.value[j] = NaN; }
  }
}

/** The row error of a unit's rows, as an index into ROW_ERRORS (0: none). */
export const errorOf = (m: UnitMatch): number => (m.status === 'skipped' ? (m.outOfTime ? 3 : 2) : m.status === 'ambiguous' ? 4 : m.status === 'breakdown' ? 5 : 0);

/** The row error of a value, as its code. */
export const rowErrorOf = (v: Values, i: number): RowError | null => ROW_ERRORS[v.rowError[v.rowOf[i]!]!]!;
