/// <reference lib="webworker" />
// Bench twin of src/ingest/worker.ts (same messages, same transfer of columns) that runs the
// streaming path, ingestFast, which falls back to the pipeline for anything it does not cover.
import { ingestFast, lastFallback } from '../../../src/ingest/stream.ts';
import { postResult, type WorkerRequest, type WorkerMessage } from '../../../src/ingest/transfer.ts';

type IngestRequest = Extract<WorkerRequest, { type: 'ingest' }>;

const scope = self as unknown as DedicatedWorkerGlobalScope;

scope.onmessage = async (e: MessageEvent<IngestRequest>) => {
  const req = e.data;
  if (req?.type !== 'ingest') return;
  const post = (m: WorkerMessage | { type: 'fallback'; why: string }, transfer: Transferable[] = []) => scope.postMessage(m, transfer);
  try {
    const result = await ingestFast(new Uint8Array(req.bytes as ArrayBuffer), req.file, req.opts, req.base!.units /* the bench sends its base whole */, (fraction, phase) => post({ type: 'progress', id: req.id, fraction, phase }));
    post({ type: 'fallback', why: lastFallback, sentAt: performance.timeOrigin + performance.now() } as never);
    postResult(req.id, result, post);
  } catch (err) {
    post({ type: 'failed', id: req.id, message: err instanceof Error ? err.message : String(err) });
  }
};
