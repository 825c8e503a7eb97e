import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { ingest } from './pipeline.ts';
import { builtinUnitsFromDisk } from './nodeFiles.ts';
import { TableBuilder } from '../domain/tableBuilder.ts';
import { UnitRegistry } from '../domain/units.ts';
import { EXCEL_VN, PLAIN, tidyRecords, toTidyCsv, toTidyJson } from './export.ts';

const units = builtinUnitsFromDisk();
const registry = new UnitRegistry(units);
// Units of 2021–2024 and years they existed in (a row for a unit outside its life is refused).
const codes = units.filter((u) => u.code !== '46' && u.validFrom === null).map((u) => u.code);

describe('ingest properties', () => {
  it('never throws on arbitrary bytes, and reports either a result or a fatal code', async () => {
    await fc.assert(fc.asyncProperty(fc.uint8Array({ maxLength: 600 }), fc.constantFrom('x.csv', 'x.json', 'x.txt', 'x.xlsx'), async (bytes, name) => {
      const r = await ingest(bytes, name, {}, units);
      expect(r.ok && r.fatal !== null).toBe(false);
    }), { numRuns: 300 });
  });

  it('never throws on mutated text of a valid file', async () => {
    const base = 'Đơn vị;Năm;Số hộ nghèo;Tỷ lệ hộ nghèo (%)\nHuyện A Lưới;2024;2.900;20,00\nCộng;2024;2.900;20,00\n';
    await fc.assert(fc.asyncProperty(fc.nat(base.length), fc.string({ maxLength: 5 }), async (at, ins) => {
      const text = base.slice(0, at) + ins + base.slice(at + 1);
      const r = await ingest(new TextEncoder().encode(text), 'm.csv', {}, units);
      if (r.ok) expect(r.issues.some((i) => i.severity === 'error')).toBe(false);
    }), { numRuns: 300 });
  });

  const obs = fc.uniqueArray(
    fc.record({
      unit: fc.constantFrom(...codes),
      indicator: fc.constantFrom('poverty_rate', 'poor_households', 'near_poor_rate', 'total_households'),
      year: fc.integer({ min: 2015, max: 2024 }),
      rate: fc.double({ min: 0, max: 100, noNaN: true }),
      count: fc.integer({ min: 0, max: 5_000_000 }),
    }),
    { selector: (o) => `${o.unit}|${o.indicator}|${o.year}`, minLength: 1, maxLength: 40 },
  );

  it.each([['plain CSV', PLAIN, 'csv'], ['Excel VN CSV (; and decimal comma)', EXCEL_VN, 'csv'], ['JSON', PLAIN, 'json']] as const)(
    'export → import returns the same observations (%s)', async (_n, style, kind) => {
      await fc.assert(fc.asyncProperty(obs, async (list) => {
        const b = new TableBuilder();
        // Valid data only: poor households never exceed the households of the same unit and year.
        const totals = new Map(list.filter((o) => o.indicator === 'total_households').map((o) => [`${o.unit}|${o.year}`, o.count]));
        for (const o of list) {
          const cap = o.indicator === 'poor_households' ? totals.get(`${o.unit}|${o.year}`) ?? Infinity : Infinity;
          b.add(o.unit, o.indicator, o.year, o.indicator.endsWith('rate') ? o.rate : Math.min(o.count, cap), { kind: 'imported', source: 'a' }, 0);
        }
        const table = b.build();
        const recs = tidyRecords(table, registry);
        const text = kind === 'json' ? toTidyJson(recs, {}) : toTidyCsv(recs, style);
        const r = await ingest(new TextEncoder().encode(text), `export.${kind}`, {}, units);
        expect(r.fatal).toBeNull();
        expect(r.issues.filter((i) => i.severity === 'error')).toEqual([]);
        const back = [...r.table.records()].map((o) => [o.unit, o.indicator, o.year, o.value]);
        expect(back).toEqual([...table.records()].map((o) => [o.unit, o.indicator, o.year, o.value]));
      }), { numRuns: 60 });
    });
});
