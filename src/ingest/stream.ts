/**
 * The streaming reader: CSV and TSV files in UTF-8, Windows-1258 or Windows-1252, long (a unit,
 * year, indicator and value per row) or wide (several value columns, each with its indicator or
 * year from its header), with title rows above the header, total rows ("Tổng cộng") and notes under
 * the table, number cells in any form the pipeline reads (plain ones as digits, others as text:
 * streamValues.ts), rows with errors (rejected and listed: streamRejected.ts), targets
 * (streamAccepted.ts) and the user's choices on the report. It decodes in pieces (streamDecode.ts),
 * scans rows without a string per field (streamScan.ts), writes typed columns as it goes (data
 * rows: streamBody.ts; units, totals, notes: streamRows.ts) and sorts them with a counting sort
 * (streamSort.ts). Same signature and same result as `ingest` in pipeline.ts: the header, layout,
 * unit matching, number styles and checks are the pipeline's own functions. What it does not cover
 * (another format, UTF-16, two header rows, a row of column numbers, a total row or a row naming
 * no unit without values, a file with nothing accepted) goes to `ingest`; `lastFallback` says why.
 */
import { ObservationTable } from '../domain/observations.ts';
import type { Unit } from '../domain/units.ts';
import { detectDelimiter, isDelimiter } from './papa.ts';
import { findHeader, headerKey } from './headers.ts';
import { decideColumns } from './columns.ts';
import { resolveLayout } from './layout.ts';
import { ingest, SAMPLE_END } from './pipeline.ts';
import type { IngestOptions, IngestResult, Progress } from './types.ts';
import { UnitResolver } from './unitResolver.ts';
import { RowView, scanRows, BAD } from './streamScan.ts';
import { sortColumns } from './streamSort.ts';
import { runChecks } from './checks.ts';
import { Indicators, INVALID, MISSING, NUMBER, type Values } from './collect.ts';
import { checkSize, limitsOf } from './limits.ts';
import { byRow, errorRows, type Issue } from './issues.ts';
import { bail, ChunkReader, eligible, encodingOf, Fallback, hasLines } from './streamDecode.ts';
import { NumberCells } from './streamValues.ts';
import { flushValueless, noteText, UnitMemo, type TextRow } from './streamRows.ts';
import { BodyRows } from './streamBody.ts';
import { Scratch } from './scratch.ts';
import { rejectedOf } from './streamRejected.ts';
import { tableValues } from './streamAccepted.ts';
import { describeIndicator } from '../domain/catalogue.ts';

/**
 * Bytes per decode step (tests make them small to cut letters and marks apart). Windows-1258 is
 * decoded `piece` bytes at a time: the platform's decoder and the scan over its string were
 * ~2× faster on many strings of 32K characters than on one of 4M (Node 20 and Chromium alike; a
 * string of more than 64K characters is a large object).
 */
export const tuning = { head: 1 << 16, chunk: 1 << 22, piece: 1 << 15 };

/** Why the last call fell back to the full pipeline ('' when the fast path produced the result). */
export let lastFallback = '';

export async function ingestFast(bytes: Uint8Array, file: string, opts: IngestOptions, known: readonly Unit[], progress?: Progress): Promise<IngestResult> {
  // The working arrays: freed for the next import whether this one ends here or in the pipeline.
  const mem = new Scratch();
  try {
    lastFallback = '';
    return fast(bytes, file, opts, known, mem, progress);
  } catch (e) {
    if (!(e instanceof Fallback)) throw e;
    lastFallback = e.message;
    return ingest(bytes, file, opts, known, progress);
  } finally {
    mem.release();
  }
}

/** `mem`: where the working arrays come from (none of them reaches the result). */
function fast(bytes: Uint8Array, file: string, opts: IngestOptions, known: readonly Unit[], mem: Scratch, progress?: Progress): IngestResult {
  progress?.(0, 'read');
  eligible(bytes, file, opts);
  // Over a limit: the pipeline reports it (a fatal problem naming the limit).
  const limits = limitsOf(opts.limits);
  try { checkSize(bytes.length, limits); } catch { bail('limit'); }
  const reader = new ChunkReader(bytes, opts.encoding ?? encodingOf(bytes, 1 << 16));
  // Head: enough rows for the delimiter and the header search (as the pipeline: first 40 rows).
  let text = reader.next(tuning.head);
  while (!reader.done && !hasLines(text, SAMPLE_END)) text = reader.next(tuning.chunk, text);
  if (/^\s*[[{]/.test(text.slice(0, 200))) bail('json-like');
  const delimiter = opts.delimiter ?? detectDelimiter(text);
  if (!isDelimiter(delimiter)) bail('delimiter');
  const delim = delimiter.charCodeAt(0);
  const view = new RowView();
  view.nfc = !reader.composed;
  const head: string[][] = [];
  let headChars = 0;
  const at = scanRows(text, delim, reader.done, view, (r) => { head.push(Array.from({ length: r.n }, (_, i) => r.field(i))); headChars = r.end[r.n - 1]!; return head.length < SAMPLE_END; });
  if ((at === BAD && head.length < SAMPLE_END) || (at !== BAD && !reader.done)) bail('scan');
  while (head.length && head[head.length - 1]!.every((c) => c === '')) head.pop();
  if (!head.length) bail('empty');
  // A header row the user chose (pipeline.ts: within the file; here within the rows read for the header).
  const forced = opts.headerRow ? opts.headerRow - 1 : undefined;
  if (forced !== undefined && (forced < 0 || forced >= head.length)) bail('options');
  const block = findHeader(head, forced);
  // Two header rows or a row of column numbers: the full pipeline handles those.
  if (block.span !== 1 || block.numbersRow !== null) bail('header');
  const h = block.row;
  const headers = (head[h] ?? []).map((c) => c.trim());
  const sample = head.slice(h + 1).filter((r) => r.some((c) => c.trim() !== ''));
  const decided = decideColumns(headers, sample);
  const guessed = decided.map((d) => d.role);
  // Columns the user mapped (pipeline.ts: only a mapping of every column counts).
  const chosen = opts.mapping && opts.mapping.length === headers.length ? opts.mapping : null;
  const mapping = chosen ? [...chosen] : guessed;
  const titleRows = head.slice(0, h).flatMap((r, i) => (r.every((c) => c.trim() === '') ? [] : [{ row: i + 1, text: noteText(r) }]));
  const lay = resolveLayout(mapping, [...titleRows.map((t) => t.text), file], { indicator: opts.indicator ?? null, year: opts.year ?? null });
  if ('fatal' in lay) return bail('layout');
  const { codeCol, nameCol, yearCol, indicatorCol } = lay;
  const valueCols = lay.values.map((v) => v.col);
  const nv = valueCols.length;
  const header = (c: number) => headers[c] || `#${c + 1}`;

  // Indicators in collect.ts's order (its fallback first), each value column's own, if any.
  const inds = new Indicators();
  inds.idx('poverty_rate');
  const defaultInd = lay.defaultIndicator === null ? -1 : inds.idx(lay.defaultIndicator);
  const colInd = lay.values.map((c) => (c.indicator === null ? -1 : inds.idx(c.indicator)));
  const colYear = lay.values.map((c) => c.year);
  const resolver = new UnitResolver(known, opts);
  const memo = new UnitMemo(resolver);
  // Sized for the rows the file's head suggests (growing by copies cost more than the parse of a small file).
  const rowCap = Math.ceil((1.1 * bytes.length) / Math.max(8, headChars / head.length)) + 64;
  const body = new BodyRows({ headerRows: h + 1, lay, colInd, colYear, defaultInd }, limits, memo, inds, new NumberCells(nv, rowCap * nv, mem), mem, rowCap);
  const onRow = (r: RowView) => body.row(r);

  // Body: decode and scan piece by piece, carrying the unfinished row.
  const scanOrBail = (chunk: string, final: boolean) => {
    const end = scanRows(chunk, delim, final, view, onRow);
    if (end === BAD) bail('scan');
    return chunk.slice(end);
  };
  let carry = scanOrBail(text, reader.done);
  const step = reader.encoding === 'windows-1258' ? Math.min(tuning.piece, tuning.chunk) : tuning.chunk;
  let reported = reader.pos;
  while (!reader.done) {
    text = reader.next(step, carry);
    carry = scanOrBail(text, reader.done);
    // Progress (and the page's cancel) once per `chunk` bytes, however small the pieces.
    if (reader.pos - reported >= tuning.chunk || reader.done) { reported = reader.pos; progress?.(0.9 * (reader.pos / bytes.length), 'parse'); }
  }
  if (carry) bail('unfinished row');
  const { nRows, totals, unitless, yearTexts, notes, pending, missingRaw, firstOfInd, labelOfInd, numbers, rFile, rUnit, rSeen, vInd, vYear } = body;
  if (!nRows) bail('no rows');
  flushValueless(pending, notes);
  progress?.(0.9, 'check');

  // Values as collect.ts lays them out (data row × value column), for checks.ts.
  const n = numbers.n;
  const rowOf = rowsOfValues(mem.i32(n), nv);
  const total = mem.u8(nRows);
  for (const k of totals.keys()) total[k] = 1;
  const textOf = (i: number): TextRow => totals.get(rowOf[i]!) ?? unitless.get(rowOf[i]!) ?? memoRow(rSeen[rowOf[i]!]!);
  const memoRow = (s: number): TextRow => { const x = memo.all[s]!; return { row: 0, cells: [], code: x.code, name: x.name }; };
  const value = numbers.values();
  const { vcol, kind, percent, indOk } = numbers.layout(NUMBER, MISSING, INVALID);
  for (const i of missingRaw.keys()) kind[i] = MISSING;
  const v: Values = {
    n, rowOf, vcol, ind: vInd.subarray(0, n), indOk, year: vYear.subarray(0, n),
    kind, value, percent,
    fileRow: rFile.subarray(0, nRows), unit: rUnit.subarray(0, nRows), total, rowError: rowErrors(mem.u8(nRows), unitless, rSeen, memo),
    units: memo.units, indicators: inds,
    // Text for messages: total rows and blank cells were kept, a number cell is made again from its number.
    raw: (i) => { const t = totals.get(rowOf[i]!); return t ? t.cells[valueCols[vcol[i]!]!] ?? '' : missingRaw.get(i) ?? numbers.textOf(i) ?? bail('checks'); },
    column: (i) => header(valueCols[vcol[i]!]!),
    unitLabel: (i) => { const t = textOf(i); return t.name || t.code; },
    unitColumn: (i) => { const c = codeCol >= 0 && !textOf(i).name ? codeCol : nameCol; return c >= 0 ? header(c) : ''; },
    indicatorRaw: (i) => { const t = totals.get(rowOf[i]!); return indicatorCol < 0 ? '' : t ? (t.cells[indicatorCol] ?? '').trim() : firstOfInd[vInd[i]!] === i ? labelOfInd.get(vInd[i]!)! : bail('checks'); },
    yearText: (i) => yearTexts.get(i) ?? bail('checks'),
    yearColumn: yearCol >= 0 ? header(yearCol) : '',
  };
  const checked = runChecks(file, v, new Set(opts.scalePercent ?? []), known, resolver.newUnits(), mem);
  // A row with an error is rejected (pipeline.ts): its values stay out of the table, its cells are listed.
  const rejected = errorRows(checked.issues);
  memo.finish();
  const issues: Issue[] = [...resolver.warnings(file, (m) => header(nameCol >= 0 && (codeCol < 0 || m.raw !== m.code) ? nameCol : codeCol)), ...checked.issues];
  issues.sort(byRow);
  const isTarget = inds.ids.map((id) => describeIndicator(id).isTarget === true);
  const { accepted, targets } = rejected.size || isTarget.includes(true)
    ? tableValues(checked.accepted, rejected, isTarget, checked.ind, checked.value, v, file) : { accepted: checked.accepted, targets: [] };
  if (!accepted.n) bail('nothing accepted');
  const table = sortColumns({ n: accepted.n, at: accepted.i, unit: accepted.unit, ind: checked.ind, year: v.year, value: checked.value, rowOf, fileRow: v.fileRow }, v.units, inds.ids, file);
  // Units accepted as new hang under the parent the total row names (as pipeline.ts does).
  const parent = checked.totals.find((t) => t.parent)?.parent ?? null;
  const units = resolver.newUnits();
  progress?.(1, 'check');
  return {
    file, ok: !issues.some((x) => x.severity === 'error'), fatal: null, format: delimiter === '\t' || (opts.format ?? (/\.tsv$/i.test(file) ? 'tsv' : 'csv')) === 'tsv' ? 'tsv' : 'csv', encoding: reader.encoding, delimiter, sheets: [],
    headerRow: h + 1, headerRows: 1, headers, headerKey: headerKey(headers), guessedMapping: guessed, mapping: [...mapping], mappingWhy: decided.map((d, c) => (chosen && chosen[c] !== d.role ? { kind: 'chosen' as const } : d.why)), preview: sample.slice(0, 5), layout: lay.kind,
    titleRows, notes, totals: checked.totals, units: parent ? units.map((u) => ({ ...u, parent })) : units,
    unitMatches: resolver.matches(),
    table: ObservationTable.fromColumns(table), targets, issues, dataRows: nRows,
    rejected: rejected.size ? rejectedOf(rejected, checked.issues, bytes, reader.encoding, delim) : [],
  };
}

/** Each data row's error (collect.ts ROW_ERRORS): a row naming no unit, or its unit's. */
function rowErrors(err: Uint8Array, unitless: Map<number, TextRow>, rSeen: Int32Array, memo: UnitMemo): Uint8Array {
  for (const k of unitless.keys()) err[k] = 1;
  if (memo.anyError) for (let k = 0; k < err.length; k++) { const s = rSeen[k]!; if (s >= 0) err[k] = memo.all[s]!.err; }
  return err;
}

/** Each value's data row (values are written row by row, `nv` to a row). Apart: see streamSort.ts on loops in one-off functions. */
function rowsOfValues(rowOf: Int32Array, nv: number): Int32Array {
  for (let i = 0; i < rowOf.length; i++) rowOf[i] = (i / nv) | 0;
  return rowOf;
}
