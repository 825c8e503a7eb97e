/**
 * The streaming reader: CSV and TSV files in UTF-8, UTF-16, Windows-1258 or Windows-1252 (JSON:
 * streamJson.ts), long (a unit, year, indicator and value per row) or wide (several value columns,
 * each with its indicator or year from its header), with title rows, one or two header rows and a
 * row of column numbers above the table, total rows ("Tổng cộng") and notes, number cells in any
 * form the pipeline reads (plain ones as digits, others as text: streamValues.ts), rows with
 * errors (rejected and listed: streamRejected.ts), targets (streamAccepted.ts) and the user's
 * choices on the report. It decodes in pieces (streamDecode.ts), scans rows without a string per
 * field (streamScan.ts), writes typed columns as it goes (data rows: streamBody.ts; units, totals,
 * notes: streamRows.ts; the plan from the head: streamPlan.ts), sorts them with a counting sort
 * (streamSort.ts) and makes the result (streamResult.ts). A file of 16 MB or more is read in two
 * parts at once, the later by a helper worker (streamSplit.ts, streamMerge.ts). Same signature and same result as
 * `ingest` in pipeline.ts: the header, layout, unit matching, number styles and checks are the
 * pipeline's own functions. What it does not cover (a workbook, unreadable JSON, a file with
 * nothing accepted, a quote the scanner does not read as Papaparse would, and whatever the
 * pipeline reports as fatal: a limit, no header, no layout) goes to `ingest`; `lastFallback` says why.
 */
import type { Unit } from '../domain/units.ts';
import { detectDelimiter, isDelimiter } from './papa.ts';
import { ingest, SAMPLE_END } from './pipeline.ts';
import type { IngestOptions, IngestResult, Progress } from './types.ts';
import { type RowView, scanRows, BAD } from './streamScan.ts';
import { readPieces } from './streamPieces.ts';
import { patience, splitPoint, within, type LaterReader } from './streamSplit.ts';
import { lastSplit, mergeLater } from './streamMerge.ts';
import { checkSize, limitsOf } from './limits.ts';
import { bail, ChunkReader, eligible, Fallback, hasLines, viewOf } from './streamDecode.ts';
import { encodingOf } from './decode.ts';
import { Scratch } from './scratch.ts';
import { rejectedOf } from './streamRejected.ts';
import { planBody } from './streamPlan.ts';
import { resultOf } from './streamResult.ts';
import { readJson } from './streamJson.ts';

/**
 * Bytes per decode step (tests make them small to cut letters and marks apart). Windows-1258 is
 * decoded `piece` bytes at a time: the platform's decoder and the scan over its string were
 * ~2× faster on many strings of 32K characters than on one of 4M (Node 20 and Chromium alike; a
 * string of more than 64K characters is a large object).
 */
export const tuning = { head: 1 << 16, chunk: 1 << 22, piece: 1 << 15 };

/** Reads a large file's later part in a helper worker (worker.ts sets it); none: one reader. */
let laterReader: LaterReader | null = null;
export function setLaterReader(f: LaterReader | null): void { laterReader = f; }

/** Why the last call fell back to the full pipeline ('' when the fast path produced the result). */
export let lastFallback = '';

export async function ingestFast(bytes: Uint8Array, file: string, opts: IngestOptions, known: readonly Unit[], progress?: Progress): Promise<IngestResult> {
  // The working arrays: freed for the next import whether this one ends here or in the pipeline.
  const mem = new Scratch();
  try {
    lastFallback = '';
    lastSplit.parts = 1;
    return await fast(bytes, file, opts, known, mem, progress);
  } catch (e) {
    if (!(e instanceof Fallback)) throw e;
    lastFallback = e.message;
    return ingest(bytes, file, opts, known, progress);
  } finally {
    mem.release();
  }
}

/** `mem`: where the working arrays come from (none of them reaches the result). */
async function fast(bytes: Uint8Array, file: string, opts: IngestOptions, known: readonly Unit[], mem: Scratch, progress?: Progress): Promise<IngestResult> {
  progress?.(0, 'read');
  const kind = eligible(bytes, file, opts);
  // Over a limit: the pipeline reports it (a fatal problem naming the limit).
  const limits = limitsOf(opts.limits);
  try { checkSize(bytes.length, limits); } catch { bail('limit'); }
  if (kind === 'json') return readJson(bytes, file, opts, known, limits, mem, progress, laterReader);
  const reader = new ChunkReader(bytes, opts.encoding ?? encodingOf(bytes, 1 << 16));
  // Head: enough rows for the delimiter and the header search (as the pipeline: first 40 rows).
  let text = reader.next(tuning.head);
  while (!reader.done && !hasLines(text, SAMPLE_END)) text = reader.next(tuning.chunk, text);
  // A file that looks like JSON (pipeline.ts reads it so whatever its name).
  if (/^\s*[[{]/.test(text.slice(0, 200))) return readJson(bytes, file, opts, known, limits, mem, progress, laterReader);
  const delimiter = opts.delimiter ?? detectDelimiter(text);
  if (!isDelimiter(delimiter)) bail('delimiter');
  const delim = delimiter.charCodeAt(0);
  const view = viewOf(reader);
  const head: string[][] = [];
  let headChars = 0;
  const at = scanRows(text, delim, reader.done, view, (r) => { head.push(Array.from({ length: r.n }, (_, i) => r.field(i))); headChars = r.end[r.n - 1]!; return head.length < SAMPLE_END; });
  if ((at === BAD && head.length < SAMPLE_END) || (at !== BAD && !reader.done)) bail('scan');
  // Sized for the rows the file's head suggests (growing by copies cost more than the parse of a small file).
  const capOf = (size: number) => Math.ceil((1.1 * size) / Math.max(8, headChars / Math.max(1, head.length))) + 64;
  const rowCap = capOf(bytes.length);
  const plan = planBody(head, file, [], opts, known, limits, mem, rowCap);
  const { body } = plan;
  const onRow = (r: RowView) => body.row(r);

  // A large file's later part goes to the helper, read while this reader reads the first.
  const helper = laterReader;
  const cut = helper ? splitPoint(bytes, reader.encoding, reader.pos) : -1;
  const later = helper && cut > 0 ? helper.read({ head, file, opts, known, encoding: reader.encoding, delimiter, json: null, bytes: copyOf(bytes.subarray(cut), mem), rowCap: capOf(bytes.length - cut), steps: tuning }) : null;
  if (later) reader.limit(cut);
  // Body: decode and scan piece by piece, carrying the unfinished row.
  const t0 = performance.now();
  // The two parts are read together: the first part's share is the whole bar.
  let carry = readPieces(reader, text, delim, view, onRow, tuning, !later, progress, later ? cut : bytes.length);
  if (later) {
    const got = carry ? null : await within(later, patience(performance.now() - t0));
    if (got && 'part' in got) { mergeLater(plan, got.part); helper?.taken(got.part); }
    else {
      // The cut was inside a quoted cell, or the helper stopped: this reader reads the rest.
      reader.limit(bytes.length);
      carry = readPieces(reader, carry, delim, view, onRow, tuning, true, progress, bytes.length);
    }
  }
  if (carry) bail('unfinished row');
  const format = delimiter === '\t' || (opts.format ?? (/\.tsv$/i.test(file) ? 'tsv' : 'csv')) === 'tsv' ? 'tsv' : 'csv';
  return resultOf(plan, {
    format, encoding: reader.encoding, delimiter,
    rejected: (rows, issues) => rejectedOf(rows, issues, bytes, reader.encoding, delim),
  }, file, opts, known, mem, progress);
}

/** A copy of `b` in this import's working memory (moved to the helper, and back: laterHelper.ts). */
function copyOf(b: Uint8Array, mem: Scratch): Uint8Array {
  const c = mem.u8(b.length);
  c.set(b);
  return c;
}
