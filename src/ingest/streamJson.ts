/**
 * JSON files on the streaming reader: the records go row by row into the same typed columns as CSV
 * rows (streamBody.ts), with no grid of cells; a number stays the number it was. An array of flat
 * records is read from the text itself (jsonScan.ts); any other JSON through JSON.parse (json.ts).
 * The rows are those json.ts gives the pipeline (the keys' row first), so row numbers, the header,
 * the layout and every check come out as pipeline.ts has them.
 */
import type { Unit } from '../domain/units.ts';
import { decode, type Encoding } from './decode.ts';
import { cellText } from './grid.ts';
import { errorCodesByRow } from './issues.ts';
import { jsonList, jsonRow, jsonRows, nfc, toCell, type JsonList } from './json.ts';
import type { Limits } from './limits.ts';
import { SAMPLE_END } from './pipeline.ts';
import type { IngestOptions, IngestResult, Progress } from './types.ts';
import { RowView } from './streamScan.ts';
import { bail, Fallback } from './streamDecode.ts';
import { planBody, type Plan } from './streamPlan.ts';
import { resultOf, type Source } from './streamResult.ts';
import { jsonCut, nextRecord, partOf, patience, within, type LaterReader, type LaterResult } from './streamSplit.ts';
import { mergeLater } from './streamMerge.ts';
import { END, READ, RecordScanner } from './jsonScan.ts';
import { PART } from './lists.ts';
import type { BodyRows } from './streamBody.ts';
import type { Scratch } from './scratch.ts';

/** Rows between two progress reports (the page's cancel is polled there too). */
const PROGRESS_ROWS = 1 << 15;

export async function readJson(bytes: Uint8Array, file: string, opts: IngestOptions, known: readonly Unit[], limits: Limits, mem: Scratch, progress?: Progress, later: LaterReader | null = null): Promise<IngestResult> {
  // A large array of records is read in two parts at once, the later by the helper (streamSplit.ts).
  const cut = later && !opts.encoding ? jsonCut(bytes) : null;
  const split = cut && later ? await readSplit(bytes, cut, file, opts, known, limits, mem, later, progress) : null;
  if (split) return split;
  // Each text is made NFC as it is read (json.ts), not the whole file first.
  const d = decode(bytes, opts.encoding, false);
  // Without the name or the user's word, only text that starts and ends as JSON is read as JSON (sheet.ts formatOf).
  const named = opts.format === 'json' || (!opts.format && /\.json$/i.test(file));
  if (!named && !(/^\s*[[{]/.test(d.text.slice(0, 200)) && /[\]}]\s*$/.test(d.text.slice(-200)))) bail('json-like');
  const scanned = d.encoding === 'utf-8' ? readScanned(bytes, d.text, file, opts, known, limits, mem, progress) : null;
  if (scanned) return scanned;
  let list: JsonList;
  // Unreadable JSON or too many keys: the pipeline words the problem.
  try { list = jsonList(d.text, limits); } catch { return bail('json'); }
  const n = jsonRows(list);
  const plan = planBody(headOf(list), file, [...list.meta.values()], opts, known, limits, mem, n + 64);
  readRows(list, 0, n, plan.body, progress);
  return resultOf(plan, source(d.encoding, (row) => (row - 1 < n ? jsonRow(list, row - 1).map(cellText) : [])), file, opts, known, mem, progress);
}

/**
 * An array of flat records read from the text (jsonScan.ts), with the keys of its first records;
 * null (nothing kept) when it is not one or a later record has another key.
 */
function readScanned(bytes: Uint8Array, text: string, file: string, opts: IngestOptions, known: readonly Unit[], limits: Limits, mem: Scratch, progress?: Progress): IngestResult | null {
  // Only an array: {meta, records} and the like are few and small.
  if (!/^\s*\[/.test(text.slice(0, 64))) return null;
  const first = headRecords(bytes, limits);
  if (!first?.keys) return null;
  let plan: Plan;
  // A head the planner refuses is left to the whole list's (a later record may add a key).
  try { plan = planBody(headOf(first), file, [], opts, known, limits, mem, rowsAbout(first, bytes.length)); } catch (e) { if (e instanceof Fallback) return null; throw e; }
  if (scanRecords(text, first.keys, plan.body, true, progress) === null) return null;
  return resultOf(plan, source('utf-8', cellsOf(text, limits)), file, opts, known, mem, progress);
}

/** Rows a text of `bytes` bytes may hold, from its first records' size (the body grows past it if need be). */
const rowsAbout = (first: JsonList & { end: number }, bytes: number) => Math.ceil((1.1 * first.items.length * bytes) / first.end) + 64;

/** Row `row`'s cells of an array of records, read with JSON.parse when first asked (a rejected row). */
function cellsOf(text: string, limits: Limits): (row: number) => string[] {
  let list: JsonList | null = null;
  return (row) => {
    list ??= jsonList(text, limits);
    return row - 1 < jsonRows(list) ? jsonRow(list, row - 1).map(cellText) : [];
  };
}

/**
 * The first part (its records and ']') read here while the helper reads the later ('[' and its
 * records). The head comes from the file's first records, so that the helper starts at once; null
 * (the whole file is then read as one) when the first part's records have keys the head's lack,
 * or the later part is no array of records with those keys.
 */
async function readSplit(bytes: Uint8Array, cut: { end: number; start: number }, file: string, opts: IngestOptions, known: readonly Unit[], limits: Limits, mem: Scratch, later: LaterReader, progress?: Progress): Promise<IngestResult | null> {
  const t0 = performance.now();
  const first = headRecords(bytes, limits);
  if (!first?.keys || cut.end <= first.end) return null;
  const head = headOf(first);
  const { keys } = first;
  const part = mem.u8(bytes.length - cut.start + 1);
  part[0] = 0x5b;
  part.set(bytes.subarray(cut.start), 1);
  const pending = later.read({ head, file, opts, known, encoding: 'utf-8', delimiter: '', json: { keys, context: [] }, bytes: part, rowCap: rowsAbout(first, bytes.length - cut.start), steps: { chunk: 0, piece: 0 } });
  // The first part as an array of its own: its last ',' read as ']' (put back at once; the bytes
  // are this import's). Text and ']' joined would be copied whole again by JSON.parse.
  bytes[cut.end] = 0x5d;
  let d: ReturnType<typeof decode>;
  try { d = decode(bytes.subarray(0, cut.end + 1), undefined, false); } finally { bytes[cut.end] = 0x2c; }
  if (d.encoding !== 'utf-8') return null;
  // The first part's records, with the head's keys (any other key: the whole file is read as one).
  const plan = planBody(head, file, [], opts, known, limits, mem, rowsAbout(first, bytes.length));
  const read = scanRecords(d.text, keys, plan.body, true, progress);
  if (read === null) return null;
  const n = read + 1;
  const got = await within(pending, patience(performance.now() - t0));
  if (!('part' in got)) return null;
  mergeLater(plan, got.part);
  later.taken(got.part);
  // A rejected row: its part's records are read again (only then).
  const firstCells = cellsOf(d.text, limits);
  let rest: JsonList | null = null;
  const cells = (row: number) => {
    if (row - 1 < n) return firstCells(row);
    rest ??= { ...jsonList(`[${decode(bytes.subarray(cut.start), 'utf-8', false).text}`, limits), keys };
    return row - n <= rest.items.length ? jsonRow(rest, row - n).map(cellText) : [];
  };
  return resultOf(plan, source('utf-8', cells), file, opts, known, mem, progress);
}

/** Below this, a file with fewer records than the head takes is its own head (read twice: once for the head). */
const SMALL = 1 << 20;

/**
 * The file's first records (enough for the head: pipeline.ts's first rows), read on their own, or
 * a small file's all; null when they cannot be.
 */
function headRecords(bytes: Uint8Array, limits: Limits): (JsonList & { end: number }) | null {
  let at: { end: number; start: number } | null = { end: 0, start: bytes.indexOf(0x5b) };
  for (let k = 0; k < SAMPLE_END && at; k++) at = nextRecord(bytes, at.start, 0);
  const whole = !at && bytes.length < SMALL;
  if (!at && !whole) return null;
  try {
    const d = decode(whole ? bytes : bytes.subarray(0, at!.end), undefined, false);
    if (d.encoding !== 'utf-8') return null;
    return { ...jsonList(whole ? d.text : `${d.text}]`, limits), end: whole ? bytes.length : at!.end };
  } catch {
    return null;
  }
}

/**
 * The helper's side: the later part's records ('[' and its bytes), read with the first part's keys
 * (it has no keys' row). A key those lack would be a column of the whole file's header: stopped,
 * as for anything the scan does not read (the whole file is then read as one).
 */
export function readJsonLater(bytes: Uint8Array, keys: string[], plan: Plan): LaterResult {
  let text: string;
  try { text = new TextDecoder('utf-8', { fatal: true }).decode(bytes); } catch { return { stopped: 'json' }; }
  return scanRecords(text, keys, plan.body, false) === null ? { stopped: 'json' } : { part: partOf(plan) };
}

const headOf = (list: JsonList) => {
  const head: string[][] = [];
  for (let i = 0; i < Math.min(jsonRows(list), SAMPLE_END); i++) head.push(jsonRow(list, i).map(cellText));
  return head;
};

function readRows(list: JsonList, from: number, to: number, body: BodyRows, progress?: Progress): void {
  const view = new RowView();
  view.quoted = true;
  view.typed = true;
  const filler = new Filler(list);
  for (let i = from; i < to; i++) {
    filler.fill(view, i);
    body.row(view);
    if (progress && i % PROGRESS_ROWS === PROGRESS_ROWS - 1) progress(0.9 * (i / to), 'parse');
  }
}

function source(encoding: Encoding, cells: (row: number) => string[]): Source {
  return {
    format: 'json', encoding, delimiter: null,
    rejected: (rows, issues) => {
      const reasons = errorCodesByRow(issues);
      return [...rows].sort((a, b) => a - b).map((row) => ({ row, cells: cells(row), reasons: reasons.get(row) ?? [] }));
    },
  };
}

/**
 * Row i's cells into the view, as json.ts `jsonRow` makes them: a text NFC (the column's last
 * text is compared first: rows of one unit repeat their name), a number as it is, anything else
 * as its text, a missing or null field blank. No array is made per row.
 */
class Filler {
  private readonly lastIn: unknown[] = [];
  private readonly lastOut: string[] = [];

  constructor(private readonly list: JsonList) {}

  fill(view: RowView, i: number): void {
    const { keys, items } = this.list;
    if (!keys || i === 0) { this.cells(view, jsonRow(this.list, i)); return; }
    const r = items[i - 1];
    const n = keys.length;
    while (view.start.length < n) view.grow();
    const record = typeof r === 'object' && r !== null && !Array.isArray(r);
    for (let f = 0; f < n; f++) {
      let v = record ? (r as Record<string, unknown>)[keys[f]!] : undefined;
      // Only an object or a function can come from the prototype (`constructor`, `__proto__`): own fields only.
      if (v !== null && (typeof v === 'object' || typeof v === 'function') && !Object.prototype.hasOwnProperty.call(r, keys[f]!)) v = undefined;
      this.set(view, f, v);
    }
    view.n = n;
  }

  private cells(view: RowView, cells: readonly unknown[]): void {
    while (view.start.length < cells.length) view.grow();
    for (let f = 0; f < cells.length; f++) this.set(view, f, cells[f]);
    view.n = cells.length;
  }

  private set(view: RowView, f: number, v: unknown): void {
    view.start[f] = 0;
    view.end[f] = 0;
    if (typeof v === 'number' && Number.isFinite(v)) { view.unq[f] = null; view.num[f] = v; return; }
    view.num[f] = NaN;
    if (typeof v === 'string') {
      if (v !== this.lastIn[f]) { this.lastIn[f] = v; this.lastOut[f] = nfc(v); }
      view.unq[f] = this.lastOut[f]!;
      return;
    }
    const c = toCell(v);
    view.unq[f] = c === null ? '' : String(c);
  }
}

/** Parts between two progress reports (the page's cancel is polled there too). */
const PROGRESS_PARTS = 8;

/**
 * The records of `text` (an array of them) as rows into `body`, after the keys' row when
 * `keysRow` (a file's start; a later part has none); how many records, or null when the scan
 * stopped (rows may have been written: the caller reads the text another way, with a new plan).
 */
export function scanRecords(text: string, keys: readonly string[], body: BodyRows, keysRow: boolean, progress?: Progress): number | null {
  const s = new RecordScanner(text, keys);
  if (!s.open()) return null;
  const view = new RowView();
  view.quoted = true;
  view.typed = true;
  while (view.start.length < keys.length) view.grow();
  if (keysRow) {
    for (let f = 0; f < keys.length; f++) { view.start[f] = 0; view.end[f] = 0; view.unq[f] = nfc(keys[f]!); view.num[f] = NaN; }
    view.n = keys.length;
    body.row(view);
  }
  for (let part = 1; ; part++) {
    const r = scanPart(s, view, body);
    if (r !== READ) return r === END ? s.count : null;
    if (progress && part % PROGRESS_PARTS === 0) progress((0.9 * s.pos) / text.length, 'parse');
  }
}

/** Up to PART records (a function called many times: optimised in the first import, see lists.ts). */
function scanPart(s: RecordScanner, view: RowView, body: BodyRows): number {
  for (let k = 0; k < PART; k++) {
    const r = s.next(view);
    if (r !== READ) return r;
    body.row(view);
  }
  return READ;
}
