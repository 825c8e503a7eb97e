/**
 * The import pipeline, pure (no DOM): bytes → grid → header and layout → candidate values →
 * checks → an ObservationTable of accepted values, new units, targets and a report.
 * Never throws: an unreadable file comes back with `fatal` set.
 */
import type { IndicatorId } from '../domain/indicators.ts';
import { describeIndicator } from '../domain/catalogue.ts';
import { ObservationTable } from '../domain/observations.ts';
import { TableBuilder } from '../domain/tableBuilder.ts';
import type { Unit } from '../domain/units.ts';
import type { Target } from '../domain/targets.ts';
import { readSheet, type Format, type SheetOptions } from './sheet.ts';
import { cellText, isBlankRow, type Cell } from './grid.ts';
import { findHeader, guessMapping, headerKey, isNoteLabel, type Role } from './headers.ts';
import { resolveLayout, type LayoutKind } from './layout.ts';
import { runChecks } from './checks.ts';
import { collect } from './collect.ts';
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
  /** The unit exists, but not in the row's year: the row is refused, never bound to it. */
  outOfTime?: boolean;
  /** A new unit of an earlier vintage (its code is now another unit's): it ended on this date. */
  validTo?: string;
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
