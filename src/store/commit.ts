/**
 * Saving: one versioned compare-and-swap per change. Under the Web Lock the tab reads the stored
 * pointer; the new records, the pointer, the import history and the mappings are then written in
 * ONE transaction that first checks the pointer still has the version read (kv.ts), so a crash or
 * a quota error leaves all of them as they were. A tab that finds another tab's write in between
 * does not overwrite it: an import in merge mode is re-based on the other tab's data, anything
 * else keeps the other tab's data one undo away, and both tabs say so.
 */
import { useDataStore } from './index.ts';
import { useImportStore, type ImportRecord } from './importStore.ts';
import type { DataEntry } from './dataStore.ts';
import type { Dataset } from '../domain/dataset.ts';
import { encodeDataset } from './persistCodec.ts';
import { BUILTIN, IMPORTS, MAPPINGS, MAX_PAST, POINTER, loadChain, newKey, readHistoryRecords, readPointerRecord, type TabState } from './records.ts';
import { notice } from './notices.ts';
import type { ConflictNote } from './sync.ts';
import type { Pointer } from './validate.ts';

/** An import applied in this tab, with what it needs to be re-based on another tab's data. */
export interface ImportIntent {
  /** The version the import put in the data store. */
  entry: DataEntry;
  /** The version it was computed from. */
  base: DataEntry;
  mode: 'merge' | 'replace';
  file: string;
  /** The import merged into another dataset (only called for merge). */
  rebase: (onto: Dataset) => Promise<Dataset>;
}

export type SaveOutcome =
  | { saved: true; version: number; conflict?: ConflictNote; rebased: boolean }
  | { saved: false; error: unknown };

const HISTORY_MAX = 50;
const MAX_TRIES = 5;

const sameEntry = (tab: TabState, a: DataEntry, b: DataEntry) => a === b || (tab.keyOf.has(a) && tab.keyOf.get(a) === tab.keyOf.get(b));

interface Plan { current: DataEntry; past: DataEntry[]; history: ImportRecord[]; mappings: Map<string, string[]>; conflict?: ConflictNote; rebased: boolean }

/** What to store, from the tab's state and what another tab may have stored meanwhile. */
async function plan(tab: TabState, stored: Pointer | null, intent: ImportIntent | null): Promise<Plan> {
  const data = useDataStore.getState();
  const imports = useImportStore.getState();
  let { current, past } = data;
  let { history, mappings } = imports;
  const raced = (stored?.version ?? 0) !== tab.version;
  const importing = intent && current === intent.entry ? intent : null;
  let conflict: ConflictNote | undefined;
  let rebased = false;
  let theirs: DataEntry | null = null;
  let theirsPast: DataEntry[] = [];
  if (raced && stored) {
    const chain = await loadChain(tab, stored, [...past, current]);
    theirs = chain.current ?? tab.builtin;
    theirsPast = chain.past;
    tab.storedLabel = theirs.label;
    const stored2 = await readHistoryRecords(tab);
    const mine = history.filter((r) => !tab.storedHistory.has(r));
    history = [...stored2.history, ...mine].slice(-HISTORY_MAX);
    mappings = new Map([...stored2.mappings, ...mappings]);
  }
  if (importing) {
    // The import lands on what is stored now (another tab's data after a race), never on a stale base.
    const prev = theirs ?? past[past.length - 1] ?? tab.builtin;
    const prevPast = theirs ? theirsPast : past.slice(0, -1);
    if (importing.mode === 'merge' && !sameEntry(tab, prev, importing.base)) {
      current = { ...importing.entry, dataset: await importing.rebase(prev.dataset) };
      rebased = true;
    }
    past = [...prevPast, prev].slice(-MAX_PAST);
    if (theirs && !sameEntry(tab, theirs, importing.base)) conflict = { mode: importing.mode, label: current.label, over: theirs.label };
  } else if (theirs && ![...past, current].some((e) => sameEntry(tab, e, theirs!))) {
    // Undo first returns to the other tab's data, then to this tab's earlier versions, then to theirs.
    const mine = past.filter((e) => !theirsPast.some((t) => sameEntry(tab, t, e)));
    past = [...theirsPast, ...mine, theirs].slice(-MAX_PAST);
    conflict = { mode: 'change', label: current.label, over: theirs.label };
  }
  return { current, past, history, mappings, conflict, rebased };
}

/** One attempt: false when another tab's write slipped in between (no Web Locks): try again. */
async function attempt(tab: TabState, intent: ImportIntent | null): Promise<SaveOutcome | null> {
  const stored = await readPointerRecord(tab);
  const storedVersion = stored?.version ?? 0;
  const p = await plan(tab, stored, intent);
  const live = new Set(stored ? [stored.current, ...stored.past] : []);
  const sets: [string, unknown][] = [];
  const fresh = new Map<DataEntry, string>();
  // A record is reused only if the stored pointer names it (so it surely exists); else written anew.
  const keyFor = (e: DataEntry): string => {
    if (e === tab.builtin) return BUILTIN;
    const k = tab.keyOf.get(e);
    if (k && live.has(k)) return k;
    const made = fresh.get(e) ?? newKey();
    if (!fresh.has(e)) { fresh.set(e, made); sets.push([made, encodeDataset(e.dataset, e.label, e.at)]); }
    return made;
  };
  const version = storedVersion + 1;
  const pointer: Pointer = { current: keyFor(p.current), past: p.past.map(keyFor), version };
  const keep = new Set([pointer.current, ...pointer.past]);
  const del = [...live].filter((k) => k !== BUILTIN && !keep.has(k));
  sets.push([POINTER, pointer], [IMPORTS, p.history], [MAPPINGS, p.mappings]);
  const ok = await tab.kv.commit({
    set: sets, del,
    check: { key: POINTER, test: (v) => ((v as { version?: unknown } | undefined)?.version ?? 0) === storedVersion },
  });
  if (!ok) return null;
  for (const [e, k] of fresh) tab.keyOf.set(e, k);
  tab.version = version;
  tab.storedHistory = new Set(p.history);
  tab.storedLabel = p.current.label;
  const data = useDataStore.getState();
  const imports = useImportStore.getState();
  if (data.current !== p.current || data.past.length !== p.past.length || data.past.some((e, i) => e !== p.past[i])) {
    tab.quiet(() => data.load(p.current, p.past));
  }
  if (imports.history !== p.history || imports.mappings !== p.mappings) tab.quiet(() => imports.load(p.history, p.mappings));
  if (p.conflict) {
    const key = p.conflict.mode === 'merge' ? 'lostRaceMerge' : p.conflict.mode === 'replace' ? 'lostRaceReplace' : 'conflict';
    notice(key, { label: p.conflict.label, theirs: p.conflict.over });
  }
  return { saved: true, version, conflict: p.conflict, rebased: p.rebased };
}

/** Saves the tab's state (and an import's intent); runs under the caller's Web Lock. */
export async function save(tab: TabState, intent: ImportIntent | null): Promise<SaveOutcome> {
  try {
    for (let i = 0; i < MAX_TRIES; i++) {
      const r = await attempt(tab, intent);
      if (r) return r;
    }
    throw new Error('the stored data kept changing while saving');
  } catch (error) {
    return { saved: false, error };
  }
}
