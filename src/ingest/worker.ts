/// <reference lib="webworker" />
/**
 * Runs the import off the main thread: the streaming path, which hands anything it does not
 * cover to the full pipeline (same result either way). The page cancels by terminating the worker.
 * Created from the view with `new Worker(new URL('../../ingest/worker.ts', import.meta.url), { type: 'module' })`.
 */
import { ingestFast } from './stream.ts';
import { postResult, type IngestRequest, type WorkerMessage } from './transfer.ts';

const scope = self as unknown as DedicatedWorkerGlobalScope;

scope.onmessage = async (e: MessageEvent<IngestRequest>) => {
  const req = e.data;
  if (req?.type !== 'ingest') return;
  const post = (m: WorkerMessage, transfer: Transferable[] = []) => scope.postMessage(m, transfer);
  try {
    const result = await ingestFast(new Uint8Array(req.bytes), req.file, req.opts, req.units, (fraction, phase) => post({ type: 'progress', id: req.id, fraction, phase }));
    postResult(req.id, result, post);
  } catch (err) {
    post({ type: 'failed', id: req.id, message: err instanceof Error ? err.message : String(err) });
  }
};
