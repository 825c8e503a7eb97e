/**
 * Worker ⇄ page messages. The result's table travels as its columns, with the typed arrays'
 * buffers in the transfer list (moved, not copied). Long lists (new units, unit matches, issues,
 * rejected rows) travel first in parts, so no single message takes the page more than a few
 * milliseconds to unpack (one 32,000-object message cost a 50 ms+ main-thread task).
 */
import { ObservationTable, type TableColumns } from '../domain/observations.ts';
import type { Unit } from '../domain/units.ts';
import type { IngestOptions, IngestResult } from './pipeline.ts';

export interface IngestRequest { type: 'ingest'; id: number; bytes: ArrayBuffer; file: string; opts: IngestOptions; units: Unit[] }
export type WireResult = Omit<IngestResult, 'table'> & { columns: TableColumns };
export const LIST_KEYS = ['units', 'unitMatches', 'issues', 'rejected'] as const;
export type ListKey = (typeof LIST_KEYS)[number];
export type WorkerMessage =
  | { type: 'progress'; id: number; fraction: number; phase: string }
  | { type: 'part'; id: number; key: ListKey; items: unknown[] }
  | { type: 'done'; id: number; result: WireResult }
  | { type: 'failed'; id: number; message: string };

/** Items per part message: small enough to unpack in a few ms. */
export const PART_SIZE = 2000;

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

/** Sends a result as parts then 'done'. */
export function postResult(id: number, r: IngestResult, post: (m: WorkerMessage, transfer?: Transferable[]) => void): void {
  const wire = toWire(r);
  const result = { ...wire.result };
  for (const key of LIST_KEYS) {
    const list = result[key] as unknown[];
    if (list.length <= PART_SIZE) continue;
    for (let i = 0; i < list.length; i += PART_SIZE) post({ type: 'part', id, key, items: list.slice(i, i + PART_SIZE) });
    (result as Record<ListKey, unknown[]>)[key] = [];
  }
  post({ type: 'done', id, result }, wire.transfer);
}

/** Page side: collects parts; returns the whole result when 'done' arrives, else null. */
export class ResultCollector {
  private parts = new Map<ListKey, unknown[]>();

  accept(m: Extract<WorkerMessage, { type: 'part' | 'done' }>): IngestResult | null {
    if (m.type === 'part') {
      const list = this.parts.get(m.key) ?? [];
      for (const item of m.items) list.push(item);
      this.parts.set(m.key, list);
      return null;
    }
    const result: Record<string, unknown> = { ...m.result };
    for (const [key, list] of this.parts) result[key] = list;
    this.parts.clear();
    return fromWire(result as WireResult);
  }
}
