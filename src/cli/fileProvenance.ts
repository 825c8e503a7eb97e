/**
 * The provenance a tidy file states in its own `status` column (published / expected /
 * illustrative; the project's own files have one), applied to the imported table by
 * (unit, indicator, year). Files without the column keep `imported`.
 */
import { readFile } from 'node:fs/promises';
import { detectDelimiter, parseRows } from '../ingest/papa.ts';
import { parseProvenanceStatus } from '../domain/provenance.ts';
import type { ObservationTable } from '../domain/observations.ts';
import { TableBuilder } from '../domain/tableBuilder.ts';

export async function withFileProvenance(table: ObservationTable, path: string): Promise<ObservationTable> {
  if (!/\.csv$/i.test(path)) return table;
  const text = (await readFile(path, 'utf8')).replace(/^\uFEFF/, '');
  const [head, ...rows] = parseRows(text, detectDelimiter(text));
  const col = (name: string) => head?.indexOf(name) ?? -1;
  const [u, y, ind, st, note, src] = ['unit_code', 'year', 'indicator', 'status', 'note', 'source'].map(col) as [number, number, number, number, number, number];
  if (u < 0 || y < 0 || ind < 0 || st < 0) return table;
  const kinds = new Map<string, { kind: ReturnType<typeof parseProvenanceStatus>; note?: string; source?: string }>();
  for (const r of rows) {
    const k = parseProvenanceStatus(r[st]);
    const n = note >= 0 ? r[note] : undefined;
    const s = src >= 0 ? r[src] : undefined;
    if (k) kinds.set(`${r[u]}\u0001${r[ind]}\u0001${r[y]}`, { kind: k, ...(n ? { note: n } : {}), ...(s ? { source: s } : {}) });
  }
  if (!kinds.size) return table;
  const b = new TableBuilder(table.size);
  for (const o of table.records()) {
    const f = kinds.get(`${o.unit}\u0001${o.indicator}\u0001${o.year}`);
    b.add(o.unit, o.indicator, o.year, o.value, f?.kind ? { ...o.provenance, ...f.kind, ...(f.note ? { note: f.note } : {}), ...(f.source ? { source: f.source } : {}) } : o.provenance, o.row);
  }
  return b.build();
}
