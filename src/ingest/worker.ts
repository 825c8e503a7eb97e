/// <reference lib="webworker" />
/**
 * Runs the import pipeline off the main thread. The page cancels by terminating the worker.
 * Created from the view with `new Worker(new URL('../../ingest/worker.ts', import.meta.url), { type: 'module' })`.
 */
import { ingest } from './pipeline.ts';
import { toWire, type IngestRequest, type WorkerMessage } from './transfer.ts';

const scope = self as unknown as DedicatedWorkerGlobalScope;

scope.onmessage = async (e: MessageEvent<IngestRequest>) => {
  const req = e.data;
  if (req?.type !== 'ingest') return;
  const post = (m: WorkerMessage, transfer: Transferable[] = []) => scope.postMessage(m, transfer);
  try {
    const result = await ingest(new Uint8Array(req.bytes), req.file, req.opts, req.units, (fraction, phase) => post({ type: 'progress', id: req.id, fraction, phase }));
    const wire = toWire(result);
    post({ type: 'done', id: req.id, result: wire.result }, wire.transfer);
  } catch (err) {
    post({ type: 'failed', id: req.id, message: err instanceof Error ? err.message : String(err) });
  }
};
