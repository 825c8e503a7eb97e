/// <reference lib="webworker" />
/**
 * The import worker's helper (started by it: laterHelper.ts): reads the later part of a large text
 * file (streamSplit.ts) while the import worker reads the first, and sends its rows back, moved.
 */
import { partBuffers, type LaterRequest, type LaterResult } from './streamSplit.ts';
import { readLater } from './streamLater.ts';
import { recycle } from './scratch.ts';

const scope = self as unknown as DedicatedWorkerGlobalScope;

/** A part to read, or the arrays of a part read before, whose rows are in the import worker's now. */
export type LaterMessage = { id: number; req: LaterRequest } | { taken: ArrayBuffer[] };

scope.onmessage = (e: MessageEvent<LaterMessage>) => {
  if ('taken' in e.data) { recycle(e.data.taken); return; }
  const { id, req } = e.data;
  let r: LaterResult;
  try { r = readLater(req); } catch (err) { r = { stopped: err instanceof Error ? err.message : String(err) }; }
  // Seen in a profile (and by the end-to-end test of a large import): the last part this helper read.
  performance.clearMarks('later-part');
  if ('part' in r) performance.mark('later-part', { detail: { rows: r.part.nRows } });
  // The request's bytes go back too: they are the import worker's working memory.
  const back = req.bytes.buffer as ArrayBuffer;
  scope.postMessage({ id, r, back }, ['part' in r ? partBuffers(r.part) : [], back].flat());
};
