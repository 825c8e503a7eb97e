/// <reference lib="webworker" />
/**
 * The helper worker an import worker starts to read a large file's later part (streamSplit.ts),
 * started with the import worker so that it is loaded, and warm after the first import, when a
 * file comes. Where a worker cannot start one (no nested workers), files are read by one reader.
 */
import { partBuffers, type LaterReader, type LaterResult } from './streamSplit.ts';
import { recycle } from './scratch.ts';

export function startLaterHelper(): LaterReader | null {
  let helper: Worker;
  try {
    if (typeof Worker === 'undefined') return null;
    helper = new Worker(new URL('./later.worker.ts', import.meta.url), { type: 'module' });
  } catch {
    return null;
  }
  let next = 0;
  const waiting = new Map<number, (r: LaterResult) => void>();
  const answer = (id: number, r: LaterResult) => { const f = waiting.get(id); waiting.delete(id); f?.(r); };
  helper.onmessage = (e: MessageEvent<{ id: number; r: LaterResult; back: ArrayBuffer }>) => {
    // The bytes sent come back, for this worker's next import.
    recycle([e.data.back]);
    answer(e.data.id, e.data.r);
  };
  // A helper that failed (to load, or mid-read) stops its parts, and every later one: the import
  // worker reads on itself.
  let failed = false;
  helper.onerror = () => {
    failed = true;
    for (const id of [...waiting.keys()]) answer(id, { stopped: 'helper failed' });
  };
  return {
    read: (req) => new Promise((resolve) => {
      if (failed) { resolve({ stopped: 'helper failed' }); return; }
      const id = ++next;
      waiting.set(id, resolve);
      try { helper.postMessage({ id, req }, [req.bytes.buffer as ArrayBuffer]); } catch { answer(id, { stopped: 'not sent' }); }
    }),
    taken: (part) => { const taken = partBuffers(part); helper.postMessage({ taken }, taken); },
  };
}
