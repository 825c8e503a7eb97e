/**
 * The key-value calls persistence needs, so tests (and a future backend) can stand in for
 * IndexedDB. `idbKv` uses idb-keyval with its own database; `memoryKv` is an in-memory stand-in
 * whose calls can be made to fail (quota, broken database) in tests.
 */
import { createStore, get, set, del, keys } from 'idb-keyval';

export interface Kv {
  get: <T>(k: string) => Promise<T | undefined>;
  set: (k: string, v: unknown) => Promise<void>;
  del: (k: string) => Promise<void>;
  keys: () => Promise<IDBValidKey[]>;
}

export function idbKv(dbName: string): Kv {
  if (typeof indexedDB === 'undefined') throw new Error('no indexedDB');
  const db = createStore(dbName, 'kv');
  // idb-keyval opens the database on first use and can throw synchronously there (open() refused):
  // async wrappers turn that into a rejection every caller already handles.
  return { get: async (k) => get(k, db), set: async (k, v) => set(k, v, db), del: async (k) => del(k, db), keys: async () => keys(db) };
}

export interface MemoryKv extends Kv {
  data: Map<string, unknown>;
  /** When set, `set` rejects with this error (e.g. a QuotaExceededError DOMException). */
  failSet: Error | null;
}

export function memoryKv(initial: [string, unknown][] = []): MemoryKv {
  const data = new Map(initial);
  const kv: MemoryKv = {
    data,
    failSet: null,
    get: async <T,>(k: string) => (data.has(k) ? structuredClone(data.get(k)) as T : undefined),
    set: async (k, v) => {
      if (kv.failSet) throw kv.failSet;
      data.set(k, structuredClone(v));
    },
    del: async (k) => { data.delete(k); },
    keys: async () => [...data.keys()],
  };
  return kv;
}
