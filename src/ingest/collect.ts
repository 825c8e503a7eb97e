/** Data rows → candidate values (unit resolved, indicator and year known, number parsed), for the pipeline. */
import { describeIndicator } from '../domain/catalogue.ts';
import { makeUnit, type Unit } from '../domain/units.ts';
import { cellText, type Cell } from './grid.ts';
import { customIndicatorId, indicatorOf, isTotalLabel, yearIn } from './headers.ts';
import type { Layout } from './layout.ts';
import { detectStyle, parseCell, type NumberStyle } from './numbers.ts';
import { UnitMatcher, foldUnitName, levelFromName, resolveUnit } from './unitMatch.ts';
import type { Candidate } from './checks.ts';
import type { IngestOptions, IngestResult, Progress, UnitMatch } from './pipeline.ts';

/** Units for which closest-name suggestions are computed (each compares with every known unit). */
const MAX_SUGGESTED = 300;

/** Turn data rows into candidate values: unit resolved, indicator and year known, number parsed. */
export function collect(res: IngestResult, grid: Cell[][], rows: number[], lay: Layout, opts: IngestOptions, known: readonly Unit[], progress?: Progress): Candidate[] {
  const matcher = new UnitMatcher(known);
  const choices = new Map(opts.unitChoices ?? []);
  const matches = new Map<string, UnitMatch>();
  const newUnits = new Map<string, Unit>();
  const cell = (r: number, c: number): Cell => (c >= 0 ? grid[r]?.[c] ?? null : null);
  const text = (r: number, c: number) => cellText(cell(r, c)).trim();
  const header = (c: number) => res.headers[c] || `#${c + 1}`;
  // Names repeat on every row of a long file: fold each distinct one once.
  const folded = new Map<string, string>();
  let suggested = 0;
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
      let key = folded.get(label);
      if (key === undefined) folded.set(label, (key = foldUnitName(label)));
      // Same name with another code is another unit: cache by both.
      // A code or name with several vintages resolves per year (19753 is two units).
      const rowYear = lay.yearCol >= 0 ? Number(text(r, lay.yearCol)) : lay.defaultYear ?? undefined;
      const cacheKey = (code ? `${code}\u0001${key}` : key) + (matcher.hasVintages(code, key) || (code && matcher.codeTakenFrom(code, rowYear ?? 0)) ? `\u0001${rowYear}` : '');
      let m = matches.get(cacheKey);
      if (!m) {
        // Closest names cost a comparison with every known unit: only for the first few hundred unmatched.
        m = resolveUnit(r + 1, label, key, code, matcher, choices, suggested < MAX_SUGGESTED, opts.unmatched ?? 'new', lay.yearCol >= 0 ? Number(text(r, lay.yearCol)) : lay.defaultYear ?? undefined);
        if (m.status === 'new' && m.code && !newUnits.has(m.code) && !matcher.byCodeOf(m.code)) {
          newUnits.set(m.code, makeUnit({ code: m.code, level: levelFromName(label), nameVi: name || code, parent: null, ...(m.validTo ? { validTo: m.validTo } : {}) }));
        }
        if (m.suggestions.length) suggested++;
        matches.set(cacheKey, m);
      }
      m.rows++;
      if (m.status === 'skipped') rowError = m.outOfTime ? 'unit_out_of_time' : 'unit_skipped';
      unit = m.code ?? '';
    }
    const indRaw = text(r, lay.indicatorCol);
    const rowInd = lay.indicatorCol >= 0 ? indicatorOf(indRaw) ?? customIndicatorId(indRaw) : null;
    const yearCell = cell(r, lay.yearCol);
    for (const v of lay.values) {
      const indicator = v.indicator ?? (lay.indicatorCol >= 0 ? rowInd : lay.defaultIndicator);
      const yearText = v.year !== null ? String(v.year) : lay.yearCol >= 0 ? cellText(yearCell).trim() : String(lay.defaultYear ?? '');
      const year = v.year ?? (lay.yearCol >= 0 ? parseYear(yearCell) : lay.defaultYear);
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
  res.unitMatches = [...matches.values()];
  res.units = [...newUnits.values()];
  return pending.map((p) => {
    const style = styles.get(`${p.col}|${describeIndicator(p.indicator).kind}`) ?? { decimal: '.', thousands: '' };
    const parsed = parseCell(p.cell, style);
    const { cell: _cell, ...rest } = p;
    return { ...rest, parsed, value: parsed.kind === 'number' ? parsed.value : NaN };
  });
}

function parseYear(c: Cell): number | null {
  if (typeof c === 'number') return Number.isInteger(c) ? c : null;
  const t = cellText(c).trim();
  if (/^\d{4}$/.test(t)) return Number(t);
  return /^(năm|nam|year)?\s*\d{4}$/i.test(t) ? yearIn(t) : null;
}
