import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { ingest } from './pipeline.ts';
import { applyImport, diffTables } from './apply.ts';
import { builtinUnitsFromDisk, fixture } from './nodeFiles.ts';
import { emptyDataset } from '../domain/dataset.ts';
import { UnitRegistry } from '../domain/units.ts';
import { tableOf } from '../domain/testing.ts';
import { deriveRates } from '../domain/derive.ts';

const units = builtinUnitsFromDisk();
const base = () => {
  const { table } = deriveRates(tableOf([['481', 'poor_households', 2024, 3000], ['481', 'total_households', 2024, 14500], ['474', 'poverty_rate', 2023, 0.3]]));
  return { ...emptyDataset(), id: 'base', rootUnit: '46', units: new UnitRegistry(units), table, status: 'mixed' as const };
};

describe('apply an import', () => {
  it('dry-run diff counts new, changed and unchanged values', async () => {
    const r = await ingest(fixture('long-utf8-bom.csv'), 'long.csv', {}, units);
    const d = diffTables(base().table, r.table, r.rejected.length);
    expect([d.added, d.changed, d.unchanged, d.rejected]).toEqual([3, 2, 1, 0]);
    expect(d.examples.find((c) => c.unit === '481' && c.indicator === 'poor_households')).toMatchObject({ before: 3000, after: 2900 });
  });
  it('the diff counts each row against the base as a lookup per row would, base empty or not', () => {
    const row = fc.tuple(fc.constantFrom('A', 'B', 'C'), fc.constantFrom('x', 'y'), fc.integer({ min: 2020, max: 2023 }), fc.integer({ min: 0, max: 3 }));
    fc.assert(fc.property(fc.array(row, { maxLength: 20 }), fc.array(row, { maxLength: 20 }), (b, i) => {
      const before = tableOf(b), after = tableOf(i);
      const want = { added: 0, changed: 0, unchanged: 0 };
      for (const r of after.records()) {
        const v = before.value(r.unit, r.indicator, r.year);
        if (v === undefined) want.added++; else if (v === r.value) want.unchanged++; else want.changed++;
      }
      const d = diffTables(before, after, 0, 1000);
      expect({ added: d.added, changed: d.changed, unchanged: d.unchanged }).toEqual(want);
      expect(d.examples.length).toBe(want.added + want.changed);
      // With few examples kept, the counts are the same and the examples are the first ones.
      const few = diffTables(before, after, 0, 3);
      expect({ added: few.added, changed: few.changed, unchanged: few.unchanged }).toEqual(want);
      expect(few.examples).toEqual(d.examples.slice(0, 3));
    }), { numRuns: 300 });
  });
  it('merge upserts and recomputes derived rates from the merged counts', async () => {
    const text = 'Mã đơn vị,Năm,Số hộ nghèo\n481,2024,2900\n';
    const r = await ingest(new TextEncoder().encode(text), 'x.csv', {}, units);
    const next = applyImport(base(), r, 'merge');
    expect(next.table.value('481', 'poor_households', 2024)).toBe(2900);
    expect(next.table.value('481', 'poverty_rate', 2024)).toBeCloseTo(20, 10);
    expect(next.table.value('474', 'poverty_rate', 2023)).toBe(0.3);
    expect(next.sources.at(-1)).toEqual({ label: 'x.csv' });
  });
  it('replace keeps only the file, rooted at the total row\'s parent', async () => {
    const r = await ingest(fixture('wide-indicator-semicolon.csv'), 'w.csv', {}, units);
    const next = applyImport(base(), r, 'replace');
    expect(next.table.value('474', 'poverty_rate', 2023)).toBeUndefined();
    expect(next.rootUnit).toBe('46');
    expect(next.status).toBe('imported');
  });
  it('a file from another region loads with its units accepted as new', async () => {
    const text = 'Tỉnh,Năm,Số hộ nghèo,Tổng số hộ\nTỉnh Lào Cai,2024,20000,190000\nTỉnh Hà Giang,2024,40000,200000\n';
    const r = await ingest(new TextEncoder().encode(text), 'n.csv', {}, units);
    expect(r.ok).toBe(true);
    const next = applyImport(emptyDataset(), r, 'replace');
    expect(next.units.get('new-lao-cai')!.level).toBe('province');
    expect(next.table.value('new-ha-giang', 'poverty_rate', 2024)).toBeCloseTo(20, 10);
    // No common parent: a stand-in root sums both provinces, so the headline is household-weighted.
    expect(next.rootUnit).toBe('_all');
    expect(next.table.value('_all', 'poverty_rate', 2024)).toBeCloseTo((100 * 60000) / 390000, 10);
    expect(next.title.vi).toBe('n.csv');
    // Replacing the Huế data with another region's file does not keep Huế as the root.
    const base = { ...emptyDataset(), rootUnit: '46', units: new UnitRegistry(units) };
    expect(applyImport(base, r, 'replace').rootUnit).toBe('_all');
  });
});
