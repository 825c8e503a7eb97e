// @vitest-environment jsdom
/**
 * Issue 20: simultaneous applies in two tabs lose nothing; a quota failure at any put leaves
 * pointer, records and history as they were, with a notice that says what is saved; damaged
 * records are quarantined and the app stays usable.
 */
import { describe, expect, it, vi } from 'vitest';
import { memoryKv, quotaError } from './kv.ts';
import { chainOf, hub, importIn, openTab, storedChain, valueAt } from './testTabs.ts';
import { encodeDataset } from './persistCodec.ts';

async function settle(...tabs: Awaited<ReturnType<typeof openTab>>[]) {
  for (let i = 0; i < 3; i++) { for (const t of tabs) await t.p.flush(); await new Promise((r) => setTimeout(r, 0)); }
}

describe('two tabs apply at the same instant', () => {
  it.each([1, 2, 3, 4, 5])('replace (round %i): the loser applies after the winner, who stays one undo away; both tabs agree and say so', async () => {
    const kv = memoryKv();
    const h = hub();
    const a = await openTab(kv, h.factory);
    const b = await openTab(kv, h.factory);
    const [ra, rb] = await Promise.all([importIn(a, 'A.csv', 'replace', 101), importIn(b, 'B.csv', 'replace', 202)]);
    await settle(a, b);
    expect(ra.saved && rb.saved).toBe(true);
    const stored = storedChain(kv);
    expect(stored).toEqual(expect.arrayContaining(['import A.csv', 'import B.csv']));
    expect(chainOf(a)).toEqual(stored);
    expect(chainOf(b)).toEqual(stored);
    const history = (kv.data.get('imports') as { file: string }[]).map((r) => r.file).sort();
    expect(history).toEqual(['A.csv', 'B.csv']);
    const keys = [a, b].map((t) => t.store.getState().notice?.key).sort();
    expect(keys).toEqual(['data:persist.lostRaceReplace', 'data:persist.wonRaceReplace']);
  });

  it.each([1, 2, 3])('merge (round %i): the loser is re-based on the winner, so both values are in the data', async () => {
    const kv = memoryKv();
    const h = hub();
    const a = await openTab(kv, h.factory);
    const b = await openTab(kv, h.factory);
    await Promise.all([importIn(a, 'A.csv', 'merge', 101, 0), importIn(b, 'B.csv', 'merge', 202, 1)]);
    await settle(a, b);
    for (const t of [a, b]) {
      const ds = t.store.getState().current.dataset;
      expect([valueAt(ds, 0), valueAt(ds, 1)]).toEqual([101, 202]);
    }
    expect(chainOf(a)).toEqual(storedChain(kv));
    expect(chainOf(b)).toEqual(storedChain(kv));
    const keys = [a, b].map((t) => t.store.getState().notice?.key).sort();
    expect(keys).toEqual(['data:persist.lostRaceMerge', 'data:persist.wonRaceMerge']);
  });

  it('a tab that reloaded another tab\'s data between its dry run and its apply still merges onto it', async () => {
    const kv = memoryKv();
    const h = hub();
    const a = await openTab(kv, h.factory);
    const b = await openTab(kv, h.factory);
    const base = b.store.getState().current; // B's dry run was computed here
    await importIn(a, 'A.csv', 'merge', 101, 0);
    await settle(a, b);
    expect(chainOf(b).at(-1)).toBe('import A.csv');
    const { edited } = await import('./testTabs.ts');
    await b.p.commitImport({
      dataset: edited(base.dataset, 202, 1), label: 'import B.csv', base,
      record: { file: 'B.csv', at: '', mode: 'merge', added: 1, changed: 0, unchanged: 0, rejected: 0 },
      headerKey: 'B', mapping: [], rebase: async (onto) => edited(onto, 202, 1),
    });
    await settle(a, b);
    const ds = a.store.getState().current.dataset;
    expect([valueAt(ds, 0), valueAt(ds, 1)]).toEqual([101, 202]);
  });
});

describe('a quota failure at any put leaves storage consistent', () => {
  it('for every put index, pointer, records and history are all before or all after, and the notice says which', async () => {
    let puts = 0;
    for (let failAt = 0; ; failAt++) {
      const kv = memoryKv();
      const a = await openTab(kv);
      await importIn(a, 'A.csv', 'replace', 11);
      await a.p.flush();
      const before = new Map(kv.data);
      kv.failWith = quotaError();
      kv.failAtPut = kv.puts + failAt;
      const start = kv.puts;
      const r = await importIn(a, 'B.csv', 'replace', 22);
      await a.p.flush();
      puts = Math.max(puts, kv.puts - start);
      if (r.saved) {
        expect(failAt).toBeGreaterThanOrEqual(puts); // only when the failing index is past the last put
        expect(storedChain(kv).at(-1)).toBe('import B.csv');
        break;
      }
      expect(kv.data).toEqual(before);
      expect(a.store.getState().notice).toMatchObject({ key: 'data:persist.quota', params: { label: 'import B.csv', saved: 'import A.csv' } });
      expect(valueAt(a.store.getState().current.dataset)).toBe(22); // still usable in this tab
      kv.failWith = null;
      const b = await openTab(kv);
      expect(b.store.getState().current.label).toBe('import A.csv');
      expect(b.imports.getState().history.map((h) => h.file)).toEqual(['A.csv']);
      expect([...kv.data.keys()].filter((k) => k.startsWith('ds:'))).toHaveLength(1);
    }
    expect(puts).toBeGreaterThanOrEqual(4); // record, pointer, history, mappings
  });
});

describe('damaged storage is quarantined and the app stays usable', () => {
  async function saved() {
    const kv = memoryKv();
    const a = await openTab(kv);
    await importIn(a, 'A.csv', 'replace', 11);
    await importIn(a, 'B.csv', 'replace', 22);
    await a.p.flush();
    const p = kv.data.get('pointer') as { current: string; past: string[] };
    return { kv, p, rec: kv.data.get(p.current) as ReturnType<typeof encodeDataset> };
  }

  it.each([
    ['without a title', (r: ReturnType<typeof encodeDataset>) => { delete (r.dataset as Partial<typeof r.dataset>).title; }],
    ['with sources: null', (r: ReturnType<typeof encodeDataset>) => { (r.dataset as unknown as { sources: null }).sources = null; }],
    ['with a title that is not text', (r: ReturnType<typeof encodeDataset>) => { (r.dataset.title as unknown as { vi: number }).vi = 3; }],
    ['with columns of different lengths', (r: ReturnType<typeof encodeDataset>) => { r.dataset.columns.year = r.dataset.columns.year.slice(1); }],
  ])('a dataset %s: quarantined, notice, the newest readable version loads', async (_name, damage) => {
    const { kv, p, rec } = await saved();
    damage(rec);
    const b = await openTab(kv);
    expect(b.store.getState().notice).toMatchObject({ kind: 'error', key: 'data:persist.quarantined', repair: true });
    expect(b.store.getState().current.label).toBe('import A.csv');
    expect(b.store.getState().current.dataset.title.en).toEqual(expect.any(String));
    expect(kv.data.get(`quarantine:${p.current}`)).toMatchObject({ key: p.current });
  });

  it('unknown and optional fields pass through unchanged (no stripping)', async () => {
    const { kv, rec } = await saved();
    (rec.dataset as unknown as { events: unknown[] }).events = [{ id: 'e1' }];
    (rec.dataset.units[0] as unknown as { validFrom: string; names: unknown[] }).validFrom = '2025-07-01';
    (rec.dataset.units[0] as unknown as { names: unknown[] }).names = [{ vi: 'Cũ' }];
    (rec.dataset.columns.provenances[0] as unknown as { kind: string; standard: string }).kind = 'expected';
    (rec.dataset.columns.provenances[0] as unknown as { standard: string }).standard = 'vn-2022';
    const b = await openTab(kv);
    expect(b.store.getState().current.label).toBe('import B.csv');
    const ds = b.store.getState().current.dataset as unknown as { events: unknown[] };
    expect(ds.events).toEqual([{ id: 'e1' }]);
    const u = b.store.getState().current.dataset.units.all()[0] as unknown as { validFrom: string; names: unknown[] };
    expect(u.validFrom).toBe('2025-07-01');
    expect(u.names).toEqual([{ vi: 'Cũ' }]);
  });

  it('an import history of [null] keeps the data screen usable: the readable entries stay, the original is kept aside', async () => {
    const { kv } = await saved();
    const good = (kv.data.get('imports') as unknown[])[0];
    kv.data.set('imports', [null, good]);
    const b = await openTab(kv);
    expect(b.imports.getState().history).toEqual([good]);
    expect(b.store.getState().notice).toMatchObject({ key: 'data:persist.historyDamaged' });
    expect(kv.data.get('quarantine:imports')).toMatchObject({ value: [null, good] });
  });

  it('a dangling pointer is reported; orphaned records are recovered by "repair storage", nothing deleted', async () => {
    const { kv, p } = await saved();
    kv.data.set('pointer', { current: 'ds:gone', past: [], version: 9 });
    const b = await openTab(kv);
    expect(b.store.getState().notice).toMatchObject({ key: 'data:persist.dangling', params: { n: 1, orphans: 2 }, repair: true });
    await b.p.repair();
    expect(b.store.getState().notice).toMatchObject({ key: 'data:persist.repaired', params: { recovered: 2 } });
    expect(chainOf(b)).toEqual(['import A.csv', 'import B.csv']);
    expect(kv.data.has(p.current)).toBe(true);
    const c = await openTab(kv);
    expect(chainOf(c)).toEqual(['import A.csv', 'import B.csv']);
    expect(c.store.getState().notice).toBeNull();
  });

  it.each(['merge', 'replace'] as const)('an import applied while the other tab\'s write is still being read (%s) is not dropped by that reload', async (mode) => {
    const kv = memoryKv();
    const h = hub();
    // Tab A reads through a gate, so its reload of B's write can be held half-way.
    let gate: Promise<void> | null = null;
    let release = () => {};
    const kvA = { ...kv, get: async <T,>(k: string) => { if (gate) await gate; return kv.get<T>(k); } };
    const a = await openTab(kvA as typeof kv, h.factory);
    const b = await openTab(kv, h.factory);
    gate = new Promise<void>((r) => { release = r; });
    await importIn(b, 'B.csv', mode, 202, 1);
    await new Promise((r) => setTimeout(r, 20)); // B's message reaches A; A's reload waits on the gate
    const applied = importIn(a, 'A.csv', mode, 101, 0);
    release();
    gate = null;
    await applied;
    await settle(a, b);
    const stored = storedChain(kv);
    expect(stored).toEqual(expect.arrayContaining(['import A.csv', 'import B.csv']));
    expect(chainOf(a)).toEqual(stored);
    expect(chainOf(b)).toEqual(stored);
    if (mode === 'merge') expect(valueAt(a.store.getState().current.dataset, 0)).toBe(101);
  });

  it('a write in one tab while another restores is not lost either way', async () => {
    const kv = memoryKv();
    const h = hub();
    const a = await openTab(kv, h.factory);
    await importIn(a, 'A.csv', 'replace', 11);
    await a.p.flush();
    vi.resetModules();
    const b = await openTab(kv, h.factory);
    expect(chainOf(b)).toEqual(['builtin', 'import A.csv']);
  });
});
