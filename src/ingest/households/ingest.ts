/**
 * The one entry the import uses: a household review list is recognised from its header and
 * aggregated here (in the worker), and the unit totals then go through the ordinary pipeline
 * (`ingest`), so unit resolution, checks, the diff and the apply are the pipeline's own.
 * Returns null for any file that is not a household list.
 */
import { ingest, type IngestOptions, type IngestResult, type Progress } from '../pipeline.ts';
import type { Unit } from '../../domain/units.ts';
import { decode, encodingOf } from '../decode.ts';
import { readSheet } from '../sheet.ts';
import { cellText } from '../grid.ts';
import { HouseholdTextReader, readGrid } from './reader.ts';
import { summarise, tidyTotals, totalsCsv, type HouseholdSummary } from './summary.ts';

const CHUNK = 1 << 22;
const HEAD = 1 << 16;

function isSpreadsheet(bytes: Uint8Array, file: string): boolean {
  return /\.(xlsx|xls)$/i.test(file) || (bytes.length >= 4 && bytes[0] === 0x50 && bytes[1] === 0x4b);
}

/** Reads the whole list (or returns null as soon as its head shows it is not one). */
export async function readHouseholds(bytes: Uint8Array, file: string, opts: IngestOptions, progress?: Progress): Promise<HouseholdTextReader | null> {
  if (/\.json$/i.test(file)) return null;
  if (isSpreadsheet(bytes, file)) {
    const sheet = await readSheet(bytes, file, opts);
    const reader = readGrid(sheet.grid, (r) => r.map(cellText), file, opts.year ?? null);
    return reader.head ? reader : null;
  }
  // As the ordinary reader decides it (the answer is kept for it).
  const enc = opts.encoding ?? encodingOf(bytes, HEAD);
  const reader = new HouseholdTextReader(file, opts.year ?? null, opts.delimiter);
  if (enc !== 'utf-8') {
    // Decide from the head first: a legacy-encoded data file is not decoded whole only to be refused.
    if (bytes.length > HEAD) {
      const probe = new HouseholdTextReader(file, opts.year ?? null, opts.delimiter);
      probe.push(decode(bytes.subarray(0, HEAD), enc).text, false);
      if (probe.notHouseholds) return null;
    }
    reader.push(decode(bytes, enc).text, true);
    return reader.head ? reader : null;
  }
  const decoder = new TextDecoder('utf-8');
  for (let pos = 0; pos < bytes.length || pos === 0; pos += CHUNK) {
    const to = Math.min(bytes.length, pos + CHUNK);
    const last = to >= bytes.length;
    // No NFC pass over the whole text (≈ 40% of decoding time): names are normalised once per unit.
    reader.push(decoder.decode(bytes.subarray(pos, to), { stream: !last }), last);
    if (reader.notHouseholds) return null;
    progress?.(0.7 * (to / Math.max(1, bytes.length)), 'parse');
    if (last) break;
  }
  return reader.head ? reader : null;
}

export async function ingestHouseholds(bytes: Uint8Array, file: string, opts: IngestOptions, known: readonly Unit[], progress?: Progress): Promise<IngestResult | null> {
  let reader: HouseholdTextReader | null;
  try {
    reader = await readHouseholds(bytes, file, opts, progress);
  } catch {
    return null; // the ordinary pipeline reports what it cannot read
  }
  if (!reader?.agg) return null;
  return resultOf(reader, file, opts, known, isSpreadsheet(bytes, file) ? 'xlsx' : 'csv');
}

/** The pipeline's result for an aggregated list (shared with the CLI's streaming reader). */
export async function resultOf(reader: HouseholdTextReader, file: string, opts: IngestOptions, known: readonly Unit[], format: 'csv' | 'xlsx'): Promise<IngestResult> {
  const summary = summarise(reader);
  const totals = tidyTotals(reader);
  const csv = new TextEncoder().encode(totalsCsv(totals));
  const res = await ingest(csv, file, { unitChoices: opts.unitChoices, unmatched: opts.unmatched, mapping: opts.mapping, year: summary.years.length ? undefined : opts.year }, known);
  return withSummary(res, summary, format, file);
}

function withSummary(res: IngestResult, summary: HouseholdSummary, format: 'csv' | 'xlsx', file: string): IngestResult {
  if (summary.households === 0 && !res.fatal) res.fatal = { code: 'no_values', message: 'no_values', params: { file } };
  // Rows of the aggregated table mean nothing to the user: problems name the unit, not a row.
  return {
    ...res,
    issues: res.issues.map((i) => ({ ...i, row: 0, ...(i.items ? { items: { ...i.items, row: i.items.row.map(() => 0) } } : {}) })),
    rejected: res.rejected.map((r) => ({ ...r, row: 0 })),
    // A unit's first row too: problems found later (invisible characters in its name, names.ts) take it.
    unitMatches: res.unitMatches.map((m) => ({ ...m, firstRow: 0 })),
    format,
    titleRows: summary.titleRows,
    dataRows: summary.rows,
    households: summary,
  };
}
