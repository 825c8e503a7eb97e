/**
 * Working arrays of one import, cut from buffers kept for the next. In Chromium every large
 * ArrayBuffer is freshly mapped memory, and its first touch cost ~2.6 ms per MB on the bench
 * machine (a warm legacy-file import made ~15 MB of working arrays); the import worker is kept
 * between imports (runImport.ts), so the next import can reuse the last one's memory instead.
 *
 * An array taken from a Scratch must not outlive it: nothing taken may reach the import's
 * result. `release()` hands the buffers back (each import makes its own Scratch and releases it
 * when done, so two imports never share a buffer). A result's table is made by `lasting` and its
 * buffers come back by `recycle` only when the worker drops that result unapplied.
 */
/**
 * `zero`: false for an array every item of which is written before it is read (a reused buffer is
 * then not zeroed first: ~20 MB a legacy-file import, ~2 ms).
 */
export interface Alloc {
  i32(n: number, zero?: boolean): Int32Array;
  f64(n: number, zero?: boolean): Float64Array;
  u8(n: number, zero?: boolean): Uint8Array;
  u16(n: number, zero?: boolean): Uint16Array;
}

/** New arrays every time (the checks' callers outside the streaming reader). */
export const fresh: Alloc = {
  i32: (n) => new Int32Array(n),
  f64: (n) => new Float64Array(n),
  u8: (n) => new Uint8Array(n),
  u16: (n) => new Uint16Array(n),
};

/** Smaller arrays come from the engine's heap, which is reused anyway. */
const MIN_BYTES = 1 << 16;
/** Bytes of free buffers kept between imports (a national file's are dropped beyond it). */
export const KEEP_BYTES = 64 << 20;

const free: ArrayBuffer[] = [];

export class Scratch implements Alloc {
  private readonly taken: ArrayBuffer[] = [];

  i32(n: number, zero = true): Int32Array { return n * 4 < MIN_BYTES ? new Int32Array(n) : new Int32Array(this.buffer(n * 4, zero), 0, n); }
  f64(n: number, zero = true): Float64Array { return n * 8 < MIN_BYTES ? new Float64Array(n) : new Float64Array(this.buffer(n * 8, zero), 0, n); }
  u8(n: number, zero = true): Uint8Array { return n < MIN_BYTES ? new Uint8Array(n) : new Uint8Array(this.buffer(n, zero), 0, n); }
  u16(n: number, zero = true): Uint16Array { return n * 2 < MIN_BYTES ? new Uint16Array(n) : new Uint16Array(this.buffer(n * 2, zero), 0, n); }

  /** Gives every buffer taken back for later imports (up to KEEP_BYTES in all). */
  release(): void {
    let kept = free.reduce((s, b) => s + b.byteLength, 0);
    for (const b of this.taken) {
      // A transferred buffer is detached (byteLength 0): it is another thread's now.
      if (b.byteLength === 0 || kept + b.byteLength > KEEP_BYTES) continue;
      free.push(b);
      kept += b.byteLength;
    }
    this.taken.length = 0;
  }

  /** The smallest free buffer that fits, zeroed where the array will be (unless `zero` is false); else a new one. */
  private buffer(bytes: number, zero: boolean): ArrayBuffer {
    let best = -1;
    for (let k = 0; k < free.length; k++) {
      const size = free[k]!.byteLength;
      if (size >= bytes && (best < 0 || size < free[best]!.byteLength)) best = k;
    }
    let b: ArrayBuffer;
    if (best >= 0) {
      b = free[best]!;
      free.splice(best, 1);
      if (zero) new Uint8Array(b, 0, bytes).fill(0);
    } else {
      b = new ArrayBuffer(bytes);
    }
    this.taken.push(b);
    return b;
  }
}

/**
 * Arrays for an import's table, which outlives the import: from a free buffer of exactly their size
 * (zeroed), else new. Exactly: a table's arrays go to the page and the store whole, and a larger
 * buffer would go with them.
 */
export const lasting = {
  u32: (n: number, zero = true): Uint32Array => new Uint32Array(exact(n * 4, zero)),
  u16: (n: number, zero = true): Uint16Array => new Uint16Array(exact(n * 2, zero)),
  f64: (n: number, zero = true): Float64Array => new Float64Array(exact(n * 8, zero)),
};

function exact(bytes: number, zero: boolean): ArrayBuffer {
  if (bytes < MIN_BYTES) return new ArrayBuffer(bytes);
  const k = free.findIndex((b) => b.byteLength === bytes);
  if (k < 0) return new ArrayBuffer(bytes);
  const b = free.splice(k, 1)[0]!;
  if (zero) new Uint8Array(b).fill(0);
  return b;
}

/**
 * Gives a dropped result's buffers to later imports (the caller owns them and nothing reads them
 * any more). Detached, small and already free buffers are skipped; KEEP_BYTES still holds.
 */
export function recycle(buffers: readonly ArrayBufferLike[]): void {
  let kept = free.reduce((s, b) => s + b.byteLength, 0);
  for (const b of buffers) {
    if (!(b instanceof ArrayBuffer) || b.byteLength < MIN_BYTES || free.includes(b) || kept + b.byteLength > KEEP_BYTES) continue;
    free.push(b);
    kept += b.byteLength;
  }
}

/** The sizes of the buffers waiting for the next import (tests). */
export function pooled(): number[] {
  return free.map((b) => b.byteLength);
}
