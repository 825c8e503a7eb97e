/**
 * A large file read by two workers at once: the import worker reads the first part, a helper
 * worker the rest (streamLater.ts), and the first reader takes the later part's rows in as if it
 * had read them itself (streamMerge.ts). Each part is about half the bytes, cut at a line's end
 * (text) or between two records (a JSON array); when the cut turns out to be inside a quoted cell
 * or a text, the later part's work is dropped and one reader reads the file. The helper is where
 * the second core goes: the bare parse the benchmark compares with uses one. Here: the messages,
 * the cut and the part's shape.
 */
import type { Unit } from '../domain/units.ts';
import type { Encoding } from './decode.ts';
import type { IngestOptions } from './types.ts';
import type { Steps } from './streamPieces.ts';
import type { TextRow, AddedUnit } from './streamRows.ts';
import type { CellsState } from './streamValues.ts';
import type { Plan } from './streamPlan.ts';

/** What the helper needs to read a later part: the plan's inputs (the file's head) and the part's bytes. */
export interface LaterRequest {
  head: string[][];
  file: string;
  opts: IngestOptions;
  known: readonly Unit[];
  encoding: Encoding;
  /** CSV text (its delimiter), or a JSON array of records read with the first part's keys. */
  delimiter: string;
  json: { keys: string[]; context: string[] } | null;
  /** The later part's bytes (a copy the helper may keep: moved to it, and back with its answer). */
  bytes: Uint8Array;
  rowCap: number;
  steps: Steps;
}

/**
 * A later part as its reader left it, numbered from its own first row: data rows, values and
 * cells as streamBody.ts writes them, units in the order met (resolved again by the first reader),
 * indicator cells and indicators by the reader's own indices.
 */
export interface LaterPart {
  fileRows: number;
  nRows: number;
  rFile: Int32Array; rSeen: Int32Array; rLabel: Int32Array;
  vInd: Int32Array; vYear: Float64Array;
  units: AddedUnit[];
  /** Each unit's rows after its first. */
  hits: Int32Array;
  slotKeys: string[]; labels: string[]; inds: string[];
  totals: [number, TextRow][]; unitless: [number, TextRow][];
  yearTexts: [number, string][]; missingRaw: [number, string][]; unknownInd: number[];
  notes: { row: number; text: string }[]; pending: TextRow[];
  cells: CellsState;
}

/** The later part's answer: its rows, or why its reader stopped (the first reader then reads on). */
export type LaterResult = { part: LaterPart } | { stopped: string };

/**
 * Reads a later part (in the helper worker); `taken` gives the part's arrays back once their rows
 * are in the first reader's (their buffers then serve the helper's next part: fresh memory is slow).
 */
export interface LaterReader {
  read(req: LaterRequest): Promise<LaterResult>;
  taken(part: LaterPart): void;
}

/**
 * Files of at least `min` bytes are cut, at the first line's end (or record) after `at` of their
 * bytes. Below it the helper's share is too small to pay for what the second worker costs: its
 * own compiling in the first imports, the part's units found again, the messages (a 5 MB
 * Windows-1258 file was no faster read in two parts, and slower in its first imports).
 */
export const splitting = { min: 16 << 20, at: 0.5 };

/** Encodings whose byte 10 is always a line feed (not UTF-16). */
const BYTE_LINES = new Set<Encoding>(['utf-8', 'windows-1258', 'windows-1252']);

/** Where the later part starts (after a line feed, at or after byte `from`), or -1 for no cut. */
export function splitPoint(bytes: Uint8Array, encoding: Encoding, from: number): number {
  if (bytes.length < splitting.min || !BYTE_LINES.has(encoding)) return -1;
  const lf = bytes.indexOf(10, Math.max(from, Math.floor(bytes.length * splitting.at)));
  return lf < 0 || lf + 1 >= bytes.length ? -1 : lf + 1;
}

/** The later part's rows as its reader left them (a plan read with `later`: streamPlan.ts). */
export function partOf(plan: Plan): LaterPart {
  const { body, memo, inds } = plan;
  const n = body.numbers.n, rows = body.nRows;
  return {
    fileRows: body.fileRows, nRows: rows,
    rFile: body.rFile.subarray(0, rows), rSeen: body.rSeen.subarray(0, rows), rLabel: body.rLabel.subarray(0, rows),
    vInd: body.vInd.subarray(0, n), vYear: body.vYear.subarray(0, n),
    units: memo.log ?? [], hits: Int32Array.from(memo.all, (s) => s.hits),
    slotKeys: body.slots.keys(), labels: body.slots.labels, inds: inds.ids,
    totals: [...body.totals], unitless: [...body.unitless], yearTexts: [...body.yearTexts], missingRaw: [...body.missingRaw],
    unknownInd: [...body.unknownInd], notes: body.notes, pending: body.pending, cells: body.numbers.state(),
  };
}

/**
 * Where a JSON array of records may be cut: the ',' between two records after `at` of the bytes
 * (`end`) and the '{' of the next (`start`); null when none is near. The first part is read as
 * its bytes and ']', the later as '[' and its bytes: a cut inside a text or a nested list leaves
 * one of them unreadable, and the file is then read whole.
 */
export function jsonCut(bytes: Uint8Array): { end: number; start: number } | null {
  if (bytes.length < splitting.min) return null;
  let i = 0;
  while (i < bytes.length && isSpace(bytes[i]!)) i++;
  return bytes[i] === 0x5b ? nextRecord(bytes, Math.floor(bytes.length * splitting.at), i) : null;
}

/** The first ',' and '{' between two records after byte `from` (`first`: the array's '['), within 64 tries. */
export function nextRecord(bytes: Uint8Array, from: number, first = 0): { end: number; start: number } | null {
  let k = from;
  for (let tries = 0; tries < 64; tries++) {
    k = bytes.indexOf(0x7b, k + 1);
    if (k < 0) return null;
    let j = k - 1;
    while (j > first && isSpace(bytes[j]!)) j--;
    if (bytes[j] !== 0x2c) continue;
    let m = j - 1;
    while (m > first && isSpace(bytes[m]!)) m--;
    if (bytes[m] === 0x7d) return { end: j, start: k };
  }
  return null;
}

const isSpace = (b: number) => b === 0x20 || b === 0x0a || b === 0x0d || b === 0x09;

/** The buffers a later part's arrays are views of (moved, not copied, to the first reader). */
export function partBuffers(p: LaterPart): ArrayBuffer[] {
  const arrays = [p.rFile, p.rSeen, p.rLabel, p.vInd, p.vYear, p.hits, p.cells.digits, p.cells.frac, p.cells.sep, p.cells.group, p.cells.slot, p.cells.votes, p.cells.seen];
  return [...new Set(arrays.map((a) => a.buffer as ArrayBuffer))];
}

/**
 * The later part's answer, or `{ stopped }` when it has not come `ms` after the first part was
 * read (a helper that died without a word): the first reader then reads on, and the import ends.
 */
export function within(answer: Promise<LaterResult>, ms: number): Promise<LaterResult> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const late = new Promise<LaterResult>((resolve) => { timer = setTimeout(() => resolve({ stopped: 'no answer' }), ms); });
  return Promise.race([answer, late]).finally(() => clearTimeout(timer));
}

/** How long to wait for the later part once the first is read: the first part's own time many times over, and never less than 10 s. */
export const patience = (firstMs: number) => Math.max(10_000, 8 * firstMs);
