/**
 * Reading the stored dataset versions: each record is validated (validate.ts, loaded lazily with
 * zod); one that fails is moved under a `quarantine:` key in one transaction (never deleted).
 * The tab's view of storage — the pointer version it last saw, which record each in-memory
 * version is stored as — lives in `TabState`.
 */
import type { Kv } from './kv.ts';
import type { DataEntry } from './dataStore.ts';
import type { ImportRecord } from './importStore.ts';
import { decodeDataset } from './persistCodec.ts';
import { notice } from './notices.ts';
import type { Pointer } from './validate.ts';

export const POINTER = 'pointer';
export const IMPORTS = 'imports';
export const MAPPINGS = 'mappings';
export const QUARANTINE = 'quarantine:';
export const RECORD = 'ds:';
/** The built-in dataset is never written; the pointer names it. */
export const BUILTIN = 'builtin';
/** Same bound as the data store's undo history. */
export const MAX_PAST = 10;

export interface TabState {
  kv: Kv;
  /** The database's name (names the Web Locks of records staged by the import worker: staged.ts). */
  db: string;
  lock: string;
  /** The stored pointer version this tab last read or wrote. */
  version: number;
  builtin: DataEntry;
  /** Which record each in-memory version is stored as. */
  keyOf: WeakMap<DataEntry, string>;
  /** The import history entries already stored (anything else in the store is this tab's new). */
  storedHistory: Set<ImportRecord>;
  /** The label of what a reload would show (for a truthful "not saved" notice). */
  storedLabel: string;
  /** Runs a store update without it being saved back (another tab's state, a restore). */
  quiet: (f: () => void) => void;
}

export const validation = () => import('./validate.ts');

let counter = 0;
// Two tabs can write in the same millisecond with the same counter: a random part keeps keys apart.
export const newKey = () => `${RECORD}${Date.now().toString(36)}-${(counter++).toString(36)}-${Math.random().toString(36).slice(2, 8)}`;

/** Moves an unreadable value aside under a quarantine key (kept for recovery, never deleted). */
export async function quarantine(kv: Kv, k: string, raw: unknown, key: 'quarantined' | 'historyDamaged' = 'quarantined'): Promise<void> {
  try {
    await kv.commit({ set: [[`${QUARANTINE}${k}`, { key: k, at: new Date().toISOString(), value: raw }]], del: [k] });
    notice(key, { key: k });
  } catch (e) {
    notice('corrupt', { key: k }, e); // could not copy it: left where it is
  }
}

export type Loaded = { entry: DataEntry } | { missing: true } | { unreadable: true };

export async function loadEntry(tab: TabState, k: string, held: DataEntry[] = []): Promise<Loaded> {
  if (k === BUILTIN) return { entry: tab.builtin };
  const found = held.find((e) => tab.keyOf.get(e) === k);
  if (found) return { entry: found };
  let raw: unknown;
  try {
    raw = await tab.kv.get(k);
  } catch (e) {
    notice('corrupt', { key: k }, e); // the database cannot even hand it out: left in place
    return { unreadable: true };
  }
  if (raw === undefined) return { missing: true };
  const { readStored } = await validation();
  const r = readStored(raw);
  if (!r.ok) {
    if (r.reason === 'newer') notice('newer');
    else await quarantine(tab.kv, k, raw);
    return { unreadable: true };
  }
  if (r.migrated) {
    await tab.kv.commit({ set: [[k, r.record]] }).catch(() => {});
    notice('migrated');
  }
  const d = decodeDataset(r.record);
  const entry: DataEntry = { dataset: d.dataset, label: d.label, at: d.at };
  tab.keyOf.set(entry, k);
  return { entry };
}

export interface Chain { current: DataEntry | null; past: DataEntry[]; missing: string[] }

/** The pointer's versions; an unreadable current falls back to the newest readable past one. */
export async function loadChain(tab: TabState, p: Pointer, held: DataEntry[] = []): Promise<Chain> {
  const missing: string[] = [];
  const one = async (k: string) => {
    const r = await loadEntry(tab, k, held);
    if ('missing' in r) missing.push(k);
    return 'entry' in r ? r.entry : null;
  };
  const current = await one(p.current);
  const past: DataEntry[] = [];
  for (const k of p.past) { const e = await one(k); if (e) past.push(e); }
  return { current: current ?? past.pop() ?? null, past, missing };
}

export async function readPointerRecord(tab: TabState): Promise<Pointer | null> {
  const raw = await tab.kv.get<unknown>(POINTER);
  if (raw === undefined) return null;
  const { readPointer } = await validation();
  const p = readPointer(raw);
  if (!p) await quarantine(tab.kv, POINTER, raw);
  return p;
}

export async function readHistoryRecords(tab: TabState): Promise<{ history: ImportRecord[]; mappings: Map<string, string[]> }> {
  const [rawHistory, rawMappings] = await Promise.all([tab.kv.get<unknown>(IMPORTS), tab.kv.get<unknown>(MAPPINGS)]);
  const { readHistory, readMappings } = await validation();
  const h = readHistory(rawHistory);
  const m = readMappings(rawMappings);
  // The damaged original is kept aside; the readable entries stay (written back with the next save).
  if (h.damaged) await quarantineCopy(tab.kv, IMPORTS, rawHistory, h.history);
  if (m.damaged) await quarantineCopy(tab.kv, MAPPINGS, rawMappings, m.mappings);
  return { history: h.history, mappings: m.mappings };
}

async function quarantineCopy(kv: Kv, k: string, raw: unknown, readable: unknown): Promise<void> {
  try {
    await kv.commit({ set: [[`${QUARANTINE}${k}`, { key: k, at: new Date().toISOString(), value: raw }], [k, readable]] });
    notice('historyDamaged', { key: k });
  } catch (e) {
    notice('corrupt', { key: k }, e);
  }
}

/**
 * Dataset records no pointer names (left by an older version, or by a tab closed before its save
 * named the record its import worker wrote), except those `inFlight` (staged.ts).
 */
export async function orphanKeys(kv: Kv, p: Pointer | null, inFlight: ReadonlySet<string> = new Set()): Promise<string[]> {
  const live = new Set(p ? [p.current, ...p.past] : []);
  return (await kv.keys()).filter((k) => k.startsWith(RECORD) && !live.has(k) && !inFlight.has(k));
}
