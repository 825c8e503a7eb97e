import { describe, expect, it } from 'vitest';
import { KEEP_BYTES, Scratch, lasting, pooled, recycle } from './scratch.ts';

const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);

const BIG = 1 << 16; // elements: above the size the engine's heap serves

describe('working arrays reused between imports', () => {
  /** An array one import filled with 7s and released, and the one the next import takes (`zero`) with the same length. */
  const reused = (zero: boolean): [Int32Array, Int32Array] => {
    const a = new Scratch();
    const x = a.i32(BIG);
    x.fill(7);
    a.release();
    const b = new Scratch();
    const y = b.i32(BIG, zero);
    b.release();
    return [x, y];
  };

  it('hands a released buffer to the next import, zeroed', () => {
    const [x, y] = reused(true);
    expect(y.buffer).toBe(x.buffer);
    expect(y.every((v) => v === 0)).toBe(true);
  });

  it('leaves a reused buffer as it was for an array every item of which is written first (zero: false)', () => {
    const [x, y] = reused(false);
    expect(y.buffer).toBe(x.buffer);
    expect(y.every((v) => v === 7)).toBe(true);
  });

  it('gives each array of one import its own buffer, the smallest that fits', () => {
    const a = new Scratch();
    const big = a.i32(BIG * 4);
    const small = a.i32(BIG);
    a.release();
    const b = new Scratch();
    const first = b.u8(BIG * 2); // fits both: takes the smaller one
    const second = b.u8(BIG * 2);
    expect(first.buffer).toBe(small.buffer);
    expect(second.buffer).not.toBe(first.buffer);
    expect(second.buffer).toBe(big.buffer);
    expect(first.length).toBe(BIG * 2);
    b.release();
  });

  it('keeps small arrays out of it, and no more than KEEP_BYTES in all', () => {
    const before = sum(pooled());
    const a = new Scratch();
    const tiny = a.u16(16);
    const huge = a.u8(KEEP_BYTES);
    a.release();
    expect(tiny.buffer.byteLength).toBe(32);
    expect(sum(pooled())).toBeLessThanOrEqual(KEEP_BYTES);
    const b = new Scratch();
    expect(b.u8(KEEP_BYTES).buffer === huge.buffer).toBe(before === 0);
    b.release();
  });

  it('drops a buffer that was transferred away', () => {
    const a = new Scratch();
    const x = a.u8(BIG * 3 + 5);
    structuredClone(x.buffer, { transfer: [x.buffer] });
    const n = pooled().length;
    a.release();
    expect(pooled()).not.toContain(0);
    expect(pooled()).toHaveLength(n);
  });

  it('makes a table from a dropped table’s buffers of exactly its size, zeroed, and from no other', () => {
    const old = lasting.u32(BIG);
    old.fill(9);
    const other = new Float64Array(BIG + 8);
    recycle([old.buffer, other.buffer, other.buffer, new ArrayBuffer(64)]);
    expect(pooled().filter((n) => n === other.byteLength)).toHaveLength(1);
    expect(pooled()).not.toContain(64);
    const next = lasting.u32(BIG);
    expect(next.buffer).toBe(old.buffer);
    expect(next.every((v) => v === 0)).toBe(true);
    // Not a larger free buffer: a table's buffer goes whole to the page and the store.
    const f = lasting.f64(BIG);
    expect(f.buffer).not.toBe(other.buffer);
    expect(f.buffer.byteLength).toBe(BIG * 8);
    // A transferred (detached) buffer is not taken back.
    const gone = lasting.u16(BIG);
    structuredClone(gone.buffer, { transfer: [gone.buffer] });
    const n = pooled().length;
    recycle([gone.buffer]);
    expect(pooled()).toHaveLength(n);
  });
});

