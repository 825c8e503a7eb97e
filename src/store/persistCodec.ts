/** Dataset ⇄ a structured-cloneable record for IndexedDB (UnitRegistry → array, table → columns). */
import { fromPlain, toPlain, type Dataset, type PlainDataset } from '../domain/dataset.ts';
import type { TableColumns } from '../domain/observations.ts';

export const SCHEMA = 1;

export interface StoredDataset {
  schema: number;
  label: string;
  at: string;
  dataset: PlainDataset;
}

export function encodeDataset(ds: Dataset, label: string, at: string): StoredDataset {
  return { schema: SCHEMA, label, at, dataset: toPlain(ds) };
}

/** Same length everywhere and every index inside its dictionary: a table the views can read. */
function columnsConsistent(c: TableColumns): boolean {
  if (![c.units, c.indicators, c.provenances].every(Array.isArray)) return false;
  const n = c.unit.length;
  if (![c.indicator, c.year, c.value, c.prov, c.row].every((a) => a.length === n)) return false;
  for (let i = 0; i < n; i++) {
    if (c.unit[i]! >= c.units.length || c.indicator[i]! >= c.indicators.length || c.prov[i]! >= c.provenances.length) return false;
  }
  return true;
}

export type Readable = { ok: true; record: StoredDataset; migrated: boolean } | { ok: false; reason: 'newer' | 'corrupt' };

const isObj = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * A stored value as it came out of IndexedDB → a current record, migrating older schemas.
 * Schema 0 (before the `schema` field existed) had the same dataset shape: it gains the field.
 * A record written by a newer version of the app is left alone ('newer'); anything else that
 * does not have the expected shape is 'corrupt' (the caller quarantines it, never deletes it).
 */
export function readStored(raw: unknown): Readable {
  if (!isObj(raw)) return { ok: false, reason: 'corrupt' };
  const schema = raw.schema === undefined ? 0 : raw.schema;
  if (typeof schema !== 'number') return { ok: false, reason: 'corrupt' };
  if (schema > SCHEMA) return { ok: false, reason: 'newer' };
  const ds = raw.dataset;
  const cols = isObj(ds) ? ds.columns : null;
  const arrays = ['unit', 'indicator', 'year', 'value', 'prov', 'row'];
  if (!isObj(ds) || !Array.isArray(ds.units) || !isObj(cols) || !arrays.every((k) => ArrayBuffer.isView(cols[k]))) return { ok: false, reason: 'corrupt' };
  if (!columnsConsistent(cols as unknown as TableColumns)) return { ok: false, reason: 'corrupt' };
  const record = { ...raw, schema: SCHEMA, label: typeof raw.label === 'string' ? raw.label : '', at: typeof raw.at === 'string' ? raw.at : new Date(0).toISOString() } as StoredDataset;
  try {
    decodeDataset(record);
  } catch {
    return { ok: false, reason: 'corrupt' };
  }
  return { ok: true, record, migrated: schema !== SCHEMA };
}

export function decodeDataset(s: StoredDataset): { dataset: Dataset; label: string; at: string } {
  if (!s || s.schema !== SCHEMA || !s.dataset?.columns) throw new Error('unknown stored schema');
  return { dataset: fromPlain(s.dataset), label: s.label, at: s.at };
}
