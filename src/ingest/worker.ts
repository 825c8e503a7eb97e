/// <reference lib="webworker" />
/**
 * The import worker: ingest (the streaming path, which hands anything it does not cover to the
 * full pipeline), the dry-run diff, then the apply, all off the main thread (see session.ts). The
 * page cancels by terminating the worker, and keeps it for the next import when one ended with it
 * idle ('reset', importWorker). It starts a helper worker that reads the later half of a large text file,
 * and warms itself up on small made-up files until the first request (warmUp.ts).
 * Created from the view with `new Worker(new URL('../../ingest/worker.ts', import.meta.url), { type: 'module' })`.
 */
import { importWorker, type WorkerControl } from './session.ts';
import type { WorkerRequest } from './transfer.ts';
import { setLaterReader } from './stream.ts';
import { startLaterHelper } from './laterHelper.ts';
import { startWarmUp } from './warmUp.ts';

const scope = self as unknown as DedicatedWorkerGlobalScope;
// A large text file is read in two parts at once, the later by a helper worker (streamSplit.ts).
setLaterReader(startLaterHelper());
const handle = importWorker((m, transfer = []) => scope.postMessage(m, transfer));
// Small made-up files are imported first, while the page waits for a pick (warmUp.ts); a request
// stops that and is handled once the sample being read is done, in the order requests came.
const warm = startWarmUp();

scope.onmessage = (e: MessageEvent<WorkerRequest | WorkerControl>) => { const m = e.data; void warm.stop().then(() => handle(m)); };
