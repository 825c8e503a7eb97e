/**
 * One import, run by a Web Worker (src/ingest/worker.ts): ingest with progress, the dry-run diff,
 * and the apply all happen there, so a national file never blocks the page. The worker is the
 * import's until it is applied or cancelled; a `cancel()` while the worker is busy terminates it,
 * which really stops the work. Where workers are unavailable (tests), the same session runs on the page.
 */
import { toPlain, type Dataset, type PlainDataset } from '../../domain/dataset.ts';
import { baseParts, sendsInParts } from '../../ingest/baseParts.ts';
import type { MergeMode } from '../../domain/tableBuilder.ts';
import type { IngestOptions, IngestResult } from '../../ingest/pipeline.ts';
import type { ImportReport } from '../../ingest/types.ts';
import type { ImportDiff } from '../../ingest/apply.ts';
import { importSession } from '../../ingest/session.ts';
import { ResultCollector, appliedTable, appliedUnits, importedResult, type WorkerMessage, type WorkerRequest } from '../../ingest/transfer.ts';
import type { StoreTarget } from '../../ingest/workerStore.ts';
import { seedPools, type Pool } from '../../domain/pooled.ts';

export interface Ingested { result: ImportReport; diff: ImportDiff | null }

/** Resolves in a later task: the page can draw between two pieces of one step's work. */
export const nextTask = () => new Promise<void>((r) => { setTimeout(r, 0); });

export interface ImportJob {
  /** The report and the diff against `base`; null when cancelled. */
  result: Promise<Ingested | null>;
  /** The diff again, against a dataset that changed since (undo, another tab). */
  diff: (base: Dataset) => Promise<ImportDiff | null>;
  /**
   * The dataset after the import; ends the job. With `store`, the worker also writes the dataset
   * there (src/store/staged.ts): `written` says whether that write committed. It settles in every
   * case (false when the apply failed or the job was cancelled), after the worker has stopped
   * touching the database: a cancel lets a write in flight finish before the worker is ended.
   * `imported()`: the import with its rows, once applied (to merge it again onto another tab's data).
   */
  apply: (base: Dataset, mode: MergeMode, store?: StoreTarget) => { dataset: Promise<Dataset>; written: Promise<boolean>; imported: () => Promise<IngestResult> };
  cancel: () => void;
}

type Request = WorkerRequest extends infer R ? (R extends unknown ? Omit<R, 'id'> : never) : never;

/** `close(idle)`: idle when no request is unanswered and the worker never failed (it may then be kept). */
interface Channel { send: (req: WorkerRequest, transfer?: Transferable[]) => void; close: (idle: boolean) => void }

// One import worker waits for the next pick, so the user does not wait for its code to load and
// compile: started when the data screen first opens (this module is loaded with it), and after an
// import either the same worker, when the import ended with it idle (its code is then compiled and
// optimised: in the bench the legacy file's first import took 0.59 s, later ones 0.31–0.51 s), or a
// new one started at idle.
// One import at a time has a worker. The benchmark's page (test/bench/page/bench.ts) takes its
// workers through these same functions.
let spare: Worker | null = null;
const idle = (f: () => void) => (typeof requestIdleCallback === 'function' ? requestIdleCallback(() => f(), { timeout: 2000 }) : setTimeout(f, 0));

/** Starts the next import's worker now, unless one is waiting. */
export function prestartImportWorker(): void {
  if (typeof Worker === 'undefined' || spare) return;
  const w = new Worker(new URL('../../ingest/worker.ts', import.meta.url), { type: 'module' });
  // A worker that failed to start before an import took it is dropped: the import then starts its
  // own, whose failure it hears (the import's handler replaces this one when it takes a worker).
  w.onerror = () => { if (spare === w) spare = null; w.terminate(); };
  spare = w;
}

/** The worker for an import: the one started ahead, else a new one. */
export function takeImportWorker(): Worker {
  prestartImportWorker();
  const w = spare!;
  spare = null;
  return w;
}

/**
 * Ends an import's use of its worker. An idle worker forgets the import ('reset') and becomes the
 * spare (a cold one waiting is ended). A busy one stops at its next chunk and is terminated, and
 * the next one starts at idle.
 */
export function releaseImportWorker(worker: Worker, idleWorker = false): void {
  if (idleWorker) {
    worker.onmessage = null;
    worker.postMessage({ type: 'reset' });
    spare?.terminate();
    spare = worker;
    worker.onerror = () => { if (spare === worker) spare = null; worker.terminate(); };
    return;
  }
  worker.postMessage({ type: 'cancel' });
  worker.terminate();
  idle(prestartImportWorker);
}

if (typeof Worker !== 'undefined' && typeof window !== 'undefined') idle(prestartImportWorker);

function channel(onMessage: (m: WorkerMessage) => void, onError: (e: Error) => void): Channel {
  if (typeof Worker === 'undefined') {
    const handle = importSession((m) => onMessage(m));
    return { send: (req) => { void handle(req); }, close: () => {} };
  }
  const worker = takeImportWorker();
  worker.onmessage = (e: MessageEvent<WorkerMessage>) => onMessage(e.data);
  worker.onerror = (e) => onError(new Error(e.message || 'worker error'));
  return { send: (req, transfer = []) => worker.postMessage(req, transfer), close: (idleWorker) => releaseImportWorker(worker, idleWorker) };
}

export function runImport(source: Blob, file: string, opts: IngestOptions, base: Dataset, onProgress: (f: number) => void): ImportJob {
  let nextId = 1;
  // Replies by request id; the ingest is id 1.
  const waiting = new Map<number, { ok: (m: WorkerMessage) => void; fail: (e: Error) => void }>();
  const collector = new ResultCollector();
  let closed = false;
  // Writes of the worker in flight, by apply request id: answered by 'stored' (or 'failed').
  const storing = new Map<number, (ok: boolean) => void>();
  // False once a request was abandoned unanswered or the worker failed: it is then not kept.
  let idleAtClose = true;
  const endStore = (id: number, ok: boolean) => { storing.get(id)?.(ok); storing.delete(id); if (closed && !storing.size) ch.close(idleAtClose); };
  const failAll = (e: Error) => { if (waiting.size) idleAtClose = false; for (const w of waiting.values()) w.fail(e); waiting.clear(); close(); };
  // The map's pooled values come after the applied dataset (transfer.ts 'pools'), maybe before it is built.
  let appliedDs: Dataset | null = null;
  let pools: Pool[] | null = null;
  const ch = channel((m) => {
    if (m.type === 'progress') { onProgress(m.fraction); return; }
    if (m.type === 'pools') { pools = m.pools; if (appliedDs) seedPools(appliedDs, pools); return; }
    if (m.type === 'part') { collector.accept(m); return; }
    if (m.type === 'stored' || m.type === 'failed') endStore(m.id, m.type === 'stored' && m.ok);
    const w = waiting.get(m.id);
    if (!w) return;
    waiting.delete(m.id);
    if (m.type === 'failed') w.fail(new Error(m.message));
    else w.ok(m);
  }, (e) => { idleAtClose = false; for (const id of [...storing.keys()]) endStore(id, false); failAll(e); });
  // A worker writing to the database is released only once its write has settled (endStore).
  function close() { if (!closed) { closed = true; if (!storing.size) ch.close(idleAtClose); } }
  const request = (req: Request, transfer?: Transferable[], stored?: (ok: boolean) => void) => new Promise<WorkerMessage>((ok, fail) => {
    if (closed) { stored?.(false); fail(new Error('import closed')); return; }
    const id = nextId++;
    waiting.set(id, { ok, fail });
    if (stored) storing.set(id, stored);
    ch.send({ ...req, id } as WorkerRequest, transfer);
  });

  // The dataset the worker holds; sent again only when the page's dataset is another one.
  let sent = base;
  // A large dataset goes first in parts, one per task (cloned whole, a national one was a ~230 ms
  // task), and the request then names it with null; a small one goes in the request, at once.
  const withBase = (ds: Dataset, send: (b: PlainDataset | null) => Promise<WorkerMessage>): Promise<WorkerMessage> => {
    const plain = toPlain(ds);
    if (!sendsInParts(plain)) return send(plain);
    return (async () => {
      for (const [part, transfer] of baseParts(plain)) {
        if (closed) throw new Error('import closed');
        ch.send({ type: 'base', id: 0, part }, transfer);
        await nextTask();
      }
      return send(null);
    })();
  };
  // The File goes to the worker, which reads it: the page never holds or copies the bytes (copying
  // a 52 MB national file was a ~75 ms task), and a re-run with other options sends it again.
  let cancelled = false;
  let ingested: ImportReport | null = null;
  const result = withBase(base, (b) => request({ type: 'ingest', bytes: source, file, opts, base: b }))
    .then(async (m) => {
      if (m.type !== 'done') return null;
      // The table is indexed in a task of its own, not in the one that unpacked the message.
      await nextTask();
      ingested = collector.accept(m)!;
      return { result: ingested, diff: m.diff };
    })
    .catch((e: Error) => { close(); if (cancelled) return null; throw e; });
  return {
    result,
    diff: async (ds) => {
      sent = ds;
      const m = await withBase(ds, (b) => request({ type: 'diff', base: b }));
      return m.type === 'diffed' ? m.diff : null;
    },
    apply: (ds, mode, store) => {
      let stored!: (ok: boolean) => void;
      const written = store ? new Promise<boolean>((r) => { stored = r; }) : Promise.resolve(false);
      const send = (b: PlainDataset | null | undefined) => request({ type: 'apply', mode, base: b, ...(store ? { store } : {}) }, undefined, store ? stored : undefined);
      // The base again only when the dataset changed since it was sent; one that could not be sent
      // (the job closed meanwhile) settles `written` too.
      let sentNow: Promise<WorkerMessage>;
      if (ds === sent) sentNow = send(undefined);
      else { sent = ds; sentNow = withBase(ds, send); }
      const reply = sentNow.catch((e: unknown) => { if (store) stored(false); throw e; }).then((m) => {
        close();
        if (m.type !== 'applied' || !ingested) throw new Error('unexpected reply');
        return { m, report: ingested };
      });
      const dataset = reply.then(async ({ m, report }) => {
        await nextTask();
        // `sent` is the base the worker applied to. The registry and the table in tasks of their
        // own: together, with a garbage collection, they were a 50–70 ms task for a national file.
        const units = appliedUnits(m, sent, report);
        await nextTask();
        const next = { ...m.dataset, units, table: appliedTable(m) };
        appliedDs = next;
        if (pools) seedPools(next, pools);
        // Its years (a pass over every row, then kept) are read by every label of the data: found
        // here in a task of their own, not in the screens' first render.
        await nextTask();
        next.table.years();
        return next;
      });
      // Read only to merge again onto another tab's data (rare): its table is indexed then.
      const imported = () => reply.then(({ m, report }) => importedResult(m, report));
      return { dataset, written, imported };
    },
    cancel: () => { cancelled = true; failAll(new Error('cancelled')); },
  };
}
