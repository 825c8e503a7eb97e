import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { importWorker, type WorkerControl } from '../../ingest/session.ts';
import type { WorkerMessage, WorkerRequest } from '../../ingest/transfer.ts';
import { emptyDataset, type Dataset } from '../../domain/dataset.ts';
import { ObservationTable } from '../../domain/observations.ts';
import { UnitRegistry, makeUnit } from '../../domain/units.ts';
import { BASE_PART_ROWS } from '../../ingest/baseParts.ts';

/** A Worker whose thread is this one: the real worker's handler (importWorker), messages a task later. */
class FakeWorker {
  static made: FakeWorker[] = [];
  onmessage: ((e: { data: WorkerMessage }) => void) | null = null;
  onerror: ((e: { message: string }) => void) | null = null;
  terminated = false;
  /** The types of the messages the page sent, in order. */
  readonly got: string[] = [];
  private readonly handle = importWorker((m, transfer = []) => {
    const copy = structuredClone(m, { transfer });
    setTimeout(() => { if (!this.terminated) this.onmessage?.({ data: copy }); }, 0);
  });
  constructor() { FakeWorker.made.push(this); }
  postMessage(m: WorkerRequest | WorkerControl) {
    this.got.push(m.type);
    if (!this.terminated) setTimeout(() => this.handle(m), 0);
  }
  terminate() { this.terminated = true; }
}

const csv = (v: number) => new Blob([`unit_code,unit_name,year,poverty_rate\nA,Xã A,2024,${v}\nB,Xã B,2024,3\n`]);

let run: typeof import('./runImport.ts');
beforeEach(async () => {
  FakeWorker.made = [];
  vi.stubGlobal('Worker', FakeWorker);
  vi.resetModules();
  run = await import('./runImport.ts');
});
afterEach(() => { vi.unstubAllGlobals(); });

describe('the import worker between imports', () => {
  it('keeps the worker of an applied import for the next one, which forgets the last', async () => {
    const base = emptyDataset();
    const first = run.runImport(csv(7), 'a.csv', {}, base, () => {});
    // The page gets the table's summary; the rows stay in the worker until the apply.
    expect((await first.result)?.result.table).toEqual({ size: 2, unitCodes: ['A', 'B'], indicatorIds: ['poverty_rate'] });
    const done = first.apply(base, 'merge');
    const applied = await done.dataset;
    expect(applied.table.value('A', 'poverty_rate', 2024)).toBe(7);
    // The import's own rows came with the applied dataset (merged again if another tab saved first).
    expect([...(await done.imported()).table.records()].map((r) => [r.unit, r.value])).toEqual([['A', 7], ['B', 3]]);
    const [worker] = FakeWorker.made;
    expect(worker!.terminated).toBe(false);
    expect(worker!.got).toEqual(['ingest', 'apply', 'reset']);

    const second = run.runImport(csv(9), 'b.csv', {}, applied, () => {});
    const got = await second.result;
    expect(FakeWorker.made).toHaveLength(1);
    expect(got?.result.table.size).toBe(2);
    // Its diff is against the applied dataset: A's value changed, B's did not.
    expect(got?.diff).toMatchObject({ changed: 1, unchanged: 1 });
  });

  it('keeps the worker when an open report is closed, and ends a cold spare for it', async () => {
    const job = run.runImport(csv(7), 'a.csv', {}, emptyDataset(), () => {});
    await job.result;
    run.prestartImportWorker(); // a cold worker now waits too
    expect(FakeWorker.made).toHaveLength(2);
    job.cancel();
    const [warm, cold] = FakeWorker.made;
    expect(warm!.terminated).toBe(false);
    expect(warm!.got.at(-1)).toBe('reset');
    expect(cold!.terminated).toBe(true);
    expect(run.takeImportWorker()).toBe(warm);
  });

  it('terminates a worker cancelled while it reads, and the next import gets a new one', async () => {
    const job = run.runImport(csv(7), 'a.csv', {}, emptyDataset(), () => {});
    job.cancel();
    expect(await job.result).toBeNull();
    const [busy] = FakeWorker.made;
    expect(busy!.terminated).toBe(true);
    expect(busy!.got).toEqual(['ingest', 'cancel']);
    const next = run.runImport(csv(9), 'b.csv', {}, emptyDataset(), () => {});
    expect((await next.result)?.diff).toMatchObject({ added: 2 });
    // The next import ran in a worker of its own (a spare may have been started at idle since).
    expect(FakeWorker.made[1]!.got).toEqual(['ingest']);
  });

  it('does not keep a worker that failed', async () => {
    const job = run.runImport(csv(7), 'a.csv', {}, emptyDataset(), () => {});
    const [worker] = FakeWorker.made;
    worker!.onerror?.({ message: 'boom' });
    await expect(job.result).rejects.toThrow('boom');
    expect(worker!.terminated).toBe(true);
    expect(worker!.got).not.toContain('reset');
  });

  it('sends a large dataset in parts before the request, and diffs and applies against it', async () => {
    // 7,000 units × 20 years: more rows and units than one message carries.
    const nU = 7000, nY = 20, n = nU * nY;
    expect(n).toBeGreaterThan(BASE_PART_ROWS);
    const codes = Array.from({ length: nU }, (_, i) => `U${String(i).padStart(4, '0')}`);
    const table = ObservationTable.fromColumns({
      units: codes, indicators: ['poverty_rate'], provenances: [{ kind: 'imported', source: 'base.csv' }],
      unit: Uint32Array.from({ length: n }, (_, r) => Math.floor(r / nY)), indicator: new Uint16Array(n),
      year: Uint16Array.from({ length: n }, (_, r) => 2001 + (r % nY)), value: Float64Array.from({ length: n }, (_, r) => r % 50),
      prov: new Uint32Array(n), row: new Uint32Array(n),
    });
    const base: Dataset = { ...emptyDataset(), units: new UnitRegistry(codes.map((code) => makeUnit({ code, level: 'commune', nameVi: `Xã ${code}` }))), table };
    const job = run.runImport(new Blob(['unit_code,year,poverty_rate\nU0001,2020,7.5\nU0002,2020,39\n']), 'c.csv', {}, base, () => {});
    const got = await job.result;
    const [worker] = FakeWorker.made;
    const first = worker!.got.indexOf('ingest');
    expect(worker!.got.slice(0, first).filter((t) => t === 'base').length).toBeGreaterThan(3);
    // In the base U0001's 2020 value is 39 (row 39) and U0002's 9 (row 59): the file changes both.
    expect(table.value('U0001', 'poverty_rate', 2020)).toBe(39);
    expect(got?.diff).toMatchObject({ added: 0, changed: 2, unchanged: 0 });
    // The units were known: nothing new.
    expect(got?.result.units).toEqual([]);
    const applied = await job.apply(base, 'merge').dataset;
    expect(applied.table.value('U0001', 'poverty_rate', 2020)).toBe(7.5);
    expect(applied.table.value('U6999', 'poverty_rate', 2001)).toBe(table.value('U6999', 'poverty_rate', 2001));
    expect(applied.table.size).toBe(n);
  });
});
