/**
 * The import worker's one write to the page's database: the applied dataset as one record, under
 * the key and in the form the page's persistence (src/store/staged.ts) chose and sent with the
 * apply. The structured clone of a national dataset (a second or more) then runs in the worker
 * instead of the page. Everything else — the pointer and its version, the import history, tab
 * sync, undo, quarantine — stays with the page, whose next save names this record or deletes it.
 */

/** Where the record goes: database, object store, key, and the record's fields besides `dataset`. */
export interface StoreTarget { db: string; objectStore: string; key: string; head: Record<string, unknown> }

export type StoreOutcome = { ok: true } | { ok: false; message: string };

const failure = (e: unknown): StoreOutcome => ({ ok: false, message: e instanceof Error || e instanceof DOMException ? `${e.name}: ${e.message}` : String(e) });

/** Opens the database (started while the apply runs); rejects where this worker has no IndexedDB. */
export function openTarget(t: StoreTarget): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    let req: IDBOpenDBRequest;
    try {
      req = globalThis.indexedDB.open(t.db);
    } catch (e) {
      reject(e instanceof Error ? e : new Error(String(e))); // no IndexedDB here (a throwing getter, a missing global)
      return;
    }
    // A database that does not exist yet is made as the page's key-value store makes it.
    req.onupgradeneeded = () => { if (!req.result.objectStoreNames.contains(t.objectStore)) req.result.createObjectStore(t.objectStore); };
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error ?? new Error('open failed'));
    req.onblocked = () => reject(new Error('database blocked'));
  });
}

/**
 * Puts `record` under the target's key in one transaction; settles (never rejects) once that
 * transaction has committed or failed. The record is cloned during the call, before it returns:
 * its buffers may be moved elsewhere right after.
 */
export function storeRecord(db: IDBDatabase, t: StoreTarget, record: unknown): Promise<StoreOutcome> {
  let tx: IDBTransaction;
  try {
    tx = db.transaction(t.objectStore, 'readwrite');
  } catch (e) {
    db.close();
    return Promise.resolve(failure(e));
  }
  const done = new Promise<StoreOutcome>((resolve) => {
    tx.oncomplete = () => resolve({ ok: true });
    tx.onabort = () => resolve(failure(tx.error ?? new Error('transaction aborted')));
  }).finally(() => db.close());
  try {
    tx.objectStore(t.objectStore).put(record, t.key);
  } catch (e) {
    // A put that throws (DataCloneError, a quota error) must not leave an empty transaction to commit.
    try { tx.abort(); } catch { /* already finished */ }
    return done.then(() => failure(e));
  }
  return done;
}
