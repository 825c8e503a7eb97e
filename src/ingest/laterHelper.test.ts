/**
 * The import worker's side of the helper (laterHelper.ts), with a stand-in Worker: each part's
 * answer reaches its own request, the bytes sent come back to this worker's memory, a failed helper
 * stops its parts and every later one, and a part that cannot be sent is stopped, not waited for.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { startLaterHelper } from './laterHelper.ts';
import { within, type LaterPart, type LaterRequest, type LaterResult } from './streamSplit.ts';
import { pooled } from './scratch.ts';

class StandIn {
  static last: StandIn | null = null;
  static refuse = false;
  onmessage: ((e: { data: unknown }) => void) | null = null;
  onerror: (() => void) | null = null;
  posted: { message: unknown; transfer: ArrayBuffer[] }[] = [];
  constructor(readonly url: URL) { StandIn.last = this; }
  postMessage(message: unknown, transfer: ArrayBuffer[] = []) {
    if (StandIn.refuse) throw new Error('DataCloneError');
    this.posted.push({ message, transfer });
  }
}

const request = (size: number): LaterRequest => ({
  head: [], file: 'x.csv', opts: {}, known: [], encoding: 'utf-8', delimiter: ',', json: null,
  bytes: new Uint8Array(size), rowCap: 1, steps: { chunk: 1, piece: 1 },
});
const stopped = (why: string): LaterResult => ({ stopped: why });

afterEach(() => { vi.unstubAllGlobals(); StandIn.last = null; StandIn.refuse = false; });

describe('the helper worker, seen from the import worker', () => {
  it('starts none where workers cannot start workers', () => {
    vi.stubGlobal('Worker', undefined);
    expect(startLaterHelper()).toBeNull();
  });

  it('sends each part with its bytes moved, answers each request with its own part, and keeps the bytes that come back', async () => {
    vi.stubGlobal('Worker', StandIn);
    const helper = startLaterHelper()!;
    const w = StandIn.last!;
    expect(w.url.pathname).toMatch(/later\.worker\.ts$/);
    const a = request(70_001), b = request(70_003);
    const ra = helper.read(a), rb = helper.read(b);
    expect(w.posted.map((p) => p.transfer[0])).toEqual([a.bytes.buffer, b.bytes.buffer]);
    const [ida, idb] = w.posted.map((p) => (p.message as { id: number }).id);
    // Answered in the other order: each request gets its own answer.
    w.onmessage!({ data: { id: idb, r: stopped('b'), back: new ArrayBuffer(70_003) } });
    w.onmessage!({ data: { id: ida, r: stopped('a'), back: new ArrayBuffer(70_001) } });
    expect(await ra).toEqual(stopped('a'));
    expect(await rb).toEqual(stopped('b'));
    expect(pooled()).toEqual(expect.arrayContaining([70_001, 70_003]));
  });

  it('gives a part\'s arrays back to the helper, moved', () => {
    vi.stubGlobal('Worker', StandIn);
    const helper = startLaterHelper()!;
    const cells = { n: 0, digits: new Float64Array(1), frac: new Uint8Array(1), sep: new Uint8Array(1), group: new Uint8Array(1), slot: new Uint16Array(1), votes: new Int32Array(1), seen: new Uint8Array(1), texts: [] };
    const part = { rFile: new Int32Array(2), rSeen: new Int32Array(2), rLabel: new Int32Array(2), vInd: new Int32Array(2), vYear: new Float64Array(2), hits: new Int32Array(1), cells } as unknown as LaterPart;
    helper.taken(part);
    const { message, transfer } = StandIn.last!.posted[0]!;
    expect(transfer).toHaveLength(13);
    expect((message as { taken: ArrayBuffer[] }).taken).toEqual(transfer);
    expect(transfer).toContain(part.rFile.buffer);
  });

  it('stops the parts of a helper that failed, and every later one without sending it', async () => {
    vi.stubGlobal('Worker', StandIn);
    const helper = startLaterHelper()!;
    const w = StandIn.last!;
    const waiting = helper.read(request(8));
    w.onerror!();
    expect(await waiting).toEqual(stopped('helper failed'));
    expect(await helper.read(request(8))).toEqual(stopped('helper failed'));
    expect(w.posted).toHaveLength(1);
  });

  it('stops a part that cannot be sent instead of waiting for it', async () => {
    vi.stubGlobal('Worker', StandIn);
    const helper = startLaterHelper()!;
    StandIn.refuse = true;
    expect(await helper.read(request(8))).toEqual(stopped('not sent'));
  });

  it('stops waiting for a helper that never answers', async () => {
    const never = new Promise<LaterResult>(() => {});
    expect(await within(never, 5)).toEqual(stopped('no answer'));
    expect(await within(Promise.resolve(stopped('x')), 1000)).toEqual(stopped('x'));
  });
});
