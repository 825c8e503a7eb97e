/** Dataset ⇄ a structured-cloneable record for IndexedDB (UnitRegistry → array, table → columns). */
import { fromPlain, toPlain, type Dataset, type PlainDataset } from '../domain/dataset.ts';

export const SCHEMA = 1;

export interface StoredDataset {
  schema: number;
  label: string;
  at: string;
  dataset: PlainDataset;
}

export function encodeDataset(ds: Dataset, label: string, at: string): StoredDataset {
  return { ...encodeHead(label, at), dataset: toPlain(ds) };
}

/** A record's fields besides the dataset (the import worker adds `dataset` itself: staged.ts). */
export function encodeHead(label: string, at: string): Omit<StoredDataset, 'dataset'> {
  return { schema: SCHEMA, label, at };
}

/** Trusts the record: validate it first (validate.ts `readStored`). */
export function decodeDataset(s: StoredDataset): { dataset: Dataset; label: string; at: string } {
  if (!s || s.schema !== SCHEMA || !s.dataset?.columns) throw new Error('unknown stored schema');
  return { dataset: fromPlain(s.dataset), label: s.label, at: s.at };
}
