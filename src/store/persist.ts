/**
 * Keeps the working dataset, its undo history, import history and remembered mappings in
 * IndexedDB (idb-keyval, own database). Each dataset version is written as its own record first,
 * then one pointer record is switched, so a failed write never leaves a half-applied state.
 * Without IndexedDB (private window) or when the quota is exceeded, the app keeps working in
 * memory and shows a notice. A record that cannot be read is moved aside under a `quarantine:` key
 * (never deleted); an older schema is migrated in place. Tabs announce pointer switches to each
 * other (sync.ts) and every pointer carries a version, so a tab that writes after another one
 * keeps the other's data reachable (undo) instead of silently overwriting it.
 */
import i18next from 'i18next';
import { idbKv, type Kv } from './kv.ts';
import { openSync, withLock, type ChannelFactory } from './sync.ts';
import { useDataStore } from './index.ts';
import { useImportStore, type ImportRecord } from './importStore.ts';
import type { DataEntry } from './dataStore.ts';
import { decodeDataset, encodeDataset, readStored } from './persistCodec.ts';

const POINTER = 'pointer';
const IMPORTS = 'imports';
const MAPPINGS = 'mappings';
/** The built-in dataset is never written; the pointer names it. */
const BUILTIN = 'builtin';

const QUARANTINE = 'quarantine:';

interface Pointer { current: string; past: string[]; version?: number }

function readPointer(raw: unknown): Pointer | null {
  if (typeof raw !== 'object' || raw === null) return null;
  const p = raw as Partial<Pointer>;
  if (typeof p.current !== 'string' || !Array.isArray(p.past) || !p.past.every((k) => typeof k === 'string')) return null;
  return { current: p.current, past: p.past, version: typeof p.version === 'number' ? p.version : 0 };
}

const keyOf = new WeakMap<DataEntry, string>();
/** Records this session read or wrote; only these may be dropped when nothing points to them. */
const ownKeys = new Set<string>();
let counter = 0;
// Two tabs can write in the same millisecond with the same counter: a random part keeps keys apart.
const newKey = () => `ds:${Date.now().toString(36)}-${(counter++).toString(36)}-${Math.random().toString(36).slice(2, 8)}`;

type NoticeKey = 'unavailable' | 'quota' | 'corrupt' | 'quarantined' | 'newer' | 'migrated' | 'remote' | 'conflict';

function notice(key: NoticeKey, err?: unknown): void {
  const kind = key === 'corrupt' || key === 'quarantined' ? 'error' : key === 'migrated' || key === 'remote' ? 'info' : 'warning';
  const show = () => useDataStore.getState().setNotice({ kind, text: i18next.t(`data:persist.${key}`) });
  // Persistence starts before i18n at boot (no IndexedDB is known at once): word it once i18n is up.
  if (i18next.isInitialized) show();
  else {
    const once = () => { i18next.off('initialized', once); show(); };
    i18next.on('initialized', once);
  }
  if (err) console.warn('persistence:', err);
}

function isQuota(e: unknown): boolean {
  return e instanceof DOMException && (e.name === 'QuotaExceededError' || e.name === 'NS_ERROR_DOM_QUOTA_REACHED');
}

/** `flush` resolves when every write (and reload from another tab) queued so far has finished. */
export interface Persistence { ready: Promise<void>; stop: () => void; flush: () => Promise<void> }

let active: Persistence | null = null;

export interface PersistOptions {
  /** Stand-in for IndexedDB (tests). */
  kv?: Kv;
  /** Stand-in for BroadcastChannel (tests). */
  channel?: ChannelFactory;
}

/** Starts once per page (later calls return the running instance); call it at boot, before rendering. */
export function startPersistence(dbName = 'poverty-dashboard-data', o: PersistOptions = {}): Persistence {
  if (active) return active;
  active = begin(dbName, o);
  return active;
}

/** Stops the running instance so that the next start begins afresh (tests). */
export function stopPersistence(): void {
  active?.stop();
  active = null;
}

/** What this tab last read or wrote; `version` is the stored pointer's. */
interface TabState { kv: Kv; version: number; builtin: DataEntry; quiet: (f: () => void) => void }

function begin(dbName: string, o: PersistOptions): Persistence {
  let kv: Kv;
  try {
    kv = o.kv ?? idbKv(dbName);
  } catch (e) {
    notice('unavailable', e);
    return { ready: Promise.resolve(), stop: () => {}, flush: () => Promise.resolve() };
  }
  const builtin = useDataStore.getState().current;
  keyOf.set(builtin, BUILTIN);
  let writing = Promise.resolve();
  let restored = false;
  // While another tab's state is being applied, the subscriptions must not write it back.
  let remote = false;
  const tab: TabState = { kv, version: 0, builtin, quiet: (f) => { remote = true; try { f(); } finally { remote = false; } } };
  const failed = (e: unknown) => notice(isQuota(e) ? 'quota' : 'unavailable', e);

  const sync = openSync(`${dbName}:sync`, (m) => {
    writing = writing.then(() => (m.type === 'pointer' ? reloadPointer(tab, m.version) : reloadImports(tab))).catch(failed);
  }, o.channel);
  const ready = restore(tab).catch((e) => notice('unavailable', e)).finally(() => { restored = true; });

  // Saves in flight: shown in the data view, and leaving the page meanwhile asks first (a reload
  // right after applying a national file would otherwise silently keep the previous data).
  let pending = 0;
  const track = (p: Promise<void>) => {
    if (pending++ === 0) useDataStore.getState().setSaving(true);
    return p.finally(() => { if (--pending === 0) useDataStore.getState().setSaving(false); });
  };
  const guard = (e: BeforeUnloadEvent) => { if (pending > 0) e.preventDefault(); };
  if (typeof window !== 'undefined') window.addEventListener('beforeunload', guard);
  const saveData = () => {
    if (!restored || remote) return;
    writing = track(writing
      .then(() => withLock(`${dbName}:pointer`, () => saveEntries(tab)))
      .then((version) => sync.post({ type: 'pointer', version, from: sync.tab }))
      .catch(failed));
  };
  const saveImports = () => {
    if (!restored || remote) return;
    const { history, mappings } = useImportStore.getState();
    writing = writing.then(async () => {
      await kv.set(IMPORTS, history);
      await kv.set(MAPPINGS, mappings);
      sync.post({ type: 'imports', from: sync.tab });
    }).catch(failed);
  };
  const unsubData = useDataStore.subscribe((s, prev) => { if (s.current !== prev.current || s.past !== prev.past) saveData(); });
  const unsubImports = useImportStore.subscribe((s, prev) => { if (s.history !== prev.history || s.mappings !== prev.mappings) saveImports(); });
  return {
    ready: ready.then(() => writing),
    stop: () => { unsubData(); unsubImports(); sync.close(); if (typeof window !== 'undefined') window.removeEventListener('beforeunload', guard); },
    flush: () => ready.then(() => writing),
  };
}

/** Moves an unreadable record aside under a quarantine key (kept for recovery, never deleted). */
async function quarantine(kv: Kv, k: string, raw: unknown): Promise<void> {
  try {
    await kv.set(`${QUARANTINE}${k}`, { key: k, at: new Date().toISOString(), value: raw });
    await kv.del(k);
    notice('quarantined');
  } catch (e) {
    notice('corrupt', e); // could not copy it: left where it is
  }
}

async function loadEntry(tab: TabState, k: string): Promise<DataEntry | null> {
  if (k === BUILTIN) return tab.builtin;
  const { current, past } = useDataStore.getState();
  const held = [...past, current].find((e) => keyOf.get(e) === k);
  if (held) return held;
  let raw: unknown;
  try {
    raw = await tab.kv.get(k);
  } catch (e) {
    notice('corrupt', e); // the database cannot even hand it out: left in place
    return null;
  }
  if (raw === undefined) return null;
  const r = readStored(raw);
  if (!r.ok) {
    if (r.reason === 'newer') notice('newer');
    else await quarantine(tab.kv, k, raw);
    return null;
  }
  if (r.migrated) {
    await tab.kv.set(k, r.record).catch(() => {});
    notice('migrated');
  }
  const d = decodeDataset(r.record);
  const entry: DataEntry = { dataset: d.dataset, label: d.label, at: d.at };
  remember(entry, k);
  return entry;
}

function remember(e: DataEntry, k: string): void {
  keyOf.set(e, k);
  ownKeys.add(k);
}

/** The pointer's entries; an unreadable current falls back to the newest readable past one. */
async function loadPointer(tab: TabState, p: Pointer): Promise<{ current: DataEntry | null; past: DataEntry[] }> {
  const current = await loadEntry(tab, p.current);
  const past: DataEntry[] = [];
  for (const k of p.past) { const e = await loadEntry(tab, k); if (e) past.push(e); }
  return { current: current ?? past.pop() ?? null, past };
}

async function readStoredPointer(kv: Kv): Promise<Pointer | null> {
  const raw = await kv.get<unknown>(POINTER);
  if (raw === undefined) return null;
  const p = readPointer(raw);
  if (!p) await quarantine(kv, POINTER, raw);
  return p;
}

/** Another tab switched the pointer: show its data here too. */
async function reloadPointer(tab: TabState, version: number): Promise<void> {
  if (version <= tab.version) return;
  const p = await readStoredPointer(tab.kv);
  if (!p) return;
  const { current, past } = await loadPointer(tab, p);
  tab.version = p.version ?? 0;
  tab.quiet(() => useDataStore.getState().load(current ?? tab.builtin, past));
  notice('remote');
}

async function reloadImports(tab: TabState): Promise<void> {
  const [history, mappings] = await Promise.all([tab.kv.get<ImportRecord[]>(IMPORTS), tab.kv.get<Map<string, string[]>>(MAPPINGS)]);
  tab.quiet(() => useImportStore.getState().load(Array.isArray(history) ? history : [], mappings instanceof Map ? mappings : new Map()));
}

async function restore(tab: TabState): Promise<void> {
  const [pointer, history, mappings] = await Promise.all([
    readStoredPointer(tab.kv), tab.kv.get<ImportRecord[]>(IMPORTS), tab.kv.get<Map<string, string[]>>(MAPPINGS),
  ]);
  useImportStore.getState().load(Array.isArray(history) ? history : [], mappings instanceof Map ? mappings : new Map());
  if (!pointer) return;
  tab.version = pointer.version ?? 0;
  if (pointer.current === BUILTIN && !pointer.past.length) return;
  const { current, past } = await loadPointer(tab, pointer);
  if (current) tab.quiet(() => useDataStore.getState().load(current, past));
}

/** Writes the store's versions and switches the pointer; returns the new pointer version. */
async function saveEntries(tab: TabState): Promise<number> {
  const { kv } = tab;
  // 0. Another tab switched the pointer since this tab last read it: keep that tab's data as the
  //    step before ours (undo returns to it) rather than overwriting it unseen.
  const stored = await readStoredPointer(kv);
  if (stored && (stored.version ?? 0) > tab.version) {
    const { current, past } = useDataStore.getState();
    if (![...past, current].some((e) => keyOf.get(e) === stored.current)) {
      const theirs = await loadEntry(tab, stored.current);
      if (theirs) {
        tab.quiet(() => useDataStore.setState({ past: [...past, theirs].slice(-MAX_PAST) }));
        notice('conflict');
      }
    }
  }
  const { current, past } = useDataStore.getState();
  const entries = [...past, current];
  // 1. Every version not yet stored gets its own record.
  for (const e of entries) {
    if (keyOf.has(e)) continue;
    const k = newKey();
    await kv.set(k, encodeDataset(e.dataset, e.label, e.at));
    remember(e, k);
  }
  // 2. Switch the pointer in one write.
  const version = Math.max(tab.version, stored?.version ?? 0) + 1;
  const pointer: Pointer = { current: keyOf.get(current)!, past: past.map((e) => keyOf.get(e)!), version };
  await kv.set(POINTER, pointer);
  tab.version = version;
  // 3. Drop versions nothing points to any more (this tab's own records only; never quarantined ones).
  const live = new Set([pointer.current, ...pointer.past, ...(stored ? [stored.current, ...stored.past] : [])]);
  for (const k of await kv.keys()) {
    if (typeof k === 'string' && ownKeys.has(k) && !live.has(k)) { await kv.del(k); ownKeys.delete(k); }
  }
  return version;
}

/** Same bound as the data store's undo history. */
const MAX_PAST = 10;
