/**
 * JSON files on the streaming reader: the records (json.ts) go row by row into the same typed
 * columns as CSV rows (streamBody.ts), with no grid of cells; a number stays the number it was.
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
import { bail } from './streamDecode.ts';
import { planBody, type Plan } from './streamPlan.ts';
import { resultOf, type Source } from './streamResult.ts';
import { jsonCut, nextRecord, partOf, patience, within, type LaterReader, type LaterResult } from './streamSplit.ts';
import { mergeLater } from './streamMerge.ts';
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
  let list: JsonList;
  // Unreadable JSON or too many keys: the pipeline words the problem.
  try { list = jsonList(d.text, limits); } catch { return bail('json'); }
  const n = jsonRows(list);
  const plan = planBody(headOf(list), file, [...list.meta.values()], opts, known, limits, mem, n + 64);
  readRows(list, 0, n, plan.body, progress);
  return resultOf(plan, source(d.encoding, (row) => (row - 1 < n ? jsonRow(list, row - 1).map(cellText) : [])), file, opts, known, mem, progress);
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
  const pending = later.read({ head, file, opts, known, encoding: 'utf-8', delimiter: '', json: { keys, context: [] }, bytes: part, rowCap: Math.ceil((1.1 * first.items.length * (bytes.length - cut.start)) / first.end) + 64, steps: { chunk: 0, piece: 0 } });
  // The first part as an array of its own: its last ',' read as ']' (put back at once; the bytes
  // are this import's). Text and ']' joined would be copied whole again by JSON.parse.
  bytes[cut.end] = 0x5d;
  let d: ReturnType<typeof decode>;
  try { d = decode(bytes.subarray(0, cut.end + 1), undefined, false); } finally { bytes[cut.end] = 0x2c; }
  if (d.encoding !== 'utf-8') return null;
  let list: JsonList;
  try { list = jsonList(d.text, limits); } catch { return null; }
  if (!list.keys || list.keys.length !== keys.length || list.keys.some((k, i) => k !== keys[i])) return null;
  const n = jsonRows(list);
  const plan = planBody(head, file, [], opts, known, limits, mem, Math.ceil((n * bytes.length) / cut.end) + 64);
  readRows(list, 0, n, plan.body, progress);
  const got = await within(pending, patience(performance.now() - t0));
  if (!('part' in got)) return null;
  mergeLater(plan, got.part);
  later.taken(got.part);
  // A rejected row of the later part: its records are read again (only then).
  let rest: JsonList | null = null;
  const cells = (row: number) => {
    if (row - 1 < n) return jsonRow(list, row - 1).map(cellText);
    rest ??= { ...jsonList(`[${decode(bytes.subarray(cut.start), 'utf-8', false).text}`, limits), keys };
    return row - n <= rest.items.length ? jsonRow(rest, row - n).map(cellText) : [];
  };
  return resultOf(plan, source('utf-8', cells), file, opts, known, mem, progress);
}

/** The file's first records (enough for the head: pipeline.ts's first rows), read on their own; null when they cannot be. */
function headRecords(bytes: Uint8Array, limits: Limits): (JsonList & { end: number }) | null {
  let at: { end: number; start: number } | null = { end: 0, start: bytes.indexOf(0x5b) };
  for (let k = 0; k < SAMPLE_END && at; k++) at = nextRecord(bytes, at.start, 0);
  if (!at) return null;
  try {
    const d = decode(bytes.subarray(0, at.end), undefined, false);
    return d.encoding === 'utf-8' ? { ...jsonList(`${d.text}]`, limits), end: at.end } : null;
  } catch {
    return null;
  }
}

/** The helper's side: the later part's records ('[' and its bytes), read with the first part's keys. */
export function readJsonLater(bytes: Uint8Array, keys: string[], plan: Plan, limits: Limits): LaterResult {
  let list: JsonList;
  try { list = jsonList(new TextDecoder('utf-8', { fatal: true }).decode(bytes), limits); } catch { return { stopped: 'json' }; }
  // A key the first part's records lack would be a column of the whole file's header.
  const known = new Set(keys);
  if (!list.keys || list.keys.some((k) => !known.has(k))) return { stopped: 'keys' };
  // Row 0 is the keys' row, which this part has not.
  readRows({ ...list, keys }, 1, list.items.length + 1, plan.body);
  return { part: partOf(plan) };
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
