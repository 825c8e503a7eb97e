/**
 * Keeps the working dataset, its undo history, import history and remembered mappings in
 * IndexedDB, through the storage guard (storage.ts): blocked storage means in-memory mode with a
 * notice, never an exception. Every change is saved by one versioned compare-and-swap under the
 * Web Lock (commit.ts); records are validated when read and anything damaged is quarantined
 * (records.ts); "repair storage" rebuilds the pointer from every readable record (repair.ts).
 * Tabs announce commits to each other (sync.ts). An import's dataset record is written by the
 * import worker where it can be (staged.ts): the page then commits only the small records.
 */
import { useDataStore } from './index.ts';
import { useImportStore, type ImportRecord } from './importStore.ts';
import type { DataEntry } from './dataStore.ts';
import { KV_STORE, memoryKv, type Kv } from './kv.ts';
import { openKv, withLock } from './storage.ts';
import { openSync, type ChannelFactory, type SyncMessage } from './sync.ts';
import { isQuota, notice } from './notices.ts';
import { save, type ImportIntent, type SaveOutcome } from './commit.ts';
import { BUILTIN, loadChain, orphanKeys, readHistoryRecords, readPointerRecord, type TabState } from './records.ts';
import { repairRecords } from './repair.ts';
import { createStaged, stagedInFlight, type Staged } from './staged.ts';

/** `flush` resolves when every write (and reload from another tab) queued so far has finished. */
export interface Persistence {
  ready: Promise<void>;
  stop: () => void;
  flush: () => Promise<void>;
  /** Applies an import in this tab and saves it with its history entry in one transaction. */
  commitImport: (i: ImportRequest) => Promise<SaveOutcome>;
  /**
   * A key for the import worker to write the applied dataset under (staged.ts), before the apply;
   * null when storage is in memory (the save then writes it from the page). Hand the worker's
   * answer to `settle`, then either pass it to `commitImport` or `dropStaged` it.
   */
  stage: (label: string, at: string) => Staged | null;
  /** An import that will not be committed: its staged record is deleted once the worker is done. */
  dropStaged: (s: Staged) => Promise<void>;
  repair: () => Promise<void>;
  /** Tries again to save what this tab holds and storage does not (after a quota error). */
  retry: () => Promise<SaveOutcome | null>;
  /** True when storage is blocked and the data lives in this page only. */
  memory: boolean;
}

export interface ImportRequest {
  dataset: DataEntry['dataset'];
  label: string;
  base: DataEntry;
  record: ImportRecord;
  headerKey: string;
  mapping: string[];
  rebase: ImportIntent['rebase'];
  /** The record the import worker wrote (or writes) for this dataset; its `at` becomes the entry's. */
  staged?: Staged | null;
}

let active: Persistence | null = null;

/** How long the screens wait for saved data before showing the built-in data (storage that hangs). */
export const RESTORE_WAIT_MS = 4000;

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

/** The running instance's import commit; without one (offline report), an in-memory apply. */
export function commitImport(i: ImportRequest): Promise<SaveOutcome> {
  return startPersistence().commitImport(i);
}

export function stageImport(label: string, at: string): Staged | null {
  return startPersistence().stage(label, at);
}

export function dropStaged(s: Staged): Promise<void> {
  return startPersistence().dropStaged(s);
}

export function repairStorage(): Promise<void> {
  return startPersistence().repair();
}

function begin(dbName: string, o: PersistOptions): Persistence {
  const opened = o.kv ? { kv: o.kv, memory: false } : openKv(dbName);
  if (opened.memory) notice('unavailable');
  const builtin = useDataStore.getState().current;
  let remote = false;
  const tab: TabState = {
    kv: opened.kv, db: dbName, lock: `${dbName}:pointer`, version: 0, builtin, keyOf: new WeakMap([[builtin, BUILTIN]]),
    storedHistory: new Set(), storedLabel: builtin.label,
    quiet: (f) => { remote = true; try { f(); } finally { remote = false; } },
  };
  let chain: Promise<unknown> = Promise.resolve();
  const queue = <T,>(f: () => Promise<T>): Promise<T> => {
    const run = chain.then(() => withLock(tab.lock, f));
    chain = run.catch(() => {});
    return run;
  };

  // Saves in flight: shown in the data view, and leaving the page meanwhile asks first.
  // Records the import worker is writing count too (they end with the save that names them).
  let pending = 0;
  const hold = () => { if (pending++ === 0) useDataStore.getState().setSaving(true); };
  const unhold = () => { if (--pending === 0) useDataStore.getState().setSaving(false); };
  const guard = (e: BeforeUnloadEvent) => { if (pending > 0) e.preventDefault(); };
  if (typeof window !== 'undefined') window.addEventListener('beforeunload', guard);
  const sync = openSync(`${dbName}:sync`, (m) => { void queue(() => reload(m)).catch(failed); }, o.channel);

  let saveQueued: Promise<SaveOutcome> | null = null;
  // Imports applied here and not yet stored, oldest first (kept after a failed save, for the retry).
  let unstored: ImportIntent[] = [];
  const scheduleSave = (): Promise<SaveOutcome> => {
    if (saveQueued) return saveQueued;
    hold();
    const run = queue(async () => {
      saveQueued = null;
      const mine = unstored;
      const r = await save(tab, mine);
      if (r.saved) unstored = unstored.filter((i) => !mine.includes(i));
      if (r.saved) sync.post({ type: 'pointer', version: r.version, from: sync.tab, ...(r.conflict ? { conflict: r.conflict } : {}) });
      else failed(r.error);
      return r;
    }).finally(unhold);
    saveQueued = run;
    return run;
  };
  /** The store shows what is not stored: say exactly that. */
  function failed(e: unknown) {
    const label = useDataStore.getState().current.label;
    notice(isQuota(e) ? 'quota' : 'notSaved', { label, saved: tab.storedLabel }, e);
  }

  async function reload(m: SyncMessage): Promise<void> {
    if (m.type !== 'pointer' && m.type !== 'imports') return;
    // A save of this tab is queued: it reconciles with the other tab's write (commit.ts).
    if (saveQueued || unsaved()) { void scheduleSave(); return; }
    const stored = await readPointerRecord(tab);
    if (!stored || stored.version <= tab.version) return;
    const { history, mappings } = await readHistoryRecords(tab);
    const { current, past } = useDataStore.getState();
    const loaded = await loadChain(tab, stored, [...past, current]);
    // An import applied here while the other tab's data was being read: loading it now would drop
    // that import. Save instead; the save re-bases it on the other tab's write.
    const now = useDataStore.getState();
    if (now.current !== current || now.past !== past || saveQueued || unsaved()) { void scheduleSave(); return; }
    tab.version = stored.version;
    tab.storedHistory = new Set(history);
    tab.storedLabel = loaded.current?.label ?? builtin.label;
    tab.quiet(() => {
      useDataStore.getState().load(loaded.current ?? builtin, loaded.past);
      useImportStore.getState().load(history, mappings);
    });
    const c = m.type === 'pointer' ? m.conflict : undefined;
    if (c && c.mode !== 'change') notice(c.mode === 'merge' ? 'wonRaceMerge' : 'wonRaceReplace', { label: c.label, theirs: c.over });
    else notice(c ? 'conflict' : 'remote', c ? { label: c.label, theirs: c.over } : undefined);
  }
  /** Versions in this tab that no record holds (a save failed): never dropped by a reload. */
  const unsaved = () => {
    const { current, past } = useDataStore.getState();
    return [...past, current].some((e) => !tab.keyOf.has(e));
  };

  // Storage that cannot even be read (open() refused, a broken database): in-memory mode.
  useDataStore.getState().setRestoring(true);
  // Storage that hangs (a blocked database) must not hold the screens: after a while the built-in
  // data is shown; the restore still loads the saved data if nothing was changed meanwhile. Once
  // storage has answered that data is saved, the screens wait for it however long a large dataset
  // takes to read, rather than show the built-in figures first and then replace them.
  const slow = setTimeout(() => useDataStore.getState().setRestoring(false), RESTORE_WAIT_MS);
  const durable = tab.kv;
  const ready = queue(() => restore(tab, () => clearTimeout(slow))).catch((e) => {
    tab.kv = memoryKv();
    notice('unavailable', undefined, e);
  }).finally(() => { clearTimeout(slow); useDataStore.getState().setRestoring(false); });

  const unsubData = useDataStore.subscribe((s, prev) => { if (!remote && (s.current !== prev.current || s.past !== prev.past)) void scheduleSave(); });
  const unsubImports = useImportStore.subscribe((s, prev) => { if (!remote && (s.history !== prev.history || s.mappings !== prev.mappings)) void scheduleSave(); });
  const flush = () => ready.then(() => chain).then(() => undefined);
  return {
    ready: flush(),
    memory: opened.memory,
    stop: () => { unsubData(); unsubImports(); sync.close(); if (typeof window !== 'undefined') window.removeEventListener('beforeunload', guard); },
    flush,
    commitImport: (req) => {
      const base = req.base;
      const staged = req.staged ?? undefined;
      useDataStore.getState().apply(req.dataset, req.label, staged?.at);
      const entry = useDataStore.getState().current;
      const imports = useImportStore.getState();
      imports.remember(req.headerKey, req.mapping);
      imports.addHistory(req.record);
      unstored = [...unstored, { entry, base, mode: req.record.mode, file: req.record.file, rebase: req.rebase, ...(staged ? { staged } : {}) }];
      return scheduleSave();
    },
    // Not in memory mode, nor once a failed restore has swapped storage for memory.
    stage: (label, at) => {
      if (opened.memory || tab.kv !== durable) return null;
      hold();
      return createStaged(dbName, KV_STORE, label, at, unhold);
    },
    dropStaged: (s) => queue(async () => {
      await s.written;
      await tab.kv.commit({ del: [s.key] }).catch(() => {});
    }).catch(() => {}).finally(s.done),
    retry: () => (unsaved() || unstored.length ? scheduleSave() : Promise.resolve(null)),
    repair: () => queue(() => repairRecords(tab)).then(() => undefined, (e: unknown) => notice('corrupt', undefined, e)),
  };
}

async function restore(tab: TabState, found: () => void): Promise<void> {
  const stored = await readPointerRecord(tab);
  // Nothing saved: the built-in data is the data; show it without waiting for the history (and zod).
  if (!stored) useDataStore.getState().setRestoring(false);
  else found();
  const { history, mappings } = await readHistoryRecords(tab);
  tab.storedHistory = new Set(history);
  // An import applied while this was read (the screens no longer wait when nothing is saved) keeps its entry.
  const meanwhile = useImportStore.getState();
  tab.quiet(() => meanwhile.load([...history, ...meanwhile.history], new Map([...mappings, ...meanwhile.mappings])));
  const orphans = await orphanKeys(tab.kv, stored, await stagedInFlight(tab.db));
  if (!stored) {
    if (orphans.length) notice('orphans', { n: orphans.length });
    return;
  }
  const before = useDataStore.getState();
  const loaded = await loadChain(tab, stored, [...before.past, before.current]);
  tab.storedLabel = loaded.current?.label ?? tab.builtin.label;
  if (loaded.missing.length) notice('dangling', { n: loaded.missing.length, orphans: orphans.length });
  else if (orphans.length) notice('orphans', { n: orphans.length });
  // A change made before the restore finished (read after the awaits: it may have come during
  // them): the version stays unseen, so the save that follows treats the stored data as another
  // tab's write and keeps it one undo away.
  const data = useDataStore.getState();
  const untouched = data.current === tab.builtin && data.past.length === 0;
  if (!untouched) return;
  tab.version = stored.version;
  if (loaded.current) tab.quiet(() => useDataStore.getState().load(loaded.current!, loaded.past));
}
