// @vitest-environment jsdom
/**
 * The storage layer against a model: random interleavings of two tabs' imports (merge and
 * replace), with quota errors injected at random puts and messages delivered at random points.
 * The model is simple — every import is applied once and never lost — and storage must agree
 * with it: after each settle the stored history and the stored versions describe the same
 * imports (one transaction), and at the end (faults cleared, retried) both tabs and storage show
 * exactly the model's imports; with merges only, the data holds every import's value.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { memoryKv, quotaError, type MemoryKv } from './kv.ts';
import { chainOf, hub, importIn, openTab, storedChain, valueAt, type Tab } from './testTabs.ts';
import type { SaveOutcome } from './commit.ts';

type Op = { kind: 'import'; tab: 0 | 1; mode: 'merge' | 'replace' } | { kind: 'fault'; at: number } | { kind: 'settle' };

const op: fc.Arbitrary<Op> = fc.oneof(
  { weight: 4, arbitrary: fc.record({ kind: fc.constant('import' as const), tab: fc.constantFrom(0 as const, 1 as const), mode: fc.constantFrom('merge' as const, 'replace' as const) }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('fault' as const), at: fc.nat(6) }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('settle' as const) }) },
);

async function settle(tabs: Tab[]) {
  for (let i = 0; i < 4; i++) { for (const t of tabs) await t.p.flush(); await new Promise((r) => setTimeout(r, 0)); }
}

const storedFiles = (kv: MemoryKv) => ((kv.data.get('imports') as { file: string }[] | undefined) ?? []).map((r) => r.file);
const importLabels = (kv: MemoryKv) => storedChain(kv).filter((l) => l.startsWith('import ')).map((l) => l.slice(7));
const orphans = (kv: MemoryKv) => {
  const p = kv.data.get('pointer') as { current: string; past: string[] } | undefined;
  const live = new Set(p ? [p.current, ...p.past] : []);
  return [...kv.data.keys()].filter((k) => k.startsWith('ds:') && !live.has(k));
};

async function run(ops: Op[], mergeOnly: boolean) {
  const kv = memoryKv();
  const h = hub();
  const tabs = [await openTab(kv, h.factory), await openTab(kv, h.factory)];
  const model: { file: string; index: number; value: number }[] = [];
  const inFlight: Promise<SaveOutcome>[] = [];
  for (const o of ops) {
    if (o.kind === 'import') {
      const n = model.length;
      const file = `f${n}.csv`;
      model.push({ file, index: n + 1, value: 1000 + n });
      inFlight.push(importIn(tabs[o.tab]!, file, mergeOnly ? 'merge' : o.mode, 1000 + n, n + 1));
    } else if (o.kind === 'fault') {
      kv.failWith = quotaError();
      kv.failAtPut = kv.puts + o.at;
    } else {
      await Promise.all(inFlight);
      await settle(tabs);
      // One transaction: the stored history and the stored versions name the same imports.
      expect(new Set(storedFiles(kv))).toEqual(new Set(importLabels(kv)));
      expect(orphans(kv)).toEqual([]);
    }
  }
  await Promise.all(inFlight);
  kv.failWith = null;
  for (let i = 0; i < 3; i++) {
    await settle(tabs);
    for (const t of tabs) await t.p.retry();
  }
  await settle(tabs);
  const files = model.map((m) => m.file);
  expect(storedFiles(kv).sort()).toEqual([...files].sort());
  expect(importLabels(kv).sort()).toEqual([...files].sort());
  expect(chainOf(tabs[0]!)).toEqual(storedChain(kv));
  expect(chainOf(tabs[1]!)).toEqual(storedChain(kv));
  expect(orphans(kv)).toEqual([]);
  if (mergeOnly) {
    for (const t of tabs) {
      const ds = t.store.getState().current.dataset;
      for (const m of model) expect(valueAt(ds, m.index)).toBe(m.value);
    }
  }
  for (const t of tabs) t.p.stop();
}

describe('storage layer against a model (two tabs, random interleavings, injected faults)', () => {
  it('merge and replace: nothing lost, nothing doubled, tabs and storage agree', async () => {
    await fc.assert(fc.asyncProperty(fc.array(op, { minLength: 1, maxLength: 12 }).filter((ops) => ops.filter((o) => o.kind === 'import').length <= 8), (ops) => run(ops, false)), { numRuns: 25 });
  }, 120_000);

  it('merges only: the data holds every import\'s value', async () => {
    await fc.assert(fc.asyncProperty(fc.array(op, { minLength: 1, maxLength: 12 }).filter((ops) => ops.filter((o) => o.kind === 'import').length <= 8), (ops) => run(ops, true)), { numRuns: 25 });
  }, 120_000);
});
