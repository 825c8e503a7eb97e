/**
 * The one guard in front of browser storage. Every read of `indexedDB`, `BroadcastChannel` and
 * `navigator.locks` in the app goes through here. Blocked storage shows up in many ways — the
 * global is missing, its getter throws a SecurityError, `open()` throws — and each of them turns
 * into "in memory" (a memory key-value store and a notice), never into an exception in a view.
 */
import { KV_STORE, idbKv, memoryKv, type Kv } from './kv.ts';

/** Opens a named broadcast channel, or null where tabs cannot talk (see sync.ts). */
export type ChannelFactory = (name: string) => { postMessage: (m: unknown) => void; close: () => void; onmessage: ((e: MessageEvent) => void) | null } | null;

/** Reads a global without letting a throwing getter escape. */
function safeGlobal<T>(read: () => T): T | null {
  try {
    return read() ?? null;
  } catch {
    return null;
  }
}

export function indexedDbFactory(): IDBFactory | null {
  return safeGlobal(() => globalThis.indexedDB);
}

export function lockManager(): LockManager | null {
  return safeGlobal(() => (globalThis.navigator as Navigator | undefined)?.locks ?? null);
}

export const channelFactory: ChannelFactory = (name) => {
  const BC = safeGlobal(() => globalThis.BroadcastChannel);
  if (!BC) return null;
  try {
    return new BC(name);
  } catch {
    return null;
  }
};

export interface OpenedKv { kv: Kv; memory: boolean }

/** An IndexedDB-backed store, or an in-memory one (memory: true) when storage is blocked. */
export function openKv(dbName: string, storeName = KV_STORE): OpenedKv {
  const factory = indexedDbFactory();
  if (!factory) return { kv: memoryKv(), memory: true };
  try {
    return { kv: idbKv(factory, dbName, storeName), memory: false };
  } catch {
    return { kv: memoryKv(), memory: true };
  }
}

/** Runs `fn` under an exclusive Web Lock of this name when the browser has them, else directly. */
export function withLock<T>(name: string, fn: () => Promise<T>): Promise<T> {
  const locks = lockManager();
  if (!locks) return fn();
  try {
    return locks.request(name, fn) as Promise<T>;
  } catch {
    return fn();
  }
}

/** Holds an exclusive Web Lock of this name until the returned function is called (nothing without Web Locks). */
export function holdLock(name: string): () => void {
  const locks = lockManager();
  let release = () => {};
  if (!locks) return release;
  const held = new Promise<void>((r) => { release = r; });
  try {
    void locks.request(name, () => held).catch(() => {});
  } catch {
    // No lock: nothing to release.
  }
  return release;
}

/** Names of the Web Locks held now, by any tab of this site, that start with `prefix` (none without Web Locks). */
export async function heldLocks(prefix: string): Promise<Set<string>> {
  const locks = lockManager();
  if (!locks) return new Set();
  try {
    const { held = [] } = await locks.query();
    return new Set(held.map((l) => l.name ?? '').filter((n) => n.startsWith(prefix)));
  } catch {
    return new Set();
  }
}
