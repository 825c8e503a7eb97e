import { describe, expect, it, vi } from 'vitest';
import { importSession, importWorker } from './session.ts';
import { pooled } from './scratch.ts';
import { ResultCollector, appliedDataset, importedResult, type WorkerMessage, type WorkerRequest } from './transfer.ts';
import { applyImport } from './apply.ts';
import { ingest } from './pipeline.ts';
import { toPlain, type Dataset } from '../domain/dataset.ts';
import { UnitRegistry, makeUnit } from '../domain/units.ts';
import { tableOf } from '../domain/testing.ts';

const units = [
  makeUnit({ code: 'P', level: 'province', nameVi: 'Tỉnh' }),
  makeUnit({ code: 'A', level: 'district', parent: 'P', nameVi: 'Huyện A' }),
  makeUnit({ code: 'B', level: 'district', parent: 'P', nameVi: 'Huyện B' }),
];
const base: Dataset = {
  id: 'base', title: { vi: 'b', en: 'b' }, rootUnit: 'P', units: new UnitRegistry(units),
  table: tableOf([['A', 'poor_households', 2023, 50], ['A', 'total_households', 2023, 1000], ['B', 'poor_households', 2023, 30], ['B', 'total_households', 2023, 500]]),
  targets: [], standards: [], status: 'mixed', sources: [],
};
const csv = 'unit_code,year,poor_households,households\nA,2023,40,1000\nA,2024,35,1000\nB,2024,25,500\n';

/** A session whose messages go through a real structured clone with transfer, as between threads. */
function harness() {
  const out: WorkerMessage[] = [];
  const handle = importSession((m, transfer = []) => out.push(structuredClone(m, { transfer })));
  const send = (req: WorkerRequest) => handle(structuredClone(req));
  return { out, send };
}
const bytes = () => new TextEncoder().encode(csv).buffer as ArrayBuffer;

describe('import session (the worker’s side)', () => {
  it('ingests, diffs against the page’s dataset, and applies to the same dataset the page would build', async () => {
    const { out, send } = harness();
    await send({ type: 'ingest', id: 1, bytes: bytes(), file: 'a.csv', opts: {}, base: toPlain(base) });
    const done = out.find((m) => m.type === 'done');
    expect(done?.type === 'done' && done.diff).toMatchObject({ added: 4, changed: 1, unchanged: 1 });
    const page = new ResultCollector().accept(done as Extract<WorkerMessage, { type: 'done' }>)!;
    // The page gets the table's summary; no rows cross before the apply.
    expect(page.table).toEqual({ size: 6, unitCodes: ['A', 'B'], indicatorIds: ['poor_households', 'total_households'] });
    expect(Object.values(page.table).some((x) => ArrayBuffer.isView(x))).toBe(false);

    await send({ type: 'apply', id: 2, mode: 'merge' });
    const applied = out.find((m) => m.type === 'applied');
    expect(applied?.type).toBe('applied');
    // The import's own rows come with the applied dataset.
    expect(importedResult(applied as Extract<WorkerMessage, { type: 'applied' }>, page).table.value('A', 'poor_households', 2024)).toBe(35);
    const got = appliedDataset(applied as Extract<WorkerMessage, { type: 'applied' }>, base, page);
    const expected = applyImport(base, await ingest(new TextEncoder().encode(csv), 'a.csv', {}, units), 'merge');
    expect([...got.table.records()]).toEqual([...expected.table.records()]);
    // Household-weighted province rate from the summed counts: (35 + 25) / (1000 + 500).
    expect(got.table.value('P', 'poverty_rate', 2024)).toBeCloseTo(4, 10);
    expect(got.units.size).toBe(3);
    expect(got.units.all().map((u) => u.code).sort()).toEqual(expected.units.all().map((u) => u.code).sort());
    // The table's index came with it (the same ranges as indexing on the page); the map's pooled
    // values only come when the worker also stores the dataset (workerStore.test.ts).
    const m = applied as Extract<WorkerMessage, { type: 'applied' }>;
    expect(m.index?.years).toEqual(expected.table.years());
    for (const u of expected.table.unitCodes) for (const i of expected.table.indicatorIds) expect(got.table.range(u, i)).toEqual(expected.table.range(u, i));
    expect(out.some((x) => x.type === 'pools')).toBe(false);
  });

  it('diffs again against a newer dataset, and applies to the one sent last', async () => {
    const { out, send } = harness();
    await send({ type: 'ingest', id: 1, bytes: bytes(), file: 'a.csv', opts: {}, base: toPlain(base) });
    const newer: Dataset = { ...base, table: tableOf([['A', 'poor_households', 2024, 35]]) };
    await send({ type: 'diff', id: 2, base: toPlain(newer) });
    const diffed = out.find((m) => m.type === 'diffed');
    expect(diffed?.type === 'diffed' && diffed.diff).toMatchObject({ added: 5, unchanged: 1, changed: 0 });
    await send({ type: 'apply', id: 3, mode: 'merge' });
    const page = new ResultCollector().accept(out.find((m) => m.type === 'done') as Extract<WorkerMessage, { type: 'done' }>)!;
    const got = appliedDataset(out.find((m) => m.type === 'applied') as Extract<WorkerMessage, { type: 'applied' }>, newer, page);
    expect(got.table.value('B', 'total_households', 2023)).toBeUndefined();
  });

  it('sends back only the units the apply added (a stand-in root for several top-level units)', async () => {
    const { out, send } = harness();
    const orphans = 'unit_code,unit_name,year,poor_households,total_households\nX1,Xã Một,2024,5,100\nX2,Xã Hai,2024,7,100\n';
    await send({ type: 'ingest', id: 1, bytes: new TextEncoder().encode(orphans).buffer as ArrayBuffer, file: 'x.csv', opts: {}, base: toPlain(base) });
    await send({ type: 'apply', id: 2, mode: 'replace' });
    const applied = out.find((m) => m.type === 'applied') as Extract<WorkerMessage, { type: 'applied' }>;
    expect(applied.addedUnits.map((u) => u.code)).toEqual(['_all']);
    const page = new ResultCollector().accept(out.find((m) => m.type === 'done') as Extract<WorkerMessage, { type: 'done' }>)!;
    const got = appliedDataset(applied, base, page);
    expect(got.rootUnit).toBe('_all');
    expect(got.units.has('X1') && got.units.has('_all') && got.units.has('A')).toBe(true);
    // Household-weighted: (5 + 7) / (100 + 100).
    expect(got.table.value('_all', 'poverty_rate', 2024)).toBeCloseTo(6, 10);
  });

  it('reports a failure for an apply with nothing ingested, and for a second apply', async () => {
    const { out, send } = harness();
    await send({ type: 'apply', id: 1, mode: 'replace' });
    expect(out.at(-1)).toMatchObject({ type: 'failed', id: 1, message: 'Nothing to apply' });
    await send({ type: 'ingest', id: 2, bytes: bytes(), file: 'a.csv', opts: {}, base: toPlain(base) });
    await send({ type: 'apply', id: 3, mode: 'replace' });
    expect(out.at(-1)?.type).toBe('applied');
    await send({ type: 'apply', id: 4, mode: 'replace' });
    expect(out.at(-1)).toMatchObject({ type: 'failed', id: 4 });
  });
});

describe('import session: a dropped import’s table memory', () => {
  // 700 new communes × 10 years × 3 values: tables large enough (21,000 values) to be pooled.
  const file = (shift: number) => {
    const lines = ['unit_code,unit_name,year,poor_households,households,poverty_rate'];
    for (let y = 2016; y < 2026; y++) for (let u = 0; u < 700; u++) {
      const poor = (u * 7 + y + shift) % 500, all = 1000 + u;
      lines.push(`X${u},Xã Thử ${u},${y},${poor},${all},${((100 * poor) / all).toFixed(2)}`);
    }
    return new TextEncoder().encode(lines.join('\n')).buffer as ArrayBuffer;
  };
  const imported = (out: WorkerMessage[]) => {
    const m = out.find((x) => x.type === 'applied') as Extract<WorkerMessage, { type: 'applied' }>;
    return m.imported;
  };

  it('gives the next import the same table as a fresh session, after imports never applied', async () => {
    const fresh = harness();
    await fresh.send({ type: 'ingest', id: 1, bytes: file(0), file: 'a.csv', opts: {}, base: toPlain(base) });
    await fresh.send({ type: 'apply', id: 2, mode: 'replace' });
    const again = harness();
    // Another file of the same size in between: its table is made in the first one's buffers, and
    // the last in the second's (which held other values).
    await again.send({ type: 'ingest', id: 1, bytes: file(0), file: 'a.csv', opts: {}, base: toPlain(base) });
    await again.send({ type: 'ingest', id: 2, bytes: file(3), file: 'b.csv', opts: {}, base: toPlain(base) });
    await again.send({ type: 'ingest', id: 3, bytes: file(0), file: 'a.csv', opts: {}, base: toPlain(base) });
    await again.send({ type: 'apply', id: 4, mode: 'replace' });
    const want = imported(fresh.out), got = imported(again.out);
    expect(got.value.length).toBe(21000);
    expect(got).toEqual(want);
  });

  it('gives the buffers back when the page resets the worker after a report it did not apply', async () => {
    const out: WorkerMessage[] = [];
    const handle = importWorker((m, transfer = []) => out.push(structuredClone(m, { transfer })));
    const count = () => pooled().filter((n) => n === 21000 * 8).length;
    handle(structuredClone({ type: 'ingest', id: 1, bytes: file(0), file: 'a.csv', opts: {}, base: toPlain(base) }));
    await vi.waitFor(() => expect(out.some((m) => m.type === 'done')).toBe(true));
    const before = count();
    handle({ type: 'reset' });
    // The table's values (21,000 numbers, 8 bytes each) wait in the pool for the next import's table.
    expect(count()).toBe(before + 1);
  });
});

describe('import worker (the handler with its control messages)', () => {
  it('forgets the last import on reset: an apply after it is refused', async () => {
    const out: WorkerMessage[] = [];
    const handle = importWorker((m) => out.push(m));
    const last = (m: Partial<WorkerMessage>) => vi.waitFor(() => expect(out.at(-1)).toMatchObject(m));
    handle({ type: 'ingest', id: 1, bytes: bytes(), file: 'a.csv', opts: {}, base: toPlain(base) });
    await last({ type: 'done', id: 1 });
    handle({ type: 'reset' });
    handle({ type: 'apply', id: 2, mode: 'merge' });
    await last({ type: 'failed', id: 2, message: 'Nothing to apply' });
    // Without the reset the same apply goes through.
    handle({ type: 'ingest', id: 3, bytes: bytes(), file: 'a.csv', opts: {}, base: toPlain(base) });
    await last({ type: 'done', id: 3 });
    handle({ type: 'apply', id: 4, mode: 'merge' });
    await last({ type: 'applied', id: 4 });
  });

  it('stops an ingest on cancel, and takes the next one after a reset', async () => {
    const out: WorkerMessage[] = [];
    const handle = importWorker((m) => out.push(m));
    const last = (m: Partial<WorkerMessage>) => vi.waitFor(() => expect(out.at(-1)).toMatchObject(m));
    handle({ type: 'cancel' });
    handle({ type: 'ingest', id: 1, bytes: bytes(), file: 'a.csv', opts: {}, base: toPlain(base) });
    await last({ type: 'failed', id: 1, message: 'cancelled' });
    handle({ type: 'reset' });
    handle({ type: 'ingest', id: 2, bytes: bytes(), file: 'a.csv', opts: {}, base: toPlain(base) });
    await last({ type: 'done', id: 2 });
  });
});
