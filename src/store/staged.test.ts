// @vitest-environment jsdom
/**
 * Records written by the import worker (staged.ts): the page's save names them instead of writing
 * the dataset again, and every way the import can end — stored, undone, dropped, a failed save, a
 * failed or cut-off worker write, a race with another tab — leaves no record that no pointer
 * names, and what a reload shows is what the tab says.
 */
import { describe, expect, it } from 'vitest';
import { memoryKv, quotaError } from './kv.ts';
import { chainOf, edited, hub, openTab, orphansIn, recordPuts, stagedImportIn, storedChain, valueAt } from './testTabs.ts';

const pointer = (kv: ReturnType<typeof memoryKv>) => kv.data.get('pointer') as { current: string; past: string[]; version: number };

describe('records written by the import worker', () => {
  it('the save names the worker\'s record and writes no dataset itself; a reload shows it', async () => {
    const kv = memoryKv();
    const a = await openTab(kv);
    const puts = recordPuts(kv);
    const { staged, saved } = stagedImportIn(a, kv, 'A.csv', 'replace', 101);
    expect(a.store.getState().saving).toBe(true);
    expect((await saved).saved).toBe(true);
    await a.p.flush();
    expect(pointer(kv).current).toBe(staged.key);
    expect(puts.flat().filter((k) => k.startsWith('ds:'))).toEqual([]);
    expect(a.store.getState().current.at).toBe(staged.at);
    expect(a.store.getState().saving).toBe(false);
    a.p.stop();
    const b = await openTab(kv);
    expect(chainOf(b)).toEqual(['builtin', 'import A.csv']);
    expect(valueAt(b.store.getState().current.dataset)).toBe(101);
    expect(b.store.getState().notice).toBeNull();
  });

  it.each(['failed', 'cut'] as const)('a worker write that %s: the page writes the record itself, and the worker\'s copy is deleted', async (write) => {
    const kv = memoryKv();
    const a = await openTab(kv);
    const puts = recordPuts(kv);
    const { staged, saved } = stagedImportIn(a, kv, 'A.csv', 'merge', 102, { write });
    expect((await saved).saved).toBe(true);
    await a.p.flush();
    expect(pointer(kv).current).not.toBe(staged.key);
    expect(kv.data.has(staged.key)).toBe(false);
    expect(puts.flat().filter((k) => k.startsWith('ds:'))).toEqual([pointer(kv).current]);
    expect(orphansIn(kv)).toEqual([]);
    expect(storedChain(kv)).toEqual(['builtin', 'import A.csv']);
  });

  it('undone before its save ran: the record is deleted with the save, and storage holds what the tab shows', async () => {
    const kv = memoryKv();
    const a = await openTab(kv);
    const { staged, answer } = stagedImportIn(a, kv, 'A.csv', 'replace', 103, { held: true });
    expect(a.store.getState().undo()).toBe(true);
    answer();
    await a.p.flush();
    expect(kv.data.has(staged.key)).toBe(false);
    expect(orphansIn(kv)).toEqual([]);
    expect(chainOf(a)).toEqual(['builtin']);
    expect(storedChain(kv)).toEqual(['builtin']);
    expect(a.store.getState().saving).toBe(false);
  });

  it('an import dropped after the worker wrote (the user picked another file meanwhile): its record is deleted once the worker is done', async () => {
    const kv = memoryKv();
    const a = await openTab(kv);
    const staged = a.p.stage('import A.csv', new Date().toISOString())!;
    let answer!: (ok: boolean) => void;
    staged.settle(new Promise((r) => { answer = r; }));
    expect(a.store.getState().saving).toBe(true);
    const dropped = a.p.dropStaged(staged);
    kv.data.set(staged.target.key, { ...staged.target.head, dataset: {} }); // the write lands after the drop was asked for
    answer(true);
    await dropped;
    expect(kv.data.has(staged.key)).toBe(false);
    expect(a.store.getState().saving).toBe(false);
  });

  it('a save that fails (quota) deletes the worker\'s record too; the retry writes it from the page', async () => {
    const kv = memoryKv();
    const a = await openTab(kv);
    kv.failWith = quotaError();
    kv.failAtPut = kv.puts; // the pointer
    const { staged, saved } = stagedImportIn(a, kv, 'B.csv', 'replace', 104);
    expect((await saved).saved).toBe(false);
    await a.p.flush();
    expect(kv.data.has(staged.key)).toBe(false);
    expect(orphansIn(kv)).toEqual([]);
    expect(storedChain(kv)).toEqual(['builtin']);
    expect(a.store.getState().notice?.key).toBe('data:persist.quota');
    expect(a.store.getState().saving).toBe(false);
    kv.failWith = null;
    const again = await a.p.retry();
    expect(again?.saved).toBe(true);
    expect(storedChain(kv)).toEqual(['builtin', 'import B.csv']);
    expect(pointer(kv).current).not.toBe(staged.key);
    expect(orphansIn(kv)).toEqual([]);
  });

  it.each(['merge', 'replace'] as const)('two tabs applying at once (%s): nothing lost, no orphan, tabs and storage agree', async (mode) => {
    const kv = memoryKv();
    const h = hub();
    const a = await openTab(kv, h.factory);
    const b = await openTab(kv, h.factory);
    const ia = stagedImportIn(a, kv, 'A.csv', mode, 201, { i: 0 });
    const ib = stagedImportIn(b, kv, 'B.csv', mode, 202, { i: 1 });
    await Promise.all([ia.saved, ib.saved]);
    for (let k = 0; k < 3; k++) { await a.p.flush(); await b.p.flush(); await new Promise((r) => setTimeout(r, 0)); }
    expect(orphansIn(kv)).toEqual([]);
    expect(storedChain(kv)).toEqual(expect.arrayContaining(['import A.csv', 'import B.csv']));
    expect(chainOf(a)).toEqual(storedChain(kv));
    expect(chainOf(b)).toEqual(storedChain(kv));
    if (mode === 'merge') {
      for (const t of [a, b]) expect([valueAt(t.store.getState().current.dataset, 0), valueAt(t.store.getState().current.dataset, 1)]).toEqual([201, 202]);
    }
    // A reload shows the same data.
    a.p.stop(); b.p.stop();
    const c = await openTab(kv);
    expect(chainOf(c)).toEqual(storedChain(kv));
  });

  it('data saved by the previous version (the page wrote the record) restores; a worker-written import goes on top, the old one an undo away', async () => {
    const kv = memoryKv();
    const a = await openTab(kv);
    a.store.getState().apply(edited(a.store.getState().current.dataset, 77), 'import old.csv'); // saved from the page, as before
    await a.p.flush();
    a.p.stop();
    const b = await openTab(kv);
    expect(chainOf(b)).toEqual(['builtin', 'import old.csv']);
    const { staged, saved } = stagedImportIn(b, kv, 'new.csv', 'replace', 88);
    expect((await saved).saved).toBe(true);
    b.p.stop();
    const c = await openTab(kv);
    expect(chainOf(c)).toEqual(['builtin', 'import old.csv', 'import new.csv']);
    expect(pointer(kv).current).toBe(staged.key);
    expect(c.store.getState().undo()).toBe(true);
    expect(valueAt(c.store.getState().current.dataset)).toBe(77);
  });

  it('storage in memory (blocked): nothing is staged, the save keeps the data in the page as before', async () => {
    const blocked = Object.getOwnPropertyDescriptor(globalThis, 'indexedDB');
    Object.defineProperty(globalThis, 'indexedDB', { configurable: true, get: () => { throw new DOMException('blocked', 'SecurityError'); } });
    try {
      const a = await openTab(undefined);
      expect(a.p.memory).toBe(true);
      expect(a.p.stage('import A.csv', new Date().toISOString())).toBeNull();
      a.p.stop();
    } finally {
      if (blocked) Object.defineProperty(globalThis, 'indexedDB', blocked); else delete (globalThis as Record<string, unknown>).indexedDB;
    }
  });
});
