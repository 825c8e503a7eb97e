/**
 * What the import worker does, as a plain function of messages (tests drive it without a Worker,
 * and the page runs it in place where workers are unavailable). It keeps the ingest result and
 * the page's dataset between messages, so the page never rebuilds a national table itself.
 */
import { fromPlain, toPlain, type Dataset, type PlainDataset } from '../domain/dataset.ts';
import { columnBuffers, copyColumns } from '../domain/observations.ts';
import { makePools } from '../domain/pooled.ts';
import { importFile } from './engine.ts';
import { applyImport, diffTables, type ImportDiff } from './apply.ts';
import { postResult, type WorkerMessage, type WorkerRequest } from './transfer.ts';
import type { IngestResult, Progress } from './pipeline.ts';
import { sanitizeNames } from './names.ts';
import { ingestHouseholds } from './households/ingest.ts';
import { ingestCrosswalk } from './crosswalkImport.ts';
import { openTarget, storeRecord } from './workerStore.ts';
import { BaseAssembler } from './baseParts.ts';
import { recycle } from './scratch.ts';

export type Post = (m: WorkerMessage, transfer?: Transferable[]) => void;

/** Thrown from the progress callback once the page has cancelled: stops the work at the next chunk. */
export class Cancelled extends Error {}

/** What the page may also tell the worker: stop at the next chunk, or forget the import that ended. */
export type WorkerControl = { type: 'cancel' } | { type: 'reset' };

/**
 * The worker's message handler. 'cancel' stops the running import at its next chunk (the page
 * terminates the worker right after). 'reset' starts a new session, dropping the last import's
 * result and base (an unapplied result's table buffers serve the next import's table): the page
 * sends it when an import ended with the worker idle, and keeps the worker, already compiled and
 * warm, for the next import.
 */
export function importWorker(post: Post): (m: WorkerRequest | WorkerControl) => void {
  let cancelled = false;
  const open = () => importSession(post, () => cancelled);
  let handle = open();
  return (m) => {
    if (m.type === 'cancel') cancelled = true;
    else if (m.type === 'reset') { cancelled = false; handle.drop(); handle = open(); }
    else void handle(m);
  };
}

/** A session's request handler; `drop` ends the session (see dropResult). */
export type Session = ((req: WorkerRequest) => Promise<void>) & { drop: () => void };

/** `cancelled` is polled between chunks (the page also terminates the worker right after). */
export function importSession(post: Post, cancelled: () => boolean = () => false): Session {
  let result: IngestResult | null = null;
  let base: Dataset | null = null;
  // A large dataset of the page comes in parts before the request that names it (base: null).
  const parts = new BaseAssembler();
  const baseOf = (p: PlainDataset | null) => fromPlain(p ?? parts.take());
  const diff = (): ImportDiff | null => (result && !result.fatal && base ? diffTables(base.table, result.table, result.rejected.length) : null);

  const handle = async (req: WorkerRequest): Promise<void> => {
    if (req.type === 'base') { parts.accept(req.part); return; }
    try {
      if (req.type === 'ingest') {
        // The last import of this session, never applied (an apply ends the session), is dropped.
        drop();
        base = baseOf(req.base);
        const buf = typeof (req.bytes as Blob).arrayBuffer === 'function' ? await (req.bytes as Blob).arrayBuffer() : req.bytes as ArrayBuffer;
        const onProgress: Progress = (fraction, phase) => {
          if (cancelled()) throw new Cancelled('cancelled');
          post({ type: 'progress', id: req.id, fraction, phase });
        };
        // A conversion table is read as a crosswalk, a household review list is aggregated (src/ingest/households);
        // any other file takes the usual path.
        const bytes = new Uint8Array(buf);
        const known = base.units.all();
        result = sanitizeNames(await ingestCrosswalk(bytes, req.file, req.opts, known)
          ?? await ingestHouseholds(bytes, req.file, req.opts, known, onProgress)
          ?? await importFile(bytes, req.file, req.opts, known, onProgress));
        // The page gets the table's summary; its rows stay here for the diff and the apply.
        postResult(req.id, result, post, diff);
      } else if (req.type === 'diff') {
        base = baseOf(req.base);
        post({ type: 'diffed', id: req.id, diff: diff() });
      } else {
        if (req.base !== undefined) base = baseOf(req.base);
        if (!result || result.fatal || !base) throw new Error('Nothing to apply');
        const target = req.store;
        // Opened while the apply runs (a failed open is answered in 'stored', after 'applied').
        const db = target ? openTarget(target) : null;
        db?.catch(() => {});
        const next = applyImport(base, result, req.mode);
        const imported = result.table;
        const { units, ...plain } = toPlain(next);
        // The table's index, so the page does not pass over its rows again.
        const index = next.table.index();
        const known = new Set([...base.units.all().map((u) => u.code), ...result.units.map((u) => u.code)]);
        const addedUnits = units.filter((u) => !known.has(u.code));
        // The session ends here: its tables may share buffers with the dataset that is moved out.
        result = null;
        base = null;
        // When this worker stores the dataset too, the page gets a copy of the columns (a memory
        // copy, milliseconds) and its reply comes before the slower write.
        const sent = target ? { ...plain, columns: copyColumns(plain.columns) } : plain;
        const transfer = [...columnBuffers(sent.columns), index.offsets.buffer as ArrayBuffer];
        // The import's own rows go to the page now (to merge again onto another tab's data): moved,
        // unless this side still reads them for the write (the dataset may share their buffers).
        const own = imported.toColumns();
        const shared = target && columnBuffers(own).some((b) => columnBuffers(plain.columns).includes(b));
        const importedCols = shared ? copyColumns(own) : own;
        for (const b of columnBuffers(importedCols)) if (!transfer.includes(b)) transfer.push(b);
        post({ type: 'applied', id: req.id, dataset: sent, addedUnits, index, imported: importedCols }, transfer);
        if (target) {
          // The sorted values each indicator's map scale is drawn from (domain/pooled.ts), after
          // the reply (their sorts are ~0.1 s) and before the write, whose answer ends the worker.
          // Only here does this side still have its columns; without them the page computes them.
          const pools = makePools(next);
          post({ type: 'pools', id: req.id, pools }, pools.map((p) => p.values.buffer as ArrayBuffer));
        }
        if (target && db) {
          const outcome = await db.then((d) => storeRecord(d, target, { ...target.head, dataset: { ...plain, units } }), (e: unknown) => ({ ok: false as const, message: String(e) }));
          post({ type: 'stored', id: req.id, ...outcome });
        }
      }
    } catch (err) {
      post({ type: 'failed', id: req.id, message: err instanceof Error ? err.message : String(err) });
    }
  };
  const drop = () => {
    if (result) dropResult(result, base);
    result = null;
    base = null;
  };
  return Object.assign(handle, { drop });
}

/**
 * A result dropped unapplied: its table's buffers go to the next imports' tables (none the base's
 * table shares), which would otherwise be fresh memory (~2.6 ms per MB to touch in Chromium).
 */
function dropResult(r: IngestResult, base: Dataset | null): void {
  const shared = new Set<ArrayBufferLike>(base ? columnBuffers(base.table.toColumns()) : []);
  recycle(columnBuffers(r.table.toColumns()).filter((b) => !shared.has(b)));
}
