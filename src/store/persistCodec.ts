/** Dataset ⇄ a structured-cloneable record for IndexedDB (UnitRegistry → array, table → columns). */
import type { Dataset } from '../domain/dataset.ts';
import { ObservationTable, type TableColumns } from '../domain/observations.ts';
import { UnitRegistry, type Unit } from '../domain/units.ts';

export const SCHEMA = 1;

export interface StoredDataset {
  schema: number;
  label: string;
  at: string;
  dataset: Omit<Dataset, 'units' | 'table'> & { units: Unit[]; columns: TableColumns };
}

export function encodeDataset(ds: Dataset, label: string, at: string): StoredDataset {
  const { units, table, ...rest } = ds;
  return { schema: SCHEMA, label, at, dataset: { ...rest, units: units.all(), columns: table.toColumns() } };
}

export function decodeDataset(s: StoredDataset): { dataset: Dataset; label: string; at: string } {
  if (!s || s.schema !== SCHEMA || !s.dataset?.columns) throw new Error('unknown stored schema');
  const { units, columns, ...rest } = s.dataset;
  return { dataset: { ...rest, units: new UnitRegistry(units), table: ObservationTable.fromColumns(columns) }, label: s.label, at: s.at };
}
