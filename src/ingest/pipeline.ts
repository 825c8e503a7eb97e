/**
 * The import pipeline, pure (no DOM): bytes → grid → header and layout → candidate values →
 * checks → an ObservationTable of accepted values, new units, targets and a report.
 * Never throws: an unreadable file comes back with `fatal` set.
 */
import type { IndicatorId } from '../domain/indicators.ts';
import { describeIndicator } from '../domain/catalogue.ts';
import { TableBuilder, ObservationTable } from '../domain/observations.ts';
import { makeUnit, type Unit } from '../domain/units.ts';
import type { Target } from '../domain/targets.ts';
import { readSheet, type Format, type SheetOptions } from './sheet.ts';
import { cellText, isBlankRow, type Cell } from './grid.ts';
import { customIndicatorId, findHeader, guessMapping, headerKey, indicatorOf, isNoteLabel, isTotalLabel, yearIn, type Role } from './headers.ts';
import { resolveLayout, type Layout, type LayoutKind } from './layout.ts';
import { detectStyle, parseCell, type NumberStyle } from './numbers.ts';
import { UnitMatcher, foldUnitName, levelFromName, resolveUnit } from './unitMatch.ts';
import { runChecks, type Candidate } from './checks.ts';
import type { Issue, FatalCode } from './issues.ts';
import type { Encoding } from './decode.ts';
import type { Delimiter } from './papa.ts';
import { LimitError, checkGrid, checkSize, limitsOf, type Limits } from './limits.ts';

export interface IngestOptions extends SheetOptions {
  /** 1-based file row of the header, overriding detection. */
  headerRow?: number;
  /** One role per column, overriding the guess. */
  mapping?: Role[];
  indicator?: IndicatorId;
  year?: number;
  /** [folded unit name, choice]: a known unit code, 'new' (accept as a new unit) or 'skip'. */
  unitChoices?: [string, string][];
  /** What to do with names that match no known unit and have no choice (default: accept as new). */
  unmatched?: 'new' | 'skip';
  /** Rate indicators whose values are fractions to multiply by 100. */
  scalePercent?: IndicatorId[];
  /** Overrides of the import limits (limits.ts DEFAULT_LIMITS). */
  limits?: Partial<Limits>;
}

export interface UnitMatch {
  raw: string;
  key: string;
  code: string | null;
  status: 'code' | 'name' | 'chosen' | 'new' | 'skipped';
  suggestions: { code: string; name: string }[];
  rows: number;
  /** File row where the name first appears (optional: other readers, e.g. the streaming path, may omit it). */
  firstRow?: number;
}

export interface IngestResult {
  file: string;
  ok: boolean;
  /** `params` (when set) fill the message's placeholders; they always include `file`. */
  fatal: { code: FatalCode; message: string; params?: Record<string, string | number> } | null;
  format: Format | null;
  encoding: Encoding | null;
  delimiter: Delimiter | null;
  sheets: string[];
  headerRow: number;
  /** 2 when the header spans two rows (a merged group label above sub-labels); the labels are joined. */
  headerRows: number;
  headers: string[];
  headerKey: string;
  guessedMapping: Role[];
  mapping: Role[];
  layout: LayoutKind | null;
  titleRows: { row: number; text: string }[];
  notes: { row: number; text: string }[];
  totals: { row: number; label: string; parent: string | null }[];
  units: Unit[];
  unitMatches: UnitMatch[];
  table: ObservationTable;
  targets: Target[];
  issues: Issue[];
  rejected: { row: number; cells: string[]; reasons: string[] }[];
  /** Rows after the header that carried data (accepted + rejected). */
  dataRows: number;
}

export type Progress = (fraction: number, phase: 'read' | 'parse' | 'check') => void;

function emptyResult(file: string): IngestResult {
  return {
    file, ok: false, fatal: null, format: null, encoding: null, delimiter: null, sheets: [], headerRow: 0, headerRows: 1, headers: [], headerKey: '',
    guessedMapping: [], mapping: [], layout: null, titleRows: [], notes: [], totals: [], units: [], unitMatches: [],
    table: ObservationTable.empty(), targets: [], issues: [], rejected: [], dataRows: 0,
  };
}

export async function ingest(bytes: Uint8Array, file: string, opts: IngestOptions, known: readonly Unit[], progress?: Progress): Promise<IngestResult> {
  const res = emptyResult(file);
  try {
    progress?.(0, 'read');
    const limits = limitsOf(opts.limits);
    checkSize(bytes.length, limits);
    const sheet = await readSheet(bytes, file, { ...opts, limits });
    Object.assign(res, { format: sheet.format, encoding: sheet.encoding, delimiter: sheet.delimiter, sheets: sheet.sheets });
    checkGrid(sheet.grid, limits);
    progress?.(0.3, 'parse');
    return build(res, sheet.grid, sheet.meta, opts, known, progress);
  } catch (e) {
    if (e instanceof LimitError) res.fatal = { code: e.code, message: e.message, params: { file, ...e.params } };
    // A RangeError here is most often a JSON nested too deep or a string too long for the engine.
    else res.fatal = { code: 'unreadable', message: e instanceof Error ? e.message : String(e) };
    res.ok = false;
    return res;
  }
}

/**
 * The size check alone, before a file is read into memory (the page knows File.size up front):
 * a result with the fatal problem, or null when the size is within the limit.
 */
export function refuseOversize(file: string, size: number, opts: Pick<IngestOptions, 'limits'> = {}): IngestResult | null {
  try {
    checkSize(size, limitsOf(opts.limits));
    return null;
  } catch (e) {
    if (!(e instanceof LimitError)) throw e;
    const res = emptyResult(file);
    res.fatal = { code: e.code, message: e.message, params: { file, ...e.params } };
    return res;
  }
}

function fail(res: IngestResult, code: FatalCode, message: string = code): IngestResult {
  res.fatal = { code, message };
  res.ok = false;
  return res;
}

function build(res: IngestResult, grid: Cell[][], meta: Map<string, string>, opts: IngestOptions, known: readonly Unit[], progress?: Progress): IngestResult {
  if (!grid.length || grid.every(isBlankRow)) return fail(res, 'no_header', 'empty file');
  const text = (r: number, c: number) => cellText(grid[r]?.[c]).trim();
  const strRows = grid.slice(0, 40).map((r) => r.map((c) => cellText(c)));
  const block = findHeader(strRows, opts.headerRow && opts.headerRow >= 1 && opts.headerRow <= grid.length ? opts.headerRow - 1 : undefined);
  const h = block.row;
  // Data starts under the header block (one or two rows) and a row of column numbers, if any.
  const first = block.numbersRow !== null ? block.numbersRow + 1 : h + block.span;
  res.headerRow = h + 1;
  res.headerRows = block.span;
  res.headers = block.span === 1 ? (grid[h] ?? []).map((c) => cellText(c).trim()) : block.headers;
  res.headerKey = headerKey(res.headers);
  res.guessedMapping = guessMapping(res.headers);
  res.mapping = opts.mapping && opts.mapping.length === res.headers.length ? [...opts.mapping] : res.guessedMapping;
  for (let r = 0; r < h; r++) if (!isBlankRow(grid[r]!)) res.titleRows.push({ row: r + 1, text: grid[r]!.map(cellText).filter((s) => s.trim()).join(' ') });
  const context = [...res.titleRows.map((t) => t.text), ...meta.values(), res.file];
  const lay = resolveLayout(res.mapping, context, { indicator: opts.indicator ?? null, year: opts.year ?? null });
  if ('fatal' in lay) return fail(res, lay.fatal);
  res.layout = lay.kind;

  // Rows after the last row with any value are notes; so is a row that starts like a note.
  if (block.numbersRow !== null) res.notes.push({ row: block.numbersRow + 1, text: grid[block.numbersRow]!.map(cellText).filter((x) => x.trim()).join(' ') });
  let lastData = first - 1;
  for (let r = first; r < grid.length; r++) if (lay.values.some((v) => text(r, v.col) !== '')) lastData = r;
  const dataRows: number[] = [];
  for (let r = first; r < grid.length; r++) {
    const row = grid[r]!;
    if (isBlankRow(row)) continue;
    const firstCell = row.map(cellText).find((c) => c.trim() !== '') ?? '';
    if (r > lastData || (!lay.values.some((v) => text(r, v.col) !== '') && isNoteLabel(firstCell))) {
      res.notes.push({ row: r + 1, text: row.map(cellText).filter((s) => s.trim()).join(' ') });
    } else dataRows.push(r);
  }
  res.dataRows = dataRows.length;

  const candidates = collect(res, grid, dataRows, lay, opts, known, progress);
  progress?.(0.7, 'check');
  const scale = new Set(opts.scalePercent ?? []);
  const checked = runChecks(res.file, candidates, scale, known, res.units);
  for (const m of res.unitMatches) {
    if (m.status !== 'new') continue;
    res.issues.push({ severity: 'warning', file: res.file, row: m.firstRow ?? 0, column: '', value: m.raw, code: 'unit_unmatched', params: { suggestions: m.suggestions.map((s) => s.name).join(', ') } });
  }
  for (const issue of checked.issues) res.issues.push(issue); // push(...list) overflows the stack past ~100k
  // Units accepted as new hang under the parent the total row names (or their siblings share).
  const parent = checked.totals.find((t) => t.parent)?.parent ?? null;
  if (parent) res.units = res.units.map((u) => ({ ...u, parent }));
  res.totals = checked.totals;

  const rejectedRows = new Set(checked.issues.filter((i) => i.severity === 'error' && i.row > 0).map((i) => i.row));
  const b = new TableBuilder(candidates.length);
  const prov = { kind: 'imported' as const, source: res.file };
  for (const c of checked.accepted) {
    if (rejectedRows.has(c.row)) continue;
    if (describeIndicator(c.indicator).isTarget) {
      res.targets.push({ unit: c.unit, indicator: c.indicator === 'target_rate' ? 'poverty_rate' : 'poor_households', year: c.year!, value: c.value, source: { kind: 'file', file: res.file, row: c.row } });
    } else b.add(c.unit, c.indicator, c.year!, c.value, prov, c.row);
  }
  res.table = b.build();
  // Reasons grouped by row in one pass (filtering all issues per row was quadratic).
  const reasons = new Map<number, string[]>();
  for (const i of checked.issues) {
    if (i.severity !== 'error' || i.row <= 0) continue;
    const list = reasons.get(i.row);
    if (list) list.push(i.code);
    else reasons.set(i.row, [i.code]);
  }
  for (const row of [...rejectedRows].sort((a, b2) => a - b2)) {
    res.rejected.push({ row, cells: (grid[row - 1] ?? []).map(cellText), reasons: reasons.get(row) ?? [] });
  }
  res.issues.sort((a, b2) => a.row - b2.row || (a.severity === b2.severity ? 0 : a.severity === 'error' ? -1 : 1));
  res.ok = !res.issues.some((i) => i.severity === 'error');
  progress?.(1, 'check');
  return res;
}

/** Turn data rows into candidate values: unit resolved, indicator and year known, number parsed. */
function collect(res: IngestResult, grid: Cell[][], rows: number[], lay: Layout, opts: IngestOptions, known: readonly Unit[], progress?: Progress): Candidate[] {
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
      const cacheKey = code ? `${code}\u0001${key}` : key;
      let m = matches.get(cacheKey);
      if (!m) {
        // Closest names cost a comparison with every known unit: only for the first few hundred unmatched.
        m = resolveUnit(r + 1, label, key, code, matcher, choices, suggested < MAX_SUGGESTED, opts.unmatched ?? 'new', lay.yearCol >= 0 ? Number(text(r, lay.yearCol)) : lay.defaultYear ?? undefined);
        if (m.status === 'new' && m.code && !newUnits.has(m.code) && !matcher.byCodeOf(m.code)) {
          newUnits.set(m.code, makeUnit({ code: m.code, level: levelFromName(label), nameVi: name || code, parent: null }));
        }
        if (m.suggestions.length) suggested++;
        matches.set(cacheKey, m);
      }
      m.rows++;
      if (m.status === 'skipped') rowError = 'unit_skipped';
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

const MAX_SUGGESTED = 300;

