// @vitest-environment jsdom
/**
 * Storage faults and two tabs, against an in-memory stand-in for IndexedDB (memoryKv) and a fake
 * BroadcastChannel. Each "tab" is a fresh module graph (its own stores), sharing one kv.
 */
import { describe, expect, it, vi } from 'vitest';
import { memoryKv, quotaError } from './kv.ts';
import { encodeDataset, SCHEMA } from './persistCodec.ts';
import type { Dataset } from '../domain/dataset.ts';
import { edited, gateReads, hub, openTab, valueAt } from './testTabs.ts';

const first = (ds: Dataset) => valueAt(ds, 0);
const quota = quotaError;

/** A store where an earlier tab saved one import under `label`. */
async function savedStore(label: string, seed: number) {
  const kv = memoryKv();
  const a = await openTab(kv);
  a.store.getState().apply(edited(a.store.getState().current.dataset, seed), label);
  await a.p.flush();
  a.p.stop();
  return kv;
}

/** A page opening on `kv`: a fresh module graph, persistence started. */
async function startPage(kv: ReturnType<typeof memoryKv>) {
  vi.resetModules();
  const { useDataStore } = await import('./index.ts');
  const { startPersistence, RESTORE_WAIT_MS } = await import('./persist.ts');
  return { useDataStore, RESTORE_WAIT_MS, p: startPersistence('test-db', { kv, channel: () => null }) };
}

describe('persistence under storage faults', () => {
  it('says it is saving while a write is in flight, and asks before the page is left meanwhile', async () => {
    const kv = memoryKv();
    const { store, p } = await openTab(kv);
    expect(store.getState().saving).toBe(false);
    store.getState().apply(edited(store.getState().current.dataset, 7), 'import big.csv');
    expect(store.getState().saving).toBe(true);
    const leaving = new Event('beforeunload', { cancelable: true });
    window.dispatchEvent(leaving);
    expect(leaving.defaultPrevented).toBe(true);
    await p.flush();
    expect(store.getState().saving).toBe(false);
    const later = new Event('beforeunload', { cancelable: true });
    window.dispatchEvent(later);
    expect(later.defaultPrevented).toBe(false);
    p.stop();
  });

  it('says it is restoring until the saved data is read, then shows the saved data (never the built-in first)', async () => {
    const kv = await savedStore('import saved.csv', 33);
    // A slow disk: reads wait until released.
    const release = gateReads(kv);
    const { useDataStore, p } = await startPage(kv);
    expect(useDataStore.getState().restoring).toBe(true);
    release();
    await p.ready;
    expect(useDataStore.getState().restoring).toBe(false);
    expect(useDataStore.getState().current.label).toBe('import saved.csv');
    p.stop();
  });

  it('with nothing saved, the built-in data shows as soon as the pointer is read (history and zod not awaited)', async () => {
    const kv = memoryKv();
    // The pointer answers at once; every other read waits.
    const release = gateReads(kv, (k) => k === 'pointer');
    const { useDataStore, p } = await startPage(kv);
    expect(useDataStore.getState().restoring).toBe(true);
    await vi.waitFor(() => expect(useDataStore.getState().restoring).toBe(false));
    // An import applied while the history is still being read keeps its entry and is saved.
    const { useImportStore } = await import('./importStore.ts');
    const base = useDataStore.getState().current;
    void p.commitImport({
      dataset: edited(base.dataset, 55), label: 'import early.csv', base, headerKey: 'early', mapping: ['unit_code'],
      record: { file: 'early.csv', at: new Date().toISOString(), mode: 'merge', added: 1, changed: 0, unchanged: 0, rejected: 0 },
      rebase: async (onto) => edited(onto, 55),
    });
    release();
    await p.flush();
    expect(useImportStore.getState().history.map((r) => r.file)).toEqual(['early.csv']);
    expect(await kv.get('imports')).toEqual([expect.objectContaining({ file: 'early.csv' })]);
    expect(useDataStore.getState().current.label).toBe('import early.csv');
    p.stop();
  });

  it('storage that hangs does not hold the screens: after the wait the built-in data shows, and the saved data still loads', async () => {
    const kv = await savedStore('import late.csv', 44);
    const release = gateReads(kv);
    vi.useFakeTimers();
    try {
      const { useDataStore, RESTORE_WAIT_MS, p } = await startPage(kv);
      vi.advanceTimersByTime(RESTORE_WAIT_MS - 1);
      expect(useDataStore.getState().restoring).toBe(true);
      vi.advanceTimersByTime(1);
      expect(useDataStore.getState().restoring).toBe(false);
      expect(useDataStore.getState().current.label).not.toBe('import late.csv');
      vi.useRealTimers();
      release();
      await p.ready;
      expect(useDataStore.getState().current.label).toBe('import late.csv');
      p.stop();
    } finally {
      vi.useRealTimers();
    }
  });

  it('a large saved dataset that is slow to read is waited for: the built-in data never shows first', async () => {
    const kv = await savedStore('import big.csv', 66);
    // Storage answers that data is saved; reading the data itself is slow.
    const release = gateReads(kv, (k) => k === 'pointer');
    vi.useFakeTimers();
    try {
      const { useDataStore, RESTORE_WAIT_MS, p } = await startPage(kv);
      await vi.advanceTimersByTimeAsync(RESTORE_WAIT_MS * 3);
      expect(useDataStore.getState().restoring).toBe(true);
      vi.useRealTimers();
      release();
      await p.ready;
      expect(useDataStore.getState().restoring).toBe(false);
      expect(useDataStore.getState().current.label).toBe('import big.csv');
      p.stop();
    } finally {
      vi.useRealTimers();
    }
  });

  it('a read that fails ends the restoring state in memory mode', async () => {
    const kv = memoryKv();
    kv.get = async () => { throw new DOMException('broken', 'UnknownError'); };
    const { store } = await openTab(kv);
    expect(store.getState().restoring).toBe(false);
    expect(store.getState().notice).toMatchObject({ key: 'data:persist.unavailable' });
  });

  it('IndexedDB unavailable (private window): starts, says so, keeps working in memory', async () => {
    const { store } = await openTab(undefined);
    expect(store.getState().notice).toMatchObject({ kind: 'warning', key: 'data:persist.unavailable' });
    store.getState().apply(edited(store.getState().current.dataset, 42), 'import a.csv');
    expect(first(store.getState().current.dataset)).toBe(42);
  });

  it('quota exceeded: says so, the previously saved data stays saved', async () => {
    const kv = memoryKv();
    const a = await openTab(kv);
    a.store.getState().apply(edited(a.store.getState().current.dataset, 11), 'import a.csv');
    await a.p.flush();
    kv.failWith = quota();
    a.store.getState().apply(edited(a.store.getState().current.dataset, 22), 'import b.csv');
    await a.p.flush();
    expect(a.store.getState().notice).toMatchObject({ kind: 'warning', key: 'data:persist.quota', params: { label: 'import b.csv', saved: 'import a.csv' } });
    expect(first(a.store.getState().current.dataset)).toBe(22); // still usable in memory
    kv.failWith = null;
    const b = await openTab(kv);
    expect(b.store.getState().current.label).toBe('import a.csv');
    expect(first(b.store.getState().current.dataset)).toBe(11);
  });

  it('a corrupt record is moved under a quarantine key (not deleted); the newest readable version is used', async () => {
    const kv = memoryKv();
    const a = await openTab(kv);
    a.store.getState().apply(edited(a.store.getState().current.dataset, 11), 'import a.csv');
    a.store.getState().apply(edited(a.store.getState().current.dataset, 22), 'import b.csv');
    await a.p.flush();
    const pointer = kv.data.get('pointer') as { current: string; past: string[] };
    kv.data.set(pointer.current, { schema: SCHEMA, label: 'x', dataset: { units: 'nope' } });
    const b = await openTab(kv);
    expect(b.store.getState().notice).toMatchObject({ kind: 'error', key: 'data:persist.quarantined', repair: true });
    expect(b.store.getState().current.label).toBe('import a.csv');
    expect(kv.data.has(pointer.current)).toBe(false);
    expect(kv.data.get(`quarantine:${pointer.current}`)).toMatchObject({ key: pointer.current, value: { label: 'x' } });
  });

  it('a corrupt pointer is quarantined too and the app starts on the built-in data', async () => {
    const kv = memoryKv([['pointer', 'garbage']]);
    const { store } = await openTab(kv);
    expect(store.getState().current.label).not.toBe('');
    expect(kv.data.get('quarantine:pointer')).toMatchObject({ value: 'garbage' });
    expect(store.getState().notice?.kind).toBe('error');
  });

  it('a table whose indices point outside its dictionaries counts as corrupt', async () => {
    const kv = memoryKv();
    const a = await openTab(kv);
    a.store.getState().apply(edited(a.store.getState().current.dataset, 11), 'import a.csv');
    await a.p.flush();
    const key = (kv.data.get('pointer') as { current: string }).current;
    const rec = kv.data.get(key) as ReturnType<typeof encodeDataset>;
    rec.dataset.columns.unit[0] = 9999;
    await openTab(kv);
    expect(kv.data.has(`quarantine:${key}`)).toBe(true);
  });

  it('an old schema (no schema field) is migrated in place', async () => {
    const kv = memoryKv();
    const a = await openTab(kv);
    const ds = edited(a.store.getState().current.dataset, 33);
    const { schema: _s, ...old } = encodeDataset(ds, 'import old.csv', '2025-01-01T00:00:00Z');
    kv.data.set('ds:old', old);
    kv.data.set('pointer', { current: 'ds:old', past: [] });
    const b = await openTab(kv);
    expect(first(b.store.getState().current.dataset)).toBe(33);
    expect(b.store.getState().notice).toMatchObject({ kind: 'info', key: 'data:persist.migrated' });
    expect((kv.data.get('ds:old') as { schema: number }).schema).toBe(SCHEMA);
  });

  it('a record from a newer app version is left in place and not used', async () => {
    const kv = memoryKv([['ds:new', { schema: SCHEMA + 1, label: 'future' }], ['pointer', { current: 'ds:new', past: [] }]]);
    const { store } = await openTab(kv);
    expect(store.getState().notice?.key).toBe('data:persist.newer');
    expect(kv.data.get('ds:new')).toMatchObject({ label: 'future' });
  });
});

describe('two tabs', () => {
  it('an import in one tab reaches the other', async () => {
    const kv = memoryKv();
    const h = hub();
    const a = await openTab(kv, h.factory);
    const b = await openTab(kv, h.factory);
    a.store.getState().apply(edited(a.store.getState().current.dataset, 44), 'import a.csv');
    await a.p.flush();
    await vi.waitFor(() => expect(b.store.getState().current.label).toBe('import a.csv'));
    expect(first(b.store.getState().current.dataset)).toBe(44);
    expect(b.store.getState().notice?.key).toBe('data:persist.remote');
    // Tab B does not echo the change back as a new version.
    await b.p.flush();
    expect((kv.data.get('pointer') as { version: number }).version).toBe(1);
  });

  it('no lost update: a tab writing after another keeps the other tab\'s data one undo away', async () => {
    const kv = memoryKv();
    const h = hub();
    // Both tabs write in the same millisecond: their record keys must still differ.
    const now = vi.spyOn(Date, 'now').mockReturnValue(1_780_000_000_000);
    const a = await openTab(kv, h.factory);
    const b = await openTab(kv, h.factory);
    h.state.paused = true; // B has not heard of A's change when it writes
    a.store.getState().apply(edited(a.store.getState().current.dataset, 55), 'import a.csv');
    await a.p.flush();
    b.store.getState().apply(edited(b.store.getState().current.dataset, 66), 'import b.csv');
    await b.p.flush();
    expect(b.store.getState().notice?.key).toBe('data:persist.conflict');
    const pointer = kv.data.get('pointer') as { current: string; past: string[]; version: number };
    expect(pointer.version).toBe(2);
    expect((kv.data.get(pointer.current) as { label: string }).label).toBe('import b.csv');
    expect(pointer.past.map((k) => (kv.data.get(k) as { label: string } | undefined)?.label)).toContain('import a.csv');
    b.store.getState().undo();
    expect(first(b.store.getState().current.dataset)).toBe(55);
    now.mockRestore();
  });
});
