/**
 * Runs the import pipeline in a Web Worker with progress; `cancel()` terminates the worker, which
 * really stops the work. Where workers are unavailable (tests), it runs on the page.
 */
import type { Unit } from '../../domain/units.ts';
import { ingest, type IngestOptions, type IngestResult } from '../../ingest/pipeline.ts';
import { ResultCollector, type IngestRequest, type WorkerMessage } from '../../ingest/transfer.ts';

export interface RunningImport { result: Promise<IngestResult | null>; cancel: () => void }

export function runImport(bytes: Uint8Array, file: string, opts: IngestOptions, units: Unit[], onProgress: (f: number) => void): RunningImport {
  if (typeof Worker === 'undefined') {
    let cancelled = false;
    return {
      result: ingest(bytes, file, opts, units, onProgress).then((r) => (cancelled ? null : r)),
      cancel: () => { cancelled = true; },
    };
  }
  const worker = new Worker(new URL('../../ingest/worker.ts', import.meta.url), { type: 'module' });
  let settle: (r: IngestResult | null) => void = () => {};
  let fail: (e: Error) => void = () => {};
  const result = new Promise<IngestResult | null>((res, rej) => { settle = res; fail = rej; });
  const collector = new ResultCollector();
  worker.onmessage = (e: MessageEvent<WorkerMessage>) => {
    const m = e.data;
    if (m.type === 'progress') onProgress(m.fraction);
    else if (m.type === 'part') collector.accept(m);
    else if (m.type === 'done') { worker.terminate(); settle(collector.accept(m)); }
    else { worker.terminate(); fail(new Error(m.message)); }
  };
  worker.onerror = (e) => { worker.terminate(); fail(new Error(e.message || 'worker error')); };
  // A copy goes to the worker (the page keeps its bytes for re-runs with other options).
  const copy = bytes.slice().buffer;
  const req: IngestRequest = { type: 'ingest', id: 1, bytes: copy, file, opts, units };
  worker.postMessage(req, [copy]);
  return { result, cancel: () => { worker.terminate(); settle(null); } };
}
