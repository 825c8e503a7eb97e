/**
 * Node-only (the CLI): a household list read from disk as a stream, in bounded memory — the same
 * reader and aggregator as the worker, fed 4 MB at a time. Files in another encoding than UTF-8
 * and spreadsheets are read whole (they are small in practice). Null when the file is not a list.
 */
import { open, readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import type { Unit } from '../../domain/units.ts';
import type { IngestOptions, IngestResult } from '../pipeline.ts';
import { detectEncoding } from '../decode.ts';
import { HouseholdTextReader } from './reader.ts';
import { ingestHouseholds, resultOf } from './ingest.ts';

const CHUNK = 1 << 22;

export async function readHouseholdFile(path: string, known: readonly Unit[], opts: IngestOptions = {}): Promise<IngestResult | null> {
  const file = basename(path);
  if (/\.json$/i.test(file)) return null;
  let fh;
  try { fh = await open(path, 'r'); } catch { return null; }
  try {
    const buf = new Uint8Array(CHUNK);
    const first = await fh.read(buf, 0, CHUNK, 0);
    const head = buf.subarray(0, first.bytesRead);
    const zip = head.length >= 2 && head[0] === 0x50 && head[1] === 0x4b;
    let end = Math.min(head.length, 1 << 16);
    while (end > 0 && end < head.length && head[end]! >= 0x80) end--;
    if (zip || /\.xlsx?$/i.test(file) || detectEncoding(head.subarray(0, end)) !== 'utf-8') {
      return ingestHouseholds(new Uint8Array(await readFile(path)), file, opts, known);
    }
    const reader = new HouseholdTextReader(file, opts.year ?? null, opts.delimiter);
    const decoder = new TextDecoder('utf-8');
    let n = first.bytesRead;
    let pos = n;
    for (;;) {
      const last = n < CHUNK;
      reader.push(decoder.decode(buf.subarray(0, n), { stream: !last }), last);
      if (reader.notHouseholds) return null;
      if (last) break;
      const r = await fh.read(buf, 0, CHUNK, pos);
      n = r.bytesRead;
      pos += n;
    }
    return reader.agg ? resultOf(reader, file, opts, known, 'csv') : null;
  } catch {
    return null; // the ordinary path reports what it cannot read
  } finally {
    await fh.close();
  }
}

/** The household part of `validate --json`: counts and column names, never a value. */
export function householdJson(r: IngestResult): Record<string, unknown> {
  const s = r.households;
  if (!s) return {};
  return { format: 'households', households: s.households, duplicates: s.duplicates, dropped_columns: s.droppedColumns.map((c) => c.name), units_counted: s.units, years: s.years };
}
