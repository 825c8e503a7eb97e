/**
 * Streaming fast path for large, clean long-layout CSV files (unit, year, indicator, value per row):
 * decodes in chunks, scans rows without a string per field, and writes typed columns directly,
 * sorted with a counting sort instead of a comparison sort. Same signature and same result as
 * `ingest` in pipeline.ts: the header, layout and unit matching use the pipeline's own functions,
 * the checks are checks.ts's own (run on the columns it wrote), and the moment a file needs anything
 * it does not keep (another layout or format, a legacy encoding, a value in another number style,
 * an issue that quotes a cell, a total or note row, a target), it hands the bytes to `ingest`.
 */
import { describeIndicator } from '../domain/catalogue.ts';
import { ObservationTable } from '../domain/observations.ts';
import type { Unit } from '../domain/units.ts';
import { detectEncoding } from './decode.ts';
import { detectDelimiter, isDelimiter } from './papa.ts';
import { customIndicatorId, findHeader, headerKey, indicatorOf, isTotalLabel } from './headers.ts';
import { decideColumns } from './columns.ts';
import { resolveLayout } from './layout.ts';
import { ingest } from './pipeline.ts';
import type { IngestOptions, IngestResult, Progress, UnitMatch } from './types.ts';
import { UnitResolver } from './unitResolver.ts';
import { parseYearText } from './years.ts';
import { RowView, scanRows, BAD } from './streamScan.ts';
import { sortColumns } from './streamSort.ts';
import { runChecks } from './checks.ts';
import { Indicators, valuesOfColumns } from './collect.ts';
import { checkSize, limitsOf } from './limits.ts';
import { byRow, type Issue } from './issues.ts';

const CHUNK = 1 << 22; // 4 MB of bytes per decode step
const HEAD_BYTES = 1 << 16;

class Fallback extends Error {}
const bail = (why: string): never => { throw new Fallback(why); };

/** Why the last call fell back to the full pipeline ('' when the fast path produced the result). */
export let lastFallback = '';

export async function ingestFast(bytes: Uint8Array, file: string, opts: IngestOptions, known: readonly Unit[], progress?: Progress): Promise<IngestResult> {
  try {
    lastFallback = '';
    return fast(bytes, file, opts, known, progress);
  } catch (e) {
    if (!(e instanceof Fallback)) throw e;
    lastFallback = e.message;
    return ingest(bytes, file, opts, known, progress);
  }
}

function eligible(bytes: Uint8Array, file: string, opts: IngestOptions): void {
  if (opts.format && opts.format !== 'csv' && opts.format !== 'tsv') bail('format');
  if (opts.encoding && opts.encoding !== 'utf-8') bail('encoding option');
  if (opts.mapping || opts.headerRow || opts.unitChoices?.length || opts.newUnitPlaces?.length || opts.scalePercent?.length || opts.unmatched === 'skip') bail('options');
  const ext = /\.([a-z0-9]+)$/i.exec(file)?.[1]?.toLowerCase();
  if (ext === 'json' || ext === 'xlsx' || ext === 'xls') bail('format');
  if (bytes.length >= 4 && bytes[0] === 0x50 && bytes[1] === 0x4b) bail('zip');
  // Encoding of a prefix cut before any multi-byte character; the decoder checks the rest.
  let end = Math.min(bytes.length, HEAD_BYTES);
  while (end > 0 && end < bytes.length && bytes[end]! >= 0x80) end--;
  if (detectEncoding(bytes.subarray(0, end)) !== 'utf-8') bail('encoding');
}

function fast(bytes: Uint8Array, file: string, opts: IngestOptions, known: readonly Unit[], progress?: Progress): IngestResult {
  progress?.(0, 'read');
  eligible(bytes, file, opts);
  // Over a limit: the pipeline reports it (a fatal problem naming the limit).
  const limits = limitsOf(opts.limits);
  try { checkSize(bytes.length, limits); } catch { bail('limit'); }
  const decoder = new TextDecoder('utf-8', { fatal: true });
  const decodeChunk = (from: number, to: number, last: boolean) => {
    try { return decoder.decode(bytes.subarray(from, to), { stream: !last }).normalize('NFC'); } catch { return bail('invalid utf-8'); }
  };
  // Head: enough rows for the header search (as the pipeline: first 40 rows).
  let pos = Math.min(bytes.length, HEAD_BYTES);
  let text = decodeChunk(0, pos, pos >= bytes.length).replace(/^\uFEFF/, '');
  if (/^\s*[[{]/.test(text.slice(0, 200))) bail('json-like');
  const delimiter = opts.delimiter ?? detectDelimiter(text);
  if (!isDelimiter(delimiter)) bail('delimiter');
  const delim = delimiter.charCodeAt(0);
  const view = new RowView();
  const head: string[][] = [];
  const consumed = scanRows(text, delim, pos >= bytes.length, view, (r) => {
    head.push(Array.from({ length: r.n }, (_, i) => r.field(i)));
    return head.length < 40;
  });
  if (consumed === BAD && head.length < 40) bail('scan');
  while (head.length && head[head.length - 1]!.every((c) => c === '')) head.pop();
  if (!head.length) bail('empty');
  const block = findHeader(head);
  // Two header rows or a row of column numbers: the full pipeline handles those.
  if (block.span !== 1 || block.numbersRow !== null) bail('header');
  const h = block.row;
  const headers = (head[h] ?? []).map((c) => c.trim());
  const sample = head.slice(h + 1).filter((r) => r.some((c) => c.trim() !== ''));
  const decided = decideColumns(headers, sample);
  const mapping = decided.map((d) => d.role);
  const titleRows = head.slice(0, h).flatMap((r, i) => (r.every((c) => c.trim() === '') ? [] : [{ row: i + 1, text: r.filter((s) => s.trim()).join(' ') }]));
  const lay = resolveLayout(mapping, [...titleRows.map((t) => t.text), file], {});
  if ('fatal' in lay || lay.kind !== 'long' || lay.yearCol < 0 || lay.indicatorCol < 0) bail('layout');
  const L = lay as Exclude<typeof lay, { fatal: unknown }>;
  const valueCol = L.values[0]!.col;
  const { codeCol, nameCol, yearCol, indicatorCol, parentCol } = L;

  // Dictionaries and growing columns.
  const resolver = new UnitResolver(known);
  const unitCodes: string[] = [];
  const unitIdx = new Map<string, number>();
  const inds = new Indicators();
  const indRaw = new Map<string, number>();
  const yearRaw = new Map<string, number>();
  let cap = Math.max(1024, (bytes.length / 40) | 0);
  let cUnit = new Int32Array(cap);
  let cInd = new Int32Array(cap);
  let cYear = new Float64Array(cap);
  let cVal = new Float64Array(cap);
  let cRow = new Int32Array(cap);
  let n = 0;
  const grow = () => {
    cap *= 2;
    const g = <T extends Int32Array | Float64Array>(a: T, b: T): T => { b.set(a); return b; };
    cUnit = g(cUnit, new Int32Array(cap)); cInd = g(cInd, new Int32Array(cap)); cYear = g(cYear, new Float64Array(cap));
    cVal = g(cVal, new Float64Array(cap)); cRow = g(cRow, new Int32Array(cap));
  };
  // Number style evidence per kind (see numbers.ts detectStyle): only plain "123" and "12.5" are read here.
  const dots = { rate: 0, count: 0 };
  const ambiguous = { rate: 0, count: 0 };
  // Each indicator's first value, its cell and its indicator label: what a check may quote
  // (fraction_rates, custom_indicator) when nothing else is reported.
  const firstRaw = new Map<number, string>();
  const firstOfInd: number[] = [];
  const labelOfInd: string[] = [];
  let prevCode = '\u0000';
  let prevName = '\u0000';
  let prevUnit = 0;
  let fileRow = 0; // 1-based row of the current row
  let dataRows = 0;

  const onRow = (r: RowView): boolean => {
    fileRow++;
    if (fileRow > limits.maxRows || r.n > limits.maxColumns || r.end[r.n - 1]! - r.start[0]! > limits.maxLineChars) bail('limit');
    if (fileRow <= h + 1) return true;
    if (r.n === 1 && r.end[0] === r.start[0] && !r.quoted) return true; // empty line
    // Unit (rows of one unit come together: compare in place before any lookup).
    let u = prevUnit;
    if (resolver.lastVintaged || !(r.is(codeCol, prevCode) && (nameCol < 0 || r.is(nameCol, prevName)))) {
      const codeRaw = r.field(codeCol);
      const nameRaw = r.field(nameCol);
      u = unitOf(codeRaw.trim(), nameRaw.trim(), r);
      prevCode = codeRaw;
      prevName = nameRaw;
      prevUnit = u;
    } else lastMatch!.rows++;
    // Indicator.
    let ind = -1;
    for (let k = 0; k < seenInd.length; k++) if (r.is(indicatorCol, seenInd[k]!)) { ind = seenIndIdx[k]!; break; }
    if (ind < 0) ind = indicatorIdx(r.field(indicatorCol));
    // Year: four ASCII digits in place, anything else through the pipeline's rule.
    let year = -1;
    const ys = r.start[yearCol]!;
    if (!r.quoted && yearCol < r.n && r.end[yearCol]! - ys === 4) {
      const t = r.text;
      const a = t.charCodeAt(ys) - 48, b = t.charCodeAt(ys + 1) - 48, c = t.charCodeAt(ys + 2) - 48, d = t.charCodeAt(ys + 3) - 48;
      if (a >= 0 && a <= 9 && b >= 0 && b <= 9 && c >= 0 && c <= 9 && d >= 0 && d <= 9) year = a * 1000 + b * 100 + c * 10 + d;
    }
    if (year < 0) {
      const raw = r.field(yearCol);
      let y = yearRaw.get(raw);
      if (y === undefined) { y = parseYearText(raw) ?? -1; yearRaw.set(raw, y); }
      year = y;
    }
    // A year the checks would refuse (bad_year): the grid path words the message.
    if (year < 1900 || year > 2100) bail('year');
    const value = readValue(r, valueCol, inds.kinds[ind]!);
    if (firstOfInd[ind] === undefined) { firstOfInd[ind] = n; firstRaw.set(n, r.field(valueCol)); labelOfInd[ind] = r.field(indicatorCol).trim(); }
    if (n === cap) grow();
    cUnit[n] = u; cInd[n] = ind; cYear[n] = year; cVal[n] = value; cRow[n] = fileRow;
    n++;
    dataRows++;
    return true;
  };

  let lastMatch: UnitMatch | null = null;
  const unitOf = (code: string, name: string, r: RowView): number => {
    const label = name || code;
    if (!label) bail('missing unit');
    if (isTotalLabel(name) || (!name && isTotalLabel(code))) bail('total row');
    const m = resolver.resolve(fileRow, code, name, Number(r.field(yearCol).trim()), parentCol >= 0 ? r.field(parentCol).trim() : '');
    if (m.outOfTime || m.status === 'ambiguous' || m.status === 'breakdown') bail('unit outside its validity or ambiguous');
    lastMatch = m;
    const c = m.code ?? '';
    let i = unitIdx.get(c);
    if (i === undefined) { i = unitCodes.length; unitCodes.push(c); unitIdx.set(c, i); }
    return i;
  };
  const seenInd: string[] = [];
  const seenIndIdx: number[] = [];
  const indicatorIdx = (raw: string): number => {
    let i = indRaw.get(raw);
    if (i === undefined) {
      // As the grid path reads it: a catalogue indicator, else a custom id made from the label.
      const id = indicatorOf(raw.trim()) ?? customIndicatorId(raw.trim());
      if (!id) return bail('unknown indicator');
      if (describeIndicator(id).isTarget) bail('target');
      i = inds.idx(id);
      indRaw.set(raw, i);
      if (seenInd.length < 32) { seenInd.push(raw); seenIndIdx.push(i); }
    }
    return i;
  };
  const readValue = (r: RowView, col: number, kind: 'rate' | 'count'): number => {
    if (col >= r.n || (r.quoted && r.unq[col] !== null)) return bail('value cell');
    const t = r.text;
    const s = r.start[col]!, e = r.end[col]!;
    let m = 0, k = 0, intDigits = 0, dot = -1;
    for (let i = s; i < e; i++) {
      const c = t.charCodeAt(i);
      if (c >= 48 && c <= 57) { m = m * 10 + (c - 48); if (dot >= 0) k++; else intDigits++; } else if (c === 46 && dot < 0) dot = i; else bail('value style');
    }
    if (intDigits === 0 || (dot >= 0 && k === 0)) bail('value style');
    if (dot >= 0) {
      if (intDigits <= 3 && k === 3) ambiguous[kind]++;
      else dots[kind]++;
    }
    if (intDigits + k > 15 || k > 22) return Number(t.slice(s, e));
    return k ? m / 10 ** k : m;
  };

  // Body: decode and scan chunk by chunk, carrying the unfinished row.
  const scanOrBail = (chunk: string, final: boolean) => {
    const at = scanRows(chunk, delim, final, view, onRow);
    if (at === BAD) bail('scan');
    return chunk.slice(at);
  };
  let carry = scanOrBail(text, pos >= bytes.length);
  while (pos < bytes.length) {
    const to = Math.min(bytes.length, pos + CHUNK);
    text = carry + decodeChunk(pos, to, to >= bytes.length);
    pos = to;
    carry = scanOrBail(text, pos >= bytes.length);
    progress?.(0.9 * (pos / bytes.length), 'parse');
  }
  if (carry) bail('unfinished row');
  for (const kind of ['rate', 'count'] as const) if (ambiguous[kind] && !dots[kind]) bail('ambiguous numbers');
  if (!n) bail('no rows');
  progress?.(0.9, 'check');

  // The checks of every path (checks.ts); anything but a fraction warning sends the file to the grid path for its messages.
  const cols = { n, unit: cUnit, ind: cInd, year: cYear, value: cVal, row: cRow };
  const columnNames = { value: headers[valueCol] || `#${valueCol + 1}`, year: headers[yearCol] || `#${yearCol + 1}` };
  const quoted = {
    raw: (i: number) => firstRaw.get(i) ?? bail('checks'),
    indicatorRaw: (i: number) => (firstOfInd[cInd[i]!] === i ? labelOfInd[cInd[i]!]! : bail('checks')),
  };
  const values = valuesOfColumns(cols, unitCodes, inds, columnNames, quoted, () => bail('checks'));
  const checked = runChecks(file, values, new Set(), known, resolver.newUnits());
  if (checked.accepted.n !== n || checked.issues.some((x) => x.code !== 'fraction_rates' && x.code !== 'custom_indicator')) bail('checks');
  const unitColumn = (c: number) => headers[c] || `#${c + 1}`;
  const issues: Issue[] = [...resolver.warnings(file, (m) => unitColumn(nameCol >= 0 && (codeCol < 0 || m.raw !== m.code) ? nameCol : codeCol)), ...checked.issues];
  const table = sortColumns(cols, unitCodes, inds.ids, file);
  issues.sort(byRow);
  progress?.(1, 'check');
  return {
    file, ok: true, fatal: null, format: delimiter === '\t' ? 'tsv' : 'csv', encoding: 'utf-8', delimiter, sheets: [],
    headerRow: h + 1, headerRows: 1, headers, headerKey: headerKey(headers), guessedMapping: mapping, mapping: [...mapping], mappingWhy: decided.map((d) => d.why), preview: sample.slice(0, 5), layout: 'long',
    titleRows, notes: [], totals: [], units: resolver.newUnits(),
    unitMatches: resolver.matches(),
    table: ObservationTable.fromColumns(table), targets: [], issues, rejected: [], dataRows,
  };
}
