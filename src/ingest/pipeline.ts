/**
 * The import pipeline, pure (no DOM): bytes → grid → header and layout → candidate values →
 * checks → an ObservationTable of accepted values, new units, targets and a report.
 * Never throws: an unreadable file comes back with `fatal` set.
 */
import { describeIndicator } from '../domain/catalogue.ts';
import { ObservationTable } from '../domain/observations.ts';
import { TableBuilder } from '../domain/tableBuilder.ts';
import type { Unit } from '../domain/units.ts';
import { readSheet } from './sheet.ts';
import { cellText, filled, isBlankRow, type Cell } from './grid.ts';
import { findHeader, headerKey, isNoteLabel } from './headers.ts';
import { decideColumns } from './columns.ts';
import { resolveLayout } from './layout.ts';
import { runChecks } from './checks.ts';
import { collect } from './collect.ts';
import { byRow, errorCodesByRow, errorRows, type FatalCode } from './issues.ts';
import { LimitError, checkGrid, checkSize, limitsOf } from './limits.ts';
import type { IngestOptions, IngestResult, Progress } from './types.ts';
import type { Target } from '../domain/targets.ts';

export type { IngestOptions, IngestResult, Progress, UnitMatch } from './types.ts';

/** Rows under the header whose values help decide the columns (the same on the streaming path: its first 40 rows). */
export const SAMPLE_END = 40;
const PREVIEW_ROWS = 5;

export function emptyResult(file: string): IngestResult {
  return {
    file, ok: false, fatal: null, format: null, encoding: null, delimiter: null, sheets: [], headerRow: 0, headerRows: 1, headers: [], headerKey: '',
    guessedMapping: [], mapping: [], mappingWhy: [], preview: [], layout: null, titleRows: [], notes: [], totals: [], units: [], unitMatches: [],
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

/** A target row of a data file (target_rate, target_poor_households) as the result's target. */
export function fileTarget(unit: string, id: string, year: number, value: number, file: string, row: number): Target {
  return { unit, indicator: id === 'target_rate' ? 'poverty_rate' : 'poor_households', year, value, source: { kind: 'file', file, row } };
}

function fail(res: IngestResult, code: FatalCode, message: string = code): IngestResult {
  res.fatal = { code, message };
  res.ok = false;
  return res;
}

function build(res: IngestResult, grid: Cell[][], meta: Map<string, string>, opts: IngestOptions, known: readonly Unit[], progress?: Progress): IngestResult {
  if (!grid.length || grid.every(isBlankRow)) return fail(res, 'no_header', 'empty file');
  const strRows = grid.slice(0, 40).map((r) => r.map((c) => cellText(c)));
  const block = findHeader(strRows, opts.headerRow && opts.headerRow >= 1 && opts.headerRow <= grid.length ? opts.headerRow - 1 : undefined);
  const h = block.row;
  // Data starts under the header block (one or two rows) and a row of column numbers, if any.
  const first = block.numbersRow !== null ? block.numbersRow + 1 : h + block.span;
  res.headerRow = h + 1;
  res.headerRows = block.span;
  res.headers = block.span === 1 ? (grid[h] ?? []).map((c) => cellText(c).trim()) : block.headers;
  res.headerKey = headerKey(res.headers);
  const sample = grid.slice(first, SAMPLE_END).filter((r) => !isBlankRow(r)).map((r) => r.map((c) => cellText(c)));
  res.preview = sample.slice(0, PREVIEW_ROWS);
  const decided = decideColumns(res.headers, sample);
  res.guessedMapping = decided.map((d) => d.role);
  const chosen = opts.mapping && opts.mapping.length === res.headers.length ? opts.mapping : null;
  res.mapping = chosen ? [...chosen] : res.guessedMapping;
  res.mappingWhy = decided.map((d, c) => (chosen && chosen[c] !== d.role ? { kind: 'chosen' } : d.why));
  for (let r = 0; r < h; r++) if (!isBlankRow(grid[r]!)) res.titleRows.push({ row: r + 1, text: grid[r]!.map(cellText).filter((s) => s.trim()).join(' ') });
  const context = [...res.titleRows.map((t) => t.text), ...meta.values(), res.file];
  const lay = resolveLayout(res.mapping, context, { indicator: opts.indicator ?? null, year: opts.year ?? null });
  if ('fatal' in lay) return fail(res, lay.fatal);
  res.layout = lay.kind;

  // Rows after the last row with any value are notes; so is a row that starts like a note.
  if (block.numbersRow !== null) res.notes.push({ row: block.numbersRow + 1, text: grid[block.numbersRow]!.map(cellText).filter((x) => x.trim()).join(' ') });
  // Cells are tested in place (a number cell is never blank): no text is made for each cell.
  const valueCols = lay.values.map((v) => v.col);
  const hasValue = (row: readonly Cell[]) => { for (const c of valueCols) if (filled(row[c])) return true; return false; };
  let lastData = first - 1;
  for (let r = grid.length - 1; r >= first; r--) if (hasValue(grid[r]!)) { lastData = r; break; }
  const dataRows: number[] = [];
  for (let r = first; r < grid.length; r++) {
    const row = grid[r]!;
    if (isBlankRow(row)) continue;
    // The first filled cell is only read for rows without values (a note under the table).
    if (r > lastData || (!hasValue(row) && isNoteLabel(cellText(row.find(filled) ?? null)))) {
      res.notes.push({ row: r + 1, text: row.map(cellText).filter((s) => s.trim()).join(' ') });
    } else dataRows.push(r);
  }
  res.dataRows = dataRows.length;

  const { values, unitMatches, units, unitIssues } = collect(res.file, res.headers, grid, dataRows, lay, opts, known, progress);
  res.unitMatches = unitMatches;
  res.units = units;
  progress?.(0.7, 'check');
  const scale = new Set(opts.scalePercent ?? []);
  const checked = runChecks(res.file, values, scale, known, res.units);
  for (const issue of unitIssues) res.issues.push(issue);
  for (const issue of checked.issues) res.issues.push(issue); // push(...list) overflows the stack past ~100k
  // Units accepted as new hang under the parent the total row names (or their siblings share).
  const parent = checked.totals.find((t) => t.parent)?.parent ?? null;
  if (parent) res.units = res.units.map((u) => ({ ...u, parent }));
  res.totals = checked.totals;

  const rejectedRows = errorRows(checked.issues);
  const b = new TableBuilder(values.n);
  const prov = { kind: 'imported' as const, source: res.file };
  const { accepted } = checked;
  const isTarget = values.indicators.ids.map((id) => describeIndicator(id).isTarget === true);
  // Units and indicators enter the builder's dictionaries in the order `add` would meet them.
  const unitIn = new Int32Array(values.units.length).fill(-1);
  const indIn = new Int32Array(values.indicators.ids.length).fill(-1);
  let provIn = -1;
  for (let a = 0; a < accepted.n; a++) {
    const i = accepted.i[a]!;
    const row = values.fileRow[values.rowOf[i]!]!;
    if (rejectedRows.size && rejectedRows.has(row)) continue;
    const k = checked.ind[i]!;
    const u = accepted.unit[a]!;
    const year = values.year[i]!;
    if (isTarget[k]) {
      const id = values.indicators.ids[k]!;
      res.targets.push(fileTarget(values.units[u]!, id, year, checked.value[i]!, res.file, row));
      continue;
    }
    if (unitIn[u] === -1) unitIn[u] = b.unitIndex(values.units[u]!);
    if (indIn[k] === -1) indIn[k] = b.indicatorIndex(values.indicators.ids[k]!);
    if (provIn === -1) provIn = b.provenanceIndex(prov);
    b.addIndexed(unitIn[u]!, indIn[k]!, year, checked.value[i]!, provIn, row);
  }
  res.table = b.build();
  const reasons = errorCodesByRow(checked.issues);
  for (const row of [...rejectedRows].sort((a, b2) => a - b2)) {
    res.rejected.push({ row, cells: (grid[row - 1] ?? []).map(cellText), reasons: reasons.get(row) ?? [] });
  }
  res.issues.sort(byRow);
  res.ok = !res.issues.some((i) => i.severity === 'error');
  progress?.(1, 'check');
  return res;
}
