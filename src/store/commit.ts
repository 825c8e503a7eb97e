/**
 * Saving: one versioned compare-and-swap per change. Under the Web Lock the tab reads the stored
 * pointer; the new records, the pointer, the import history and the mappings are then written in
 * ONE transaction that first checks the pointer still has the version read (kv.ts), so a crash or
 * a quota error leaves all of them as they were. A tab that finds another tab's write in between
 * does not overwrite it: an import in merge mode is re-based on the other tab's data, anything
 * else keeps the other tab's data one undo away, and both tabs say so.
 * An import whose worker wrote its record already (staged.ts) is saved by naming that record.
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
import type { Staged } from './staged.ts';

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
  /** The record the import worker writes for `entry`; dropped (and deleted) if a save fails. */
  staged?: Staged;
}

export type SaveOutcome =
  | { saved: true; version: number; conflict?: ConflictNote; rebased: boolean }
  | { saved: false; error: unknown };

const HISTORY_MAX = 50;
const MAX_TRIES = 5;

const sameEntry = (tab: TabState, a: DataEntry, b: DataEntry) => a === b || (tab.keyOf.has(a) && tab.keyOf.get(a) === tab.keyOf.get(b));

interface Plan { current: DataEntry; past: DataEntry[]; history: ImportRecord[]; mappings: Map<string, string[]>; conflict?: ConflictNote; rebased: boolean }

/**
 * What to store, from the tab's state and what another tab may have stored meanwhile. Imports not
 * yet stored (`pending`, oldest first: a failed save keeps them) land on what is stored now: after
 * another tab's write they are replayed on top of it, a merge re-based on the data below it.
 */
async function plan(tab: TabState, stored: Pointer | null, pending: ImportIntent[]): Promise<Plan> {
  const data = useDataStore.getState();
  const imports = useImportStore.getState();
  const local = [...data.past, data.current];
  let { history, mappings } = imports;
  const raced = (stored?.version ?? 0) !== tab.version;
  let theirs: DataEntry | null = null;
  let theirsPast: DataEntry[] = [];
  if (raced && stored) {
    const chain = await loadChain(tab, stored, local);
    theirs = chain.current ?? tab.builtin;
    theirsPast = chain.past;
    tab.storedLabel = theirs.label;
    const stored2 = await readHistoryRecords(tab);
    const mine = history.filter((r) => !tab.storedHistory.has(r));
    history = [...stored2.history, ...mine].slice(-HISTORY_MAX);
    mappings = new Map([...stored2.mappings, ...mappings]);
  }
  const inTheirs = (e: DataEntry) => !!theirs && [...theirsPast, theirs].some((t) => sameEntry(tab, t, e));
  const live = pending.filter((i) => local.includes(i.entry));
  const first = live.length ? local.indexOf(live[0]!.entry) : -1;
  let conflict: ConflictNote | undefined;
  let rebased = false;
  let chain: DataEntry[];
  if (first >= 0) {
    const before = local.slice(0, first);
    // This tab's versions the other tab never stored stay in the undo history, after theirs.
    const out = theirs ? [...theirsPast, theirs, ...before.filter((e) => !inTheirs(e))] : before;
    let prev = out[out.length - 1] ?? tab.builtin;
    if (!out.length) out.push(prev);
    for (const e of local.slice(first)) {
      const intent = live.find((i) => i.entry === e);
      let next = e;
      if (intent?.mode === 'merge' && !sameEntry(tab, prev, intent.base)) {
        next = { ...e, dataset: await intent.rebase(prev.dataset) };
        rebased = true;
      }
      out.push(next);
      prev = next;
    }
    chain = out;
    const last = live[live.length - 1]!;
    if (theirs && !sameEntry(tab, theirs, live[0]!.base)) conflict = { mode: last.mode, label: prev.label, over: theirs.label };
  } else if (theirs && !local.some((e) => sameEntry(tab, e, theirs!))) {
    // Undo first returns to the other tab's data, then to this tab's earlier versions, then to theirs.
    const mine = data.past.filter((e) => !inTheirs(e));
    chain = [...theirsPast, ...mine, theirs, data.current];
    conflict = { mode: 'change', label: data.current.label, over: theirs.label };
  } else {
    chain = local;
  }
  const current = chain[chain.length - 1]!;
  return { current, past: chain.slice(0, -1).slice(-MAX_PAST), history, mappings, conflict, rebased };
}

/**
 * One attempt: false when another tab's write slipped in between (no Web Locks): try again.
 * `written`: the versions whose record the import worker has stored, by key.
 */
async function attempt(tab: TabState, pending: ImportIntent[], written: Map<DataEntry, string>): Promise<SaveOutcome | null> {
  const stored = await readPointerRecord(tab);
  const storedVersion = stored?.version ?? 0;
  const p = await plan(tab, stored, pending);
  const live = new Set(stored ? [stored.current, ...stored.past] : []);
  const sets: [string, unknown][] = [];
  const fresh = new Map<DataEntry, string>();
  // A record is reused only if the stored pointer names it (so it surely exists); else written anew.
  const keyFor = (e: DataEntry): string => {
    if (e === tab.builtin) return BUILTIN;
    const k = tab.keyOf.get(e);
    if (k && live.has(k)) return k;
    const staged = written.get(e);
    if (staged) { fresh.set(e, staged); return staged; }
    const made = fresh.get(e) ?? newKey();
    if (!fresh.has(e)) { fresh.set(e, made); sets.push([made, encodeDataset(e.dataset, e.label, e.at)]); }
    return made;
  };
  const version = storedVersion + 1;
  const pointer: Pointer = { current: keyFor(p.current), past: p.past.map(keyFor), version };
  const keep = new Set([pointer.current, ...pointer.past]);
  const del = [...live].filter((k) => k !== BUILTIN && !keep.has(k));
  // Staged records this save does not name (undone, re-based, or of a write that failed): deleted with it.
  for (const i of pending) if (i.staged && !keep.has(i.staged.key)) del.push(i.staged.key);
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

/** Saves the tab's state (and the imports not yet stored); runs under the caller's Web Lock. */
export async function save(tab: TabState, pending: ImportIntent[]): Promise<SaveOutcome> {
  const staged = pending.filter((i) => i.staged);
  try {
    // The worker's answer comes within the time its write takes (the page's save used to take it).
    const written = new Map<DataEntry, string>();
    for (const i of staged) if (await i.staged!.written) written.set(i.entry, i.staged!.key);
    for (let i = 0; i < MAX_TRIES; i++) {
      const r = await attempt(tab, pending, written);
      if (r) { for (const x of staged) x.staged!.done(); return r; }
    }
    throw new Error('the stored data kept changing while saving');
  } catch (error) {
    // Nothing of this save is stored: the staged records go too (no orphan), and a retry writes
    // the records from this page as before.
    await tab.kv.commit({ del: staged.map((i) => i.staged!.key) }).catch(() => {});
    for (const x of staged) { x.staged!.done(); delete x.staged; }
    return { saved: false, error };
  }
}
