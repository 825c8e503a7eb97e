/// <reference lib="webworker" />
/**
 * The import worker: ingest (the streaming path, which hands anything it does not cover to the
 * full pipeline), the dry-run diff, then the apply, all off the main thread (see session.ts).
 * The page cancels by terminating the worker.
 * Created from the view with `new Worker(new URL('../../ingest/worker.ts', import.meta.url), { type: 'module' })`.
 */
import { importSession } from './session.ts';
import type { WorkerRequest } from './transfer.ts';

const scope = self as unknown as DedicatedWorkerGlobalScope;
// Cancel: the page posts { type: 'cancel' } and then terminates the worker. The flag is read
// between chunks (the progress callback), so the work stops at the next chunk even where a
// terminate waits for the running task to yield.
let cancelled = false;
const handle = importSession((m, transfer = []) => scope.postMessage(m, transfer), () => cancelled);

scope.onmessage = (e: MessageEvent<WorkerRequest | { type: 'cancel' }>) => {
  if (e.data.type === 'cancel') { cancelled = true; return; }
  void handle(e.data);
};
