/**
 * The worker's write of the applied dataset (workerStore.ts) through the import session, against a
 * small stand-in for IndexedDB: the page gets 'applied' first and 'stored' once the transaction
 * committed; the stored record is whole although the page's copy of the columns was moved out;
 * a refused write is answered with ok: false, never with a failed apply.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { importSession } from './session.ts';
import { ResultCollector, appliedDataset, type WorkerMessage, type WorkerRequest } from './transfer.ts';
import { comparisonUnits, fromPlain, toPlain, type Dataset, type PlainDataset } from '../domain/dataset.ts';
import { mapYears, pooledValues, seedPools, sortPool } from '../domain/pooled.ts';
import { UnitRegistry, makeUnit } from '../domain/units.ts';
import { tableOf } from '../domain/testing.ts';
import type { StoreTarget } from './workerStore.ts';

const units = [makeUnit({ code: 'P', level: 'province', nameVi: 'Tỉnh' }), makeUnit({ code: 'A', level: 'district', parent: 'P', nameVi: 'Huyện A' })];
const base: Dataset = {
  id: 'base', title: { vi: 'b', en: 'b' }, rootUnit: 'P', units: new UnitRegistry(units),
  table: tableOf([['A', 'poor_households', 2023, 50], ['A', 'total_households', 2023, 1000]]),
  targets: [], standards: [], status: 'mixed', sources: [],
};
const csv = 'unit_code,year,poor_households,households\nA,2024,35,1000\nN,2024,5,100\n';
const target: StoreTarget = { db: 'test-db', objectStore: 'kv', key: 'ds:abc', head: { schema: 1, label: 'Import a.csv', at: '2026-12-05T13:00:00.000Z' } };

/** One database, one object store; puts clone at once (as IndexedDB does), commits a task later. */
function fakeIndexedDb(failPut: Error | null = null) {
  const data = new Map<string, unknown>();
  const db = {
    objectStoreNames: { contains: () => true },
    close: () => {},
    transaction: () => {
      const tx: { oncomplete: (() => void) | null; onabort: (() => void) | null; error: unknown; abort: () => void; objectStore: () => unknown } = {
        oncomplete: null, onabort: null, error: null,
        abort: () => { setTimeout(() => tx.onabort?.(), 0); },
        objectStore: () => ({
          put: (v: unknown, k: string) => {
            if (failPut) throw failPut;
            const copy = structuredClone(v);
            setTimeout(() => { data.set(k, copy); tx.oncomplete?.(); }, 0);
          },
        }),
      };
      return tx;
    },
  };
  const factory = { open: () => { const req = { result: db, onsuccess: null as (() => void) | null, onupgradeneeded: null, onerror: null, onblocked: null }; setTimeout(() => req.onsuccess?.(), 0); return req; } };
  Object.defineProperty(globalThis, 'indexedDB', { configurable: true, value: factory });
  return data;
}
afterEach(() => { delete (globalThis as Record<string, unknown>).indexedDB; });

async function applyWith(store?: StoreTarget) {
  const out: WorkerMessage[] = [];
  const handle = importSession((m, transfer = []) => out.push(structuredClone(m, { transfer })));
  const send = (req: WorkerRequest) => handle(structuredClone(req));
  await send({ type: 'ingest', id: 1, bytes: new TextEncoder().encode(csv).buffer as ArrayBuffer, file: 'a.csv', opts: {}, base: toPlain(base) });
  const page = new ResultCollector().accept(out.find((m) => m.type === 'done') as Extract<WorkerMessage, { type: 'done' }>)!;
  await send({ type: 'apply', id: 2, mode: 'merge', ...(store ? { store } : {}) });
  return { out, page };
}

describe('the worker stores the applied dataset', () => {
  it('answers applied, then stored once committed; the record is the whole dataset the page builds', async () => {
    const data = fakeIndexedDb();
    const { out, page } = await applyWith(target);
    expect(out.filter((m) => m.id === 2).map((m) => m.type)).toEqual(['applied', 'pools', 'stored']);
    expect(out.find((m) => m.type === 'stored')).toMatchObject({ ok: true });
    const record = data.get('ds:abc') as { schema: number; label: string; at: string; dataset: PlainDataset };
    expect(record).toMatchObject(target.head);
    const onPage = appliedDataset(out.find((m) => m.type === 'applied') as Extract<WorkerMessage, { type: 'applied' }>, base, page);
    const stored = fromPlain(record.dataset);
    expect([...stored.table.records()]).toEqual([...onPage.table.records()]);
    expect(stored.units.all().map((u) => u.code).sort()).toEqual(onPage.units.all().map((u) => u.code).sort());
    expect(stored.table.value('N', 'poor_households', 2024)).toBe(5);
  });

  it('a refused write (quota) is answered stored ok: false; the apply itself succeeded', async () => {
    fakeIndexedDb(new DOMException('The quota has been exceeded.', 'QuotaExceededError'));
    const { out } = await applyWith(target);
    expect(out.filter((m) => m.id === 2).map((m) => m.type)).toEqual(['applied', 'pools', 'stored']);
    expect(out.find((m) => m.type === 'stored')).toMatchObject({ ok: false, message: expect.stringMatching(/QuotaExceeded/) });
  });

  it('no IndexedDB in the worker: stored ok: false (the page writes the record); without a target, no stored message', async () => {
    const { out } = await applyWith(target);
    expect(out.find((m) => m.type === 'stored')).toMatchObject({ ok: false });
    const plain = await applyWith();
    expect(plain.out.filter((m) => m.id === 2).map((m) => m.type)).toEqual(['applied']);
  });

  it('between applied and stored, the map’s pooled values of every indicator: seeded, they are what the page computes', async () => {
    fakeIndexedDb();
    const { out, page } = await applyWith(target);
    const onPage = appliedDataset(out.find((m) => m.type === 'applied') as Extract<WorkerMessage, { type: 'applied' }>, base, page);
    const { pools } = out.find((m) => m.type === 'pools') as Extract<WorkerMessage, { type: 'pools' }>;
    expect(pools.map((p) => p.indicator).sort()).toEqual([...onPage.table.indicatorIds].sort());
    const restored = fromPlain(structuredClone(toPlain(onPage)));
    seedPools(onPage, pools);
    for (const p of pools) {
      expect(pooledValues(onPage, p.indicator, comparisonUnits(onPage, p.year))).toBe(p.values);
      expect([...p.values]).toEqual([...pooledValues(restored, p.indicator, comparisonUnits(restored, p.year))]);
      expect([...p.values]).toEqual([...sortPool(onPage.table, p.indicator, comparisonUnits(onPage, p.year))]);
      expect(mapYears(onPage, p.indicator)).toEqual(mapYears(restored, p.indicator));
    }
  });
});
