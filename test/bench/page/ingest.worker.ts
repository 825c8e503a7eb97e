/// <reference lib="webworker" />
// Bench twin of src/ingest/worker.ts (same messages, the same helper) that runs the streaming path, ingestFast,
// which falls back to the pipeline for anything it does not cover. The table's columns go to the
// page too (moved, as the app's apply moves them), so the national figure and the bytes per
// observation count the table landing on the page.
import { ingestFast, lastFallback, setLaterReader } from '../../../src/ingest/stream.ts';
import { startLaterHelper } from '../../../src/ingest/laterHelper.ts';
import { postResult, type WorkerRequest, type WorkerMessage } from '../../../src/ingest/transfer.ts';
import { columnBuffers, type TableColumns } from '../../../src/domain/observations.ts';

type IngestRequest = Extract<WorkerRequest, { type: 'ingest' }>;

const scope = self as unknown as DedicatedWorkerGlobalScope;
// As the app's worker: a large file's later part is read by a helper (src/ingest/streamSplit.ts).
setLaterReader(startLaterHelper());

scope.onmessage = async (e: MessageEvent<IngestRequest>) => {
  const req = e.data;
  if (req?.type !== 'ingest') return;
  const post = (m: WorkerMessage | { type: 'fallback'; why: string } | { type: 'columns'; columns: TableColumns }, transfer: Transferable[] = []) => scope.postMessage(m, transfer);
  try {
    const result = await ingestFast(new Uint8Array(req.bytes as ArrayBuffer), req.file, req.opts, req.base!.units /* the bench sends its base whole */, (fraction, phase) => post({ type: 'progress', id: req.id, fraction, phase }));
    post({ type: 'fallback', why: lastFallback, sentAt: performance.timeOrigin + performance.now() } as never);
    const columns = result.table.toColumns();
    post({ type: 'columns', columns }, columnBuffers(columns));
    postResult(req.id, result, post);
  } catch (err) {
    post({ type: 'failed', id: req.id, message: err instanceof Error ? err.message : String(err) });
  }
};
