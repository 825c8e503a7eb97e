/**
 * Stored values as they come out of IndexedDB → checked, current records (schemas.ts), migrating
 * older schemas. Loaded lazily with zod. Nothing here writes: the caller quarantines what fails.
 */
import { decodeDataset, SCHEMA, type StoredDataset } from './persistCodec.ts';
import { importRecordSchema, mappingsSchema, pointerSchema, storedDatasetSchema } from './schemas.ts';
import type { ImportRecord } from './importStore.ts';

export type Readable = { ok: true; record: StoredDataset; migrated: boolean } | { ok: false; reason: 'newer' | 'corrupt'; detail?: string };

const isObj = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * Schema 0 (before the `schema` field existed) had the same dataset shape: it gains the field.
 * A record written by a newer version of the app is left alone ('newer'); anything else that
 * does not have the expected shape is 'corrupt'.
 */
export function readStored(raw: unknown): Readable {
  if (!isObj(raw)) return { ok: false, reason: 'corrupt', detail: 'not an object' };
  const schema = raw.schema === undefined ? 0 : raw.schema;
  if (typeof schema !== 'number') return { ok: false, reason: 'corrupt', detail: 'schema' };
  if (schema > SCHEMA) return { ok: false, reason: 'newer' };
  const parsed = storedDatasetSchema.safeParse({ ...raw, schema: SCHEMA });
  if (!parsed.success) return { ok: false, reason: 'corrupt', detail: parsed.error.issues[0]?.path.join('.') };
  const record = parsed.data as unknown as StoredDataset;
  try {
    decodeDataset(record);
  } catch (e) {
    return { ok: false, reason: 'corrupt', detail: String(e) };
  }
  return { ok: true, record, migrated: schema !== SCHEMA };
}

export interface Pointer { current: string; past: string[]; version: number }

export function readPointer(raw: unknown): Pointer | null {
  const p = pointerSchema.safeParse(raw);
  return p.success ? { current: p.data.current, past: p.data.past, version: p.data.version } : null;
}

/** The readable entries of a stored history; `damaged` when any entry (or the whole) failed. */
export function readHistory(raw: unknown): { history: ImportRecord[]; damaged: boolean } {
  if (raw === undefined) return { history: [], damaged: false };
  if (!Array.isArray(raw)) return { history: [], damaged: true };
  const history: ImportRecord[] = [];
  for (const r of raw) {
    const p = importRecordSchema.safeParse(r);
    if (p.success) history.push(p.data as ImportRecord);
  }
  return { history, damaged: history.length !== raw.length };
}

export function readMappings(raw: unknown): { mappings: Map<string, string[]>; damaged: boolean } {
  if (raw === undefined) return { mappings: new Map(), damaged: false };
  const p = mappingsSchema.safeParse(raw);
  return p.success ? { mappings: p.data, damaged: false } : { mappings: new Map(), damaged: true };
}
