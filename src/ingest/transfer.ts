/**
 * Worker ⇄ page messages. The result's table travels as its columns, with the typed arrays'
 * buffers in the transfer list (moved, not copied).
 */
import { ObservationTable, type TableColumns } from '../domain/observations.ts';
import type { Unit } from '../domain/units.ts';
import type { IngestOptions, IngestResult } from './pipeline.ts';

export interface IngestRequest { type: 'ingest'; id: number; bytes: ArrayBuffer; file: string; opts: IngestOptions; units: Unit[] }
export type WireResult = Omit<IngestResult, 'table'> & { columns: TableColumns };
export type WorkerMessage =
  | { type: 'progress'; id: number; fraction: number; phase: string }
  | { type: 'done'; id: number; result: WireResult }
  | { type: 'failed'; id: number; message: string };

export function toWire(r: IngestResult): { result: WireResult; transfer: ArrayBuffer[] } {
  const { table, ...rest } = r;
  const columns = table.toColumns();
  const transfer = [columns.unit, columns.indicator, columns.year, columns.value, columns.prov, columns.row].map((a) => a.buffer as ArrayBuffer);
  return { result: { ...rest, columns }, transfer };
}

export function fromWire(w: WireResult): IngestResult {
  const { columns, ...rest } = w;
  return { ...rest, table: ObservationTable.fromColumns(columns) };
}
