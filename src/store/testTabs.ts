/**
 * Test helpers for persistence: "tabs" (each a fresh module graph with its own stores) sharing
 * one in-memory key-value store and a fake BroadcastChannel. Test-only (imported by *.test.ts).
 */
import { vi } from 'vitest';
import type { MemoryKv } from './kv.ts';
import type { ChannelFactory } from './sync.ts';
import { toPlain, type Dataset } from '../domain/dataset.ts';
import { ObservationTable } from '../domain/observations.ts';
import type { Staged } from './staged.ts';

type Msg = { data: unknown };
/** A fake BroadcastChannel: delivers to every other member asynchronously, unless paused. */
export function hub() {
  const members = new Set<{ onmessage: ((e: MessageEvent) => void) | null }>();
  const state = { paused: false };
  const factory: ChannelFactory = () => {
    const ch = {
      onmessage: null as ((e: MessageEvent) => void) | null,
      postMessage: (m: unknown) => {
        if (state.paused) return;
        for (const o of members) if (o !== ch) queueMicrotask(() => o.onmessage?.({ data: structuredClone(m) } as Msg as MessageEvent));
      },
      close: () => { members.delete(ch); },
    };
    members.add(ch);
    return ch;
  };
  return { factory, state };
}

export async function openTab(kv: MemoryKv | undefined, channel?: ChannelFactory) {
  vi.resetModules();
  const { initI18n } = await import('../i18n/index.ts');
  initI18n('en');
  const { useDataStore } = await import('./index.ts');
  const { useImportStore } = await import('./importStore.ts');
  const { startPersistence } = await import('./persist.ts');
  // No real BroadcastChannel: tabs of different tests must not hear each other.
  const p = startPersistence('test-db', { kv, channel: channel ?? (() => null) });
  await p.ready;
  return { store: useDataStore, imports: useImportStore, p };
}
export type Tab = Awaited<ReturnType<typeof openTab>>;

/** The dataset with value `i` set to `value`, as an import would produce. */
export function edited(ds: Dataset, value: number, i = 0): Dataset {
  const cols = ds.table.toColumns();
  const value2 = cols.value.slice();
  value2[i] = value;
  return { ...ds, table: ObservationTable.fromColumns({ ...cols, value: value2 }) };
}
export const valueAt = (ds: Dataset, i = 0) => ds.table.toColumns().value[i];

/** An import of `file` in a tab: sets value `i` to `value` (merge keeps the rest; replace too, for the test). */
export function importIn(tab: Tab, file: string, mode: 'merge' | 'replace', value: number, i = 0) {
  const base = tab.store.getState().current;
  return tab.p.commitImport({
    dataset: edited(base.dataset, value, i), label: `import ${file}`, base,
    record: { file, at: new Date().toISOString(), mode, added: 1, changed: 0, unchanged: 0, rejected: 0 },
    headerKey: file, mapping: ['unit_code'],
    rebase: async (onto) => edited(onto, value, i),
  });
}

export type WorkerWrite = 'ok' | 'failed' | 'cut';

/**
 * An import whose dataset the import worker writes (staged.ts), as the data view does it: `write`
 * is what the worker does — stores the record and says so ('ok'), fails before storing anything
 * ('failed'), or stores it and is ended before it can answer ('cut'). `answer` holds the
 * worker's answer back until it is called (default: at once).
 */
export function stagedImportIn(tab: Tab, kv: MemoryKv, file: string, mode: 'merge' | 'replace', value: number, o: { i?: number; write?: WorkerWrite; held?: boolean } = {}) {
  const { i = 0, write = 'ok' } = o;
  const base = tab.store.getState().current;
  const label = `import ${file}`;
  const staged = tab.p.stage(label, new Date().toISOString());
  if (!staged) throw new Error('storage is in memory: nothing is staged');
  const dataset = edited(base.dataset, value, i);
  // The worker's put (straight into the data: the page's commits are what the tests count).
  if (write !== 'failed') kv.data.set(staged.target.key, structuredClone({ ...staged.target.head, dataset: toPlain(dataset) }));
  let answer!: () => void;
  staged.settle(new Promise<boolean>((r) => { answer = () => r(write === 'ok'); }));
  if (!o.held) answer();
  const saved = tab.p.commitImport({
    dataset, label, base, staged,
    record: { file, at: staged.at, mode, added: 1, changed: 0, unchanged: 0, rejected: 0 },
    headerKey: file, mapping: ['unit_code'],
    rebase: async (onto) => edited(onto, value, i),
  });
  return { staged: staged as Staged, saved, answer };
}

/** The keys each commit of `kv` puts, from now on (the page's writes). */
export function recordPuts(kv: MemoryKv): string[][] {
  const seen: string[][] = [];
  const commit = kv.commit.bind(kv);
  kv.commit = (c) => { seen.push((c.set ?? []).map(([k]) => k)); return commit(c); };
  return seen;
}

/** Dataset records no pointer names. */
export function orphansIn(kv: MemoryKv): string[] {
  const p = kv.data.get('pointer') as { current: string; past: string[] } | undefined;
  const live = new Set(p ? [p.current, ...p.past] : []);
  return [...kv.data.keys()].filter((k) => k.startsWith('ds:') && !live.has(k));
}

/** The labels a tab shows, oldest first (undo history, then current). */
export const chainOf = (tab: Tab) => {
  const { past, current } = tab.store.getState();
  return [...past, current].map((e) => (e.at === new Date(0).toISOString() ? 'builtin' : e.label));
};

/** The labels storage holds, oldest first. */
export function storedChain(kv: MemoryKv): string[] {
  const p = kv.data.get('pointer') as { current: string; past: string[] } | undefined;
  if (!p) return ['builtin'];
  return [...p.past, p.current].map((k) => (k === 'builtin' ? 'builtin' : (kv.data.get(k) as { label: string } | undefined)?.label ?? `missing ${k}`));
}

/** A slow disk: reads of `kv` wait until the returned function is called (except keys `pass` lets through). */
export function gateReads(kv: MemoryKv, pass: (key: string) => boolean = () => false): () => void {
  let release!: () => void;
  const gate = new Promise<void>((r) => { release = r; });
  const get = kv.get.bind(kv);
  kv.get = async (k) => { if (!pass(k)) await gate; return get(k); };
  return release;
}
