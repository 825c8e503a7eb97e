import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { ingestFast, lastFallback } from './stream.ts';
import { ingest } from './pipeline.ts';
import { builtinUnitsFromDisk } from './nodeFiles.ts';
import { nfc } from './json.ts';
import type { IngestResult } from './types.ts';

const known = builtinUnitsFromDisk();
const enc = (s: string) => new TextEncoder().encode(s);
const plain = (r: IngestResult) => JSON.parse(JSON.stringify({ ...r, table: [...r.table.records()] }));

async function both(text: string, file = 'x.json', opts = {}) {
  const fast = await ingestFast(enc(text), file, opts, known);
  const why = lastFallback;
  const slow = await ingest(enc(text), file, opts, known);
  return { fast: plain(fast), slow: plain(slow), why };
}

describe('JSON on the streaming reader', () => {
  it('reads records, keeps numbers as numbers and equals the pipeline, rejected rows included', async () => {
    const recs = [
      { unit_code: 481, unit_name: 'Huyện A Lưới', year: 2023, indicator: 'poverty_rate', value: 1.234 },
      { unit_code: '481', unit_name: 'Huyện A Lưới', year: 2024, indicator: 'poverty_rate', value: '12,5' },
      { unit_code: '482', unit_name: 'Huyện Nam Đông', year: 2024, indicator: 'poor_households', value: -3 },
      { unit_code: '482', unit_name: 'Huyện Nam Đông', year: '2023', indicator: 'poor_households', value: null },
      { unit_code: '999', unit_name: 'Xa\u0301 Mới', year: 2024, indicator: 'poor_households', value: 7, extra: { a: [1] } },
    ];
    const { fast, slow, why } = await both(JSON.stringify(recs));
    expect(why).toBe('');
    expect(fast).toEqual(slow);
    expect(fast.format).toBe('json');
    // 1.234 is a number in the file, not "1.234" read in the column's style.
    expect(fast.table.find((o: { year: number; unit: string }) => o.year === 2023 && o.unit === '481').value).toBe(1.234);
    expect(fast.rejected.map((r: { row: number }) => r.row)).toEqual([4]);
    expect(fast.units.map((u: { name: { vi: string } }) => u.name.vi)).toEqual(['Xá Mới']);
  });

  it('reads arrays of arrays, {meta, records} and a .txt that is JSON as the pipeline does', async () => {
    const arrays = JSON.stringify([['Đơn vị', 'Năm', 'Số hộ nghèo'], ['Huyện A Lưới', 2024, 2900], [null, null, null], ['Ghi chú: thử']]);
    for (const [text, file] of [[arrays, 'a.json'], [arrays, 'a.txt'], [JSON.stringify({ meta: { indicator: 'Số hộ nghèo', year: 2024 }, records: [{ 'Đơn vị': 'Huyện A Lưới', 'Giá trị': 2900 }] }), 'm.json']] as const) {
      const { fast, slow, why } = await both(text, file);
      expect(why, file).toBe('');
      expect(fast).toEqual(slow);
    }
  });

  it('hands unreadable JSON and a workbook named .json to the pipeline', async () => {
    expect((await both('[{"a":')).why).toBe('json');
    expect((await both('{"x": 1}')).why).toBe('json');
    const broken = await both('[1, 2');
    expect(broken.fast).toEqual(broken.slow);
    expect(broken.fast.fatal.code).toBe('unreadable');
  });

  const cell = fc.oneof(
    fc.constantFrom(null, '', ' ', 'n/a', '-', '1.234', '1,5', '12,5%', '2.900', 'Tổng cộng', 'Huyện A Lưới', 'Xa\u0301', '2023', 'năm 2024'),
    fc.integer({ min: -5, max: 100000 }), fc.double({ min: -1, max: 200, noNaN: true }), fc.constantFrom(2022, 2023, 2024, 21, 2023.5, true),
  );
  const record = fc.record({
    unit_code: fc.oneof(fc.constantFrom('481', '482', '474', '', '9001'), fc.constantFrom(481, 482, 9002)),
    unit_name: fc.constantFrom('Huyện A Lưới', 'Huyện Nam Đông', '', 'Xã Thử', 'Tổng cộng', 'Ghi chú: nguồn'),
    year: fc.oneof({ arbitrary: fc.constantFrom(2022, 2023, 2024, '2024'), weight: 8 }, { arbitrary: fc.constantFrom('', null), weight: 1 }, { arbitrary: cell, weight: 1 }),
    // A blank or unreadable indicator: the row is rejected (unknown_indicator).
    indicator: fc.oneof({ arbitrary: fc.constantFrom('poverty_rate', 'poor_households', 'total_households', 'target_rate', 'Số hộ có nước sạch'), weight: 20 }, { arbitrary: fc.constantFrom('', '***'), weight: 1 }),
    value: fc.oneof({ arbitrary: fc.oneof(fc.integer({ min: 0, max: 100 }), fc.double({ min: 0, max: 100, noNaN: true })), weight: 6 }, { arbitrary: cell, weight: 2 }),
  }, { requiredKeys: ['unit_name', 'indicator', 'value'] });

  it('equals the pipeline on random records (numbers, texts, blanks, totals, notes, bad years, missing keys)', async () => {
    const why: string[] = [];
    await fc.assert(fc.asyncProperty(fc.array(record, { minLength: 1, maxLength: 20 }), async (recs) => {
      const r = await both(JSON.stringify(recs));
      why.push(r.why);
      expect(r.fast).toEqual(r.slow);
    }), { numRuns: 300 });
    // Most of them on the reader itself (the rest: nothing accepted, a valueless total row…).
    expect(why.filter((w) => w === '').length).toBeGreaterThan(why.length / 2);
  });
});

describe('nfc', () => {
  it('agrees with normalize("NFC") on every UTF-16 code unit, alone and after a letter', () => {
    for (let c = 0; c <= 0xffff; c++) {
      const s = String.fromCharCode(c);
      expect.soft(nfc(s), `U+${c.toString(16)}`).toBe(s.normalize('NFC'));
      expect.soft(nfc(`a${s}`)).toBe(`a${s}`.normalize('NFC'));
    }
  });
  it('agrees on random text', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary' }), (s) => { expect(nfc(s)).toBe(s.normalize('NFC')); }), { numRuns: 2000 });
  });
});
