import { afterEach, describe, expect, it } from 'vitest';
import { channelFactory, openKv, withLock } from './storage.ts';

const blocked = () => { throw new DOMException('The operation is insecure.', 'SecurityError'); };
const saved = ['indexedDB', 'BroadcastChannel'].map((k) => [k, Object.getOwnPropertyDescriptor(globalThis, k)] as const);
const navDesc = Object.getOwnPropertyDescriptor(globalThis, 'navigator');

afterEach(() => {
  for (const [k, d] of saved) { if (d) Object.defineProperty(globalThis, k, d); else delete (globalThis as Record<string, unknown>)[k]; }
  if (navDesc) Object.defineProperty(globalThis, 'navigator', navDesc);
});

describe('the storage guard', () => {
  it('a throwing indexedDB getter (blocked storage) gives an in-memory store that works', async () => {
    Object.defineProperty(globalThis, 'indexedDB', { configurable: true, get: blocked });
    const { kv, memory } = openKv('x');
    expect(memory).toBe(true);
    expect(await kv.commit({ set: [['a', 1]] })).toBe(true);
    expect(await kv.get('a')).toBe(1);
  });

  it('a throwing BroadcastChannel means no channel, not an exception', () => {
    Object.defineProperty(globalThis, 'BroadcastChannel', { configurable: true, get: blocked });
    expect(channelFactory('x')).toBeNull();
  });

  it('throwing Web Locks: the work runs without the lock', async () => {
    Object.defineProperty(globalThis, 'navigator', { configurable: true, value: { get locks() { return blocked(); } } });
    expect(await withLock('x', async () => 7)).toBe(7);
  });
});
