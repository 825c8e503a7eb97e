/**
 * A map from non-negative integer keys (below 2^53) to non-negative int32 values, in typed arrays
 * with open addressing: the checks look up hundreds of thousands of (unit, indicator, year) keys,
 * where a Map of numbers spends its time hashing heap numbers and rehashing.
 */
import { fresh, type Alloc } from './scratch.ts';

/** What the checks need of a map from integer keys to non-negative int32 values. */
export interface KeyMap { get(key: number): number | undefined; has(key: number): boolean; set(key: number, value: number): void }

export class IntMap implements KeyMap {
  private keys: Float64Array;
  private vals: Int32Array;
  private mask: number;
  size = 0;

  constructor(expected = 16) {
    let cap = 16;
    while (cap < expected * 2) cap *= 2;
    this.keys = new Float64Array(cap).fill(-1);
    this.vals = new Int32Array(cap);
    this.mask = cap - 1;
  }

  private slot(key: number): number {
    // murmur3's finaliser: every key bit reaches the low bits the mask keeps.
    let h = (key | 0) ^ Math.floor(key / 4294967296);
    h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
    h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
    let i = (h ^ (h >>> 16)) & this.mask;
    while (this.keys[i] !== -1 && this.keys[i] !== key) i = (i + 1) & this.mask;
    return i;
  }

  get(key: number): number | undefined {
    const i = this.slot(key);
    return this.keys[i] === key ? this.vals[i] : undefined;
  }

  has(key: number): boolean { return this.keys[this.slot(key)] === key; }

  set(key: number, value: number): void {
    const i = this.slot(key);
    if (this.keys[i] !== key) {
      this.keys[i] = key;
      if (++this.size * 2 > this.mask) { this.vals[i] = value; this.grow(); return; }
    }
    this.vals[i] = value;
  }

  private grow(): void {
    const { keys, vals } = this;
    this.keys = new Float64Array(keys.length * 2).fill(-1);
    this.vals = new Int32Array(keys.length * 2);
    this.mask = keys.length * 2 - 1;
    for (let i = 0; i < keys.length; i++) if (keys[i] !== -1) { const j = this.slot(keys[i]!); this.keys[j] = keys[i]!; this.vals[j] = vals[i]!; }
  }
}

/**
 * A KeyMap over keys 0 … size-1 as one Int32Array (-1: absent): when the keys are dense enough
 * (units × indicators × years of one file), a lookup is one read, with no hashing or probing.
 */
export class DenseMap implements KeyMap {
  private readonly vals: Int32Array;
  constructor(size: number, mem: Alloc = fresh) { this.vals = mem.i32(size, false).fill(-1); }
  get(key: number): number | undefined { const v = this.vals[key]; return v === undefined || v < 0 ? undefined : v; }
  has(key: number): boolean { return (this.vals[key] ?? -1) >= 0; }
  set(key: number, value: number): void { this.vals[key] = value; }
}

/** Entries a DenseMap may take (32 MB) and its most entries per key in use. */
const DENSE_MAX = 1 << 23;
const DENSE_SPARSITY = 8;

/** A DenseMap when keys 0 … range-1 are few enough for `expected` entries, else an IntMap. */
export function keyMap(range: number, expected: number, mem: Alloc = fresh): KeyMap {
  return range <= DENSE_MAX && range <= Math.max(1 << 16, expected * DENSE_SPARSITY) ? new DenseMap(range, mem) : new IntMap(expected);
}
