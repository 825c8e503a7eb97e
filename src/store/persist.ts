/**
 * Keeps the working dataset, its undo history, import history and remembered mappings in
 * IndexedDB (idb-keyval, own database). Each dataset version is written as its own record first,
 * then one pointer record is switched, so a failed write never leaves a half-applied state.
 * Without IndexedDB (private window) or when the quota is exceeded, the app keeps working in
 * memory and shows a notice.
 */
import { createStore, get, set, del, keys, type UseStore } from 'idb-keyval';
import i18next from 'i18next';
import { useDataStore } from './index.ts';
import { useImportStore, type ImportRecord } from './importStore.ts';
import type { DataEntry } from './dataStore.ts';
import { decodeDataset, encodeDataset, type StoredDataset } from './persistCodec.ts';

const POINTER = 'pointer';
const IMPORTS = 'imports';
const MAPPINGS = 'mappings';
/** The built-in dataset is never written; the pointer names it. */
const BUILTIN = 'builtin';

interface Pointer { current: string; past: string[] }

const keyOf = new WeakMap<DataEntry, string>();
/** Records this session read or wrote; only these may be dropped when nothing points to them. */
const ownKeys = new Set<string>();
let counter = 0;
const newKey = () => `ds:${Date.now().toString(36)}-${(counter++).toString(36)}`;

function notice(key: 'unavailable' | 'quota' | 'corrupt', err?: unknown): void {
  const text = i18next.t(`data:persist.${key}`);
  useDataStore.getState().setNotice({ kind: key === 'corrupt' ? 'error' : 'warning', text });
  if (err) console.warn('persistence:', err);
}

function isQuota(e: unknown): boolean {
  return e instanceof DOMException && (e.name === 'QuotaExceededError' || e.name === 'NS_ERROR_DOM_QUOTA_REACHED');
}

export interface Persistence { ready: Promise<void>; stop: () => void }

let active: Persistence | null = null;

/** Starts once per page (later calls return the running instance); call it at boot, before rendering. */
export function startPersistence(dbName = 'poverty-dashboard-data'): Persistence {
  if (active) return active;
  active = begin(dbName);
  return active;
}

function begin(dbName: string): Persistence {
  let db: UseStore;
  try {
    if (typeof indexedDB === 'undefined') throw new Error('no indexedDB');
    db = createStore(dbName, 'kv');
  } catch (e) {
    notice('unavailable', e);
    return { ready: Promise.resolve(), stop: () => {} };
  }
  keyOf.set(useDataStore.getState().current, BUILTIN);
  let writing = Promise.resolve();
  let restored = false;

  const ready = restore(db).catch((e) => notice('unavailable', e)).finally(() => { restored = true; });

  const saveData = () => {
    if (!restored) return;
    writing = writing.then(() => saveEntries(db)).catch((e) => notice(isQuota(e) ? 'quota' : 'unavailable', e));
  };
  const saveImports = () => {
    if (!restored) return;
    const { history, mappings } = useImportStore.getState();
    writing = writing.then(async () => {
      await set(IMPORTS, history, db);
      await set(MAPPINGS, mappings, db);
    }).catch((e) => notice(isQuota(e) ? 'quota' : 'unavailable', e));
  };
  const unsubData = useDataStore.subscribe((s, prev) => { if (s.current !== prev.current || s.past !== prev.past) saveData(); });
  const unsubImports = useImportStore.subscribe((s, prev) => { if (s.history !== prev.history || s.mappings !== prev.mappings) saveImports(); });
  return { ready, stop: () => { unsubData(); unsubImports(); } };
}

async function restore(db: UseStore): Promise<void> {
  const [pointer, history, mappings] = await Promise.all([
    get<Pointer>(POINTER, db), get<ImportRecord[]>(IMPORTS, db), get<Map<string, string[]>>(MAPPINGS, db),
  ]);
  useImportStore.getState().load(Array.isArray(history) ? history : [], mappings instanceof Map ? mappings : new Map());
  if (!pointer || pointer.current === BUILTIN && !pointer.past.length) return;
  const builtin = useDataStore.getState().current;
  keyOf.set(builtin, BUILTIN);
  const load = async (k: string): Promise<DataEntry | null> => {
    if (k === BUILTIN) return builtin;
    try {
      const rec = await get<StoredDataset>(k, db);
      if (!rec) return null;
      const d = decodeDataset(rec);
      const entry: DataEntry = { dataset: d.dataset, label: d.label, at: d.at };
      keyOf.set(entry, k);
      ownKeys.add(k);
      return entry;
    } catch (e) {
      // A record we cannot read is left in place (never deleted silently) and skipped.
      notice('corrupt', e);
      return null;
    }
  };
  const current = await load(pointer.current);
  const past = (await Promise.all(pointer.past.map(load))).filter((e): e is DataEntry => e !== null);
  if (current) useDataStore.getState().load(current, past);
}

async function saveEntries(db: UseStore): Promise<void> {
  const { current, past } = useDataStore.getState();
  const entries = [...past, current];
  // 1. Every version not yet stored gets its own record.
  for (const e of entries) {
    if (keyOf.has(e)) continue;
    const k = newKey();
    await set(k, encodeDataset(e.dataset, e.label, e.at), db);
    keyOf.set(e, k);
    ownKeys.add(k);
  }
  // 2. Switch the pointer in one write.
  const pointer: Pointer = { current: keyOf.get(current)!, past: past.map((e) => keyOf.get(e)!) };
  await set(POINTER, pointer, db);
  // 3. Drop versions nothing points to any more.
  const live = new Set([pointer.current, ...pointer.past]);
  for (const k of await keys<string>(db)) {
    if (typeof k === 'string' && ownKeys.has(k) && !live.has(k)) { await del(k, db); ownKeys.delete(k); }
  }
}
