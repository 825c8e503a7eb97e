/**
 * Worker ⇄ page messages. The applied dataset's table travels as its columns, with the typed
 * arrays' buffers in the transfer list (moved, not copied); an import's own table stays in the
 * worker until the apply, and the page gets its summary (types.ts `TableSummary`). Long lists
 * (new units, unit matches, issues, rejected rows) travel first in parts, so no single message
 * takes the page more than a few milliseconds to unpack (one 32,000-object message cost a 50 ms+
 * main-thread task).
 *
 * A worker serves one import at a time (kept for the next one, runImport.ts): it ingests, diffs against the page's data, then waits; on
 * 'apply' it builds the new dataset (merge or replace, derived rates, sums to the root), which
 * with a national file is a second or more of work the page no longer does.
 */
import { ObservationTable, type TableColumns, type TableIndex } from '../domain/observations.ts';
import type { Pool } from '../domain/pooled.ts';
import { type MergeMode } from '../domain/tableBuilder.ts';
import type { Dataset, PlainDataset } from '../domain/dataset.ts';
import type { Unit } from '../domain/units.ts';
import type { IngestOptions, IngestResult } from './pipeline.ts';
import type { ImportReport, TableSummary } from './types.ts';
import type { ImportDiff } from './apply.ts';
import type { StoreTarget } from './workerStore.ts';
import { PART_SIZE, UNIT_NESTED, decodeCol, encodeCol, pack, unpack, type Col, type Packed } from './packList.ts';
import type { Issue, IssueItems } from './issues.ts';
import type { BasePart } from './baseParts.ts';

/**
 * `base` is the page's current dataset: its units are the known ones, and the diff and apply are
 * against it (unless a newer one is sent). null: the one sent just before in 'base' parts (baseParts.ts).
 */
export type WorkerRequest =
  // `bytes`: the file itself (a Blob is cloned without copying its contents; the worker reads it) or its bytes.
  | { type: 'ingest'; id: number; bytes: ArrayBuffer | Blob; file: string; opts: IngestOptions; base: PlainDataset | null }
  | { type: 'diff'; id: number; base: PlainDataset | null }
  /** `store`: where the worker also writes the applied dataset (workerStore.ts); answered by 'stored' after 'applied'. */
  | { type: 'apply'; id: number; mode: MergeMode; base?: PlainDataset | null; store?: StoreTarget }
  /** A part of a large dataset on its way (no reply). */
  | { type: 'base'; id: number; part: BasePart };
/** The report sent to the page: the table only as its summary (the worker keeps the rows for the apply). */
export type WireResult = Omit<ImportReport, 'issues'> & { issues: WireIssue[] };
/** An issue as sent: a grouped one's item columns coded as packList.ts codes a list's (one column is most often one text 10,000 times). */
export type WireIssue = Omit<Issue, 'items'> & { items?: Record<keyof IssueItems, Col> };
export const LIST_KEYS = ['units', 'unitMatches', 'issues', 'rejected'] as const;
export type ListKey = (typeof LIST_KEYS)[number];
export type WorkerMessage =
  | { type: 'progress'; id: number; fraction: number; phase: string }
  /** A piece of a long list, as columns (packList.ts). */
  | { type: 'part'; id: number; key: ListKey; items: Packed }
  | { type: 'done'; id: number; result: WireResult; diff: ImportDiff | null }
  | { type: 'diffed'; id: number; diff: ImportDiff | null }
  /**
   * The page rebuilds the unit registry (its base + the result's units + `addedUnits`): sending 10,000+ unit objects back cost a 100 ms task to unpack.
   * `index` spares the page a pass over the table's rows. `imported`: the import's own rows, which
   * the page merges again if another tab saved first (the page had only their summary till now).
   */
  | { type: 'applied'; id: number; dataset: Omit<PlainDataset, 'units'>; addedUnits: Unit[]; index?: TableIndex; imported: TableColumns }
  /** After 'applied', when the worker also stores the dataset: the map's pooled values for it (seedPools). */
  | { type: 'pools'; id: number; pools: Pool[] }
  /** The outcome of the apply's `store` write (its transaction committed, or not). */
  | { type: 'stored'; id: number; ok: boolean; message?: string }
  | { type: 'failed'; id: number; message: string };

export { PART_SIZE } from './packList.ts';

/** The result without its table's rows: what the page reads before the apply. */
export function toWire(r: IngestResult): WireResult {
  const { table, ...rest } = r;
  const summary: TableSummary = { size: table.size, unitCodes: [...table.unitCodes], indicatorIds: [...table.indicatorIds] };
  return { ...rest, table: summary, issues: rest.issues.map(toWireIssue) };
}

function toWireIssue(i: Issue): WireIssue {
  if (!i.items) return i as WireIssue;
  const { value, row, column, suggestions } = i.items;
  return { ...i, items: { value: encodeCol(value, []), row: encodeCol(row, []), column: encodeCol(column, []), suggestions: encodeCol(suggestions, []) } };
}

function fromWireIssue(i: WireIssue): Issue {
  if (!i.items) return i as Issue;
  const { value, row, column, suggestions } = i.items;
  return { ...i, items: { value: decodeCol(value, []) as string[], row: decodeCol(row, []) as number[], column: decodeCol(column, []) as string[], suggestions: decodeCol(suggestions, []) as string[] } };
}

/** The nested objects of each list's items that its parts flatten (packList.ts). */
const NESTED: Record<ListKey, string[]> = { units: UNIT_NESTED, unitMatches: [], issues: ['params'], rejected: [] };

/**
 * Sends a result as parts then 'done' (with the diff, when there is one). The diff is made after
 * the parts are sent: the page unpacks them meanwhile.
 */
export function postResult(id: number, r: IngestResult, post: (m: WorkerMessage, transfer?: Transferable[]) => void, diff: () => ImportDiff | null = () => null): void {
  const result = toWire(r);
  for (const key of LIST_KEYS) {
    const list = result[key] as unknown[];
    if (list.length <= PART_SIZE) continue;
    for (let i = 0; i < list.length; i += PART_SIZE) post({ type: 'part', id, key, items: pack(list.slice(i, i + PART_SIZE) as object[], NESTED[key]) });
    (result as Record<ListKey, unknown[]>)[key] = [];
  }
  post({ type: 'done', id, result, diff: diff() });
}

/** Page side: the applied dataset, its registry rebuilt from the base the worker used and the import's units. */
export function appliedDataset(m: Extract<WorkerMessage, { type: 'applied' }>, base: Dataset, result: Pick<ImportReport, 'units'>): Dataset {
  return { ...m.dataset, units: appliedUnits(m, base, result), table: appliedTable(m) };
}

/** The two halves of appliedDataset, for a page that makes them in tasks of their own (national: ~20 and ~15 ms). */
export function appliedUnits(m: Extract<WorkerMessage, { type: 'applied' }>, base: Dataset, result: Pick<ImportReport, 'units'>): Dataset['units'] {
  return base.units.with([...result.units, ...m.addedUnits]);
}

export function appliedTable(m: Extract<WorkerMessage, { type: 'applied' }>): ObservationTable {
  return ObservationTable.fromColumns(m.dataset.columns, m.index);
}

/** Page side, after the apply: the import with its rows (they came with the applied dataset). */
export function importedResult(m: Extract<WorkerMessage, { type: 'applied' }>, report: ImportReport): IngestResult {
  return { ...report, table: ObservationTable.fromColumns(m.imported) };
}

/** Page side: collects parts; returns the whole result when 'done' arrives, else null. */
export class ResultCollector {
  private parts = new Map<ListKey, unknown[]>();

  accept(m: Extract<WorkerMessage, { type: 'part' | 'done' }>): ImportReport | null {
    if (m.type === 'part') {
      const list = this.parts.get(m.key) ?? [];
      for (const item of unpack(m.items)) list.push(item);
      this.parts.set(m.key, list);
      return null;
    }
    const result: Record<string, unknown> = { ...m.result };
    for (const [key, list] of this.parts) result[key] = list;
    this.parts.clear();
    const wire = result as WireResult;
    return { ...wire, issues: wire.issues.map(fromWireIssue) };
  }
}
