/**
 * The key-value calls persistence needs, so tests (and a future backend) can stand in for
 * IndexedDB. Every write is one `commit`: its puts and deletes happen in one IndexedDB
 * transaction, after an optional check of one stored value inside that same transaction (the
 * compare of a compare-and-swap). A failure anywhere (a quota error at the third put, a check that
 * does not hold) aborts the whole transaction, so nothing of it is stored.
 * `idbKv` wraps idb-keyval's `createStore` (which hands out the raw object store); `memoryKv` is an
 * in-memory stand-in whose puts can be made to fail at a chosen index (tests).
 */
import { createStore, promisifyRequest, get, keys, type UseStore } from 'idb-keyval';

export interface Commit {
  set?: [string, unknown][];
  del?: string[];
  /** Checked inside the transaction before any write; false → nothing written, `commit` resolves false. */
  check?: { key: string; test: (stored: unknown) => boolean };
}

export interface Kv {
  get: <T>(k: string) => Promise<T | undefined>;
  keys: () => Promise<string[]>;
  /** All or nothing: true when written, false when the check failed; rejects on a storage error. */
  commit: (c: Commit) => Promise<boolean>;
}

function commitIn(store: IDBObjectStore, c: Commit): Promise<boolean> {
  const tx = store.transaction;
  // Set when the check fails: the abort is then a refusal, not a storage error.
  let checkFailed = false;
  // A put that threw (a stubbed or synchronous quota error) is the reason, not the abort it caused.
  let thrown: unknown = null;
  const done = promisifyRequest(tx).then(() => true, (e: unknown) => {
    if (checkFailed) return false;
    throw thrown ?? tx.error ?? e;
  });
  const write = () => {
    try {
      for (const [k, v] of c.set ?? []) store.put(v, k);
      for (const k of c.del ?? []) store.delete(k);
    } catch (e) {
      // A put can throw synchronously (DataCloneError, a stubbed quota error): abort, or the
      // puts issued before it would commit on their own.
      thrown = e;
      tx.abort();
      throw e;
    }
  };
  if (!c.check) {
    write();
    return done;
  }
  const { key, test } = c.check;
  const req = store.get(key);
  req.onsuccess = () => {
    if (test(req.result)) { try { write(); } catch { /* aborted above: `done` rejects */ } return; }
    checkFailed = true;
    tx.abort();
  };
  return done;
}

/** The object store of a database made by `idbKv` (idb-keyval's layout: one store). */
export const KV_STORE = 'kv';

export function idbKv(factory: IDBFactory, dbName: string, storeName = KV_STORE): Kv {
  // idb-keyval reads the global `indexedDB`; the guard (storage.ts) has checked it already.
  void factory;
  const db: UseStore = createStore(dbName, storeName);
  return {
    get: async (k) => get(k, db),
    keys: async () => (await keys(db)).filter((k): k is string => typeof k === 'string'),
    commit: async (c) => db('readwrite', (store) => commitIn(store, c)),
  };
}

export interface MemoryKv extends Kv {
  data: Map<string, unknown>;
  /** When set, the put with this index (counted across commits from 0) throws `failWith`. */
  failAtPut: number | null;
  failWith: Error | null;
  /** Puts attempted so far. */
  puts: number;
}

export const quotaError = () => new DOMException('The quota has been exceeded.', 'QuotaExceededError');

export function memoryKv(initial: [string, unknown][] = []): MemoryKv {
  const data = new Map(initial);
  const kv: MemoryKv = {
    data,
    failAtPut: null,
    failWith: null,
    puts: 0,
    get: async <T,>(k: string) => (data.has(k) ? structuredClone(data.get(k)) as T : undefined),
    keys: async () => [...data.keys()],
    commit: async (c) => {
      await Promise.resolve();
      if (c.check && !c.check.test(data.has(c.check.key) ? structuredClone(data.get(c.check.key)) : undefined)) return false;
      const staged = new Map(data);
      for (const [k, v] of c.set ?? []) {
        const i = kv.puts++;
        if (kv.failWith && (kv.failAtPut === null || kv.failAtPut === i)) throw kv.failWith;
        staged.set(k, structuredClone(v));
      }
      for (const k of c.del ?? []) staged.delete(k);
      data.clear();
      for (const [k, v] of staged) data.set(k, v);
      return true;
    },
  };
  return kv;
}
