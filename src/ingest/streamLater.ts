/**
 * The helper worker's side of a file read in two parts (streamSplit.ts): the later part's rows, as
 * the first reader would have read them. Text here; a JSON array's records in streamJson.ts.
 */
import { limitsOf } from './limits.ts';
import { planBody } from './streamPlan.ts';
import { ChunkReader, Fallback, viewOf } from './streamDecode.ts';
import { readPieces } from './streamPieces.ts';
import { Scratch } from './scratch.ts';
import { partOf, type LaterRequest, type LaterResult } from './streamSplit.ts';
import { readJsonLater } from './streamJson.ts';

/** The helper's side: the later part's rows, as the first reader would have read them. */
export function readLater(req: LaterRequest): LaterResult {
  // Never released: the part's arrays go to the first reader (moved to its worker, or read in
  // place by a test); a worker's come back by `taken`.
  const mem = new Scratch();
  try {
    const limits = limitsOf(req.opts.limits);
    const plan = planBody(req.head, req.file, req.json?.context ?? [], req.opts, req.known, limits, mem, req.rowCap, true);
    plan.memo.log = [];
    if (req.json) return readJsonLater(req.bytes, req.json.keys, plan);
    const { body } = plan;
    const reader = new ChunkReader(req.bytes, req.encoding, false);
    const view = viewOf(reader);
    const carry = readPieces(reader, '', req.delimiter.charCodeAt(0), view, (r) => body.row(r), req.steps, true);
    if (carry) return { stopped: 'unfinished row' };
    return { part: partOf(plan) };
  } catch (e) {
    if (e instanceof Fallback) return { stopped: e.message };
    throw e;
  }
}

