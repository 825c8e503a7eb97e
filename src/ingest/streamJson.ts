/**
 * JSON files on the streaming reader: the records (json.ts) go row by row into the same typed
 * columns as CSV rows (streamBody.ts), with no grid of cells; a number stays the number it was.
 * The rows are those json.ts gives the pipeline (the keys' row first), so row numbers, the header,
 * the layout and every check come out as pipeline.ts has them.
 */
import type { Unit } from '../domain/units.ts';
import { decode } from './decode.ts';
import { cellText } from './grid.ts';
import { errorCodesByRow } from './issues.ts';
import { jsonList, jsonRow, jsonRows, nfc, toCell, type JsonList } from './json.ts';
import type { Limits } from './limits.ts';
import { SAMPLE_END } from './pipeline.ts';
import type { IngestOptions, IngestResult, Progress } from './types.ts';
import { RowView } from './streamScan.ts';
import { bail } from './streamDecode.ts';
import { planBody } from './streamPlan.ts';
import { resultOf } from './streamResult.ts';
import type { Scratch } from './scratch.ts';

/** Rows between two progress reports (the page's cancel is polled there too). */
const PROGRESS_ROWS = 1 << 15;

export function readJson(bytes: Uint8Array, file: string, opts: IngestOptions, known: readonly Unit[], limits: Limits, mem: Scratch, progress?: Progress): IngestResult {
  // Each text is made NFC as it is read (json.ts), not the whole file first.
  const d = decode(bytes, opts.encoding, false);
  // Without the name or the user's word, only text that starts and ends as JSON is read as JSON (sheet.ts formatOf).
  const named = opts.format === 'json' || (!opts.format && /\.json$/i.test(file));
  if (!named && !(/^\s*[[{]/.test(d.text.slice(0, 200)) && /[\]}]\s*$/.test(d.text.slice(-200)))) bail('json-like');
  let list: JsonList;
  // Unreadable JSON or too many keys: the pipeline words the problem.
  try { list = jsonList(d.text, limits); } catch { return bail('json'); }
  const n = jsonRows(list);
  const head: string[][] = [];
  for (let i = 0; i < Math.min(n, SAMPLE_END); i++) head.push(jsonRow(list, i).map(cellText));
  const plan = planBody(head, file, [...list.meta.values()], opts, known, limits, mem, n + 64);
  const view = new RowView();
  view.quoted = true;
  view.typed = true;
  const filler = new Filler(list);
  for (let i = 0; i < n; i++) {
    filler.fill(view, i);
    plan.body.row(view);
    if (progress && i % PROGRESS_ROWS === PROGRESS_ROWS - 1) progress(0.9 * (i / n), 'parse');
  }
  return resultOf(plan, {
    format: 'json', encoding: d.encoding, delimiter: null,
    rejected: (rows, issues) => {
      const reasons = errorCodesByRow(issues);
      return [...rows].sort((a, b) => a - b).map((row) => ({ row, cells: row - 1 < n ? jsonRow(list, row - 1).map(cellText) : [], reasons: reasons.get(row) ?? [] }));
    },
  }, file, opts, known, mem, progress);
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
