/**
 * Property tests of the import pipeline under hostile input. Local runs are small (quick dev loop);
 * with CI set they run 10,000 cases each (the zip case 300: a damaged workbook can take up to ~1 s to refuse).
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { ingest, type IngestResult } from './pipeline.ts';
import { builtinUnitsFromDisk, fixture } from './nodeFiles.ts';

const CI = Boolean(process.env.CI);
const RUNS = CI ? 10_000 : 300;
const ZIP_RUNS = CI ? 300 : 40;
const TIMEOUT = CI ? 110_000 : 30_000;

const units = builtinUnitsFromDisk();
// Units of 2021–2024 and years they existed in (a row outside a unit's life is refused, not dropped silently).
const codes = units.filter((u) => u.code !== '46' && u.validFrom === null).map((u) => u.code);
const enc = (s: string) => new TextEncoder().encode(s);

/** What must hold for any result: ok only without errors or fatal; every rejected row has an error. */
function consistent(r: IngestResult): void {
  const errors = r.issues.filter((i) => i.severity === 'error');
  if (r.ok) {
    expect(r.fatal).toBeNull();
    expect(errors).toEqual([]);
  }
  if (errors.length || r.fatal) expect(r.ok).toBe(false);
  const errorRows = new Set(errors.map((i) => i.row));
  for (const x of r.rejected) expect(errorRows.has(x.row)).toBe(true);
  if (r.fatal) expect(r.table.size).toBe(0);
}

/** Byte-level edits: overwrite, insert or delete at a position. */
const mutation = fc.array(fc.tuple(fc.constantFrom('set', 'insert', 'delete'), fc.nat(), fc.integer({ min: 0, max: 255 })), { minLength: 1, maxLength: 6 });
function mutate(base: Uint8Array, edits: [string, number, number][]): Uint8Array {
  const b = Array.from(base);
  for (const [op, at, byte] of edits) {
    const i = at % (b.length + 1);
    if (op === 'set' && i < b.length) b[i] = byte;
    else if (op === 'insert') b.splice(i, 0, byte);
    else b.splice(i, 1);
  }
  return Uint8Array.from(b);
}

const VALID_CSV = enc('Báo cáo tỷ lệ hộ nghèo\nMã đơn vị;Đơn vị;Năm;Tổng số hộ;Số hộ nghèo;Tỷ lệ hộ nghèo (%)\n481;Huyện A Lưới;2024;14.500;2.900;20,00\n483;Huyện Nam Đông;2024;6.100;640;10,49\nCộng;;2024;20.600;3.540;17,18\nNguồn: Sở LĐTBXH\n');
const VALID_JSON = enc(JSON.stringify({ meta: { year: 2024 }, records: [{ unit_code: '481', year: 2024, indicator: 'poverty_rate', value: 20 }, { unit_code: '483', year: 2024, indicator: 'poverty_rate', value: 10.49 }] }));

describe('ingest under hostile input (fast-check)', () => {
  it('arbitrary bytes: never throws, result consistent', async () => {
    await fc.assert(fc.asyncProperty(fc.uint8Array({ maxLength: 800 }), fc.constantFrom('x.csv', 'x.json', 'x.txt', 'x.tsv', 'x.xlsx'), async (bytes, name) => {
      consistent(await ingest(bytes, name, {}, units));
    }), { numRuns: RUNS });
  }, TIMEOUT);

  it('arbitrary text (incl. quotes, delimiters, markup): never throws, result consistent', async () => {
    const piece = fc.oneof(fc.string({ maxLength: 12 }), fc.constantFrom('"', ',', ';', '\t', '\n', '\r\n', '__proto__', '<script>', '=1+1', '2024', '3,17', 'Huyện A Lưới', 'Năm', 'Tỷ lệ hộ nghèo (%)', 'Mã đơn vị'));
    await fc.assert(fc.asyncProperty(fc.array(piece, { maxLength: 60 }), async (parts) => {
      consistent(await ingest(enc(parts.join('')), 'x.csv', {}, units));
    }), { numRuns: RUNS });
  }, TIMEOUT);

  it.each([['CSV', VALID_CSV, 'v.csv'], ['JSON', VALID_JSON, 'v.json']] as const)('mutated valid %s: never throws, result consistent', async (_n, base, name) => {
    await fc.assert(fc.asyncProperty(mutation, async (edits) => {
      consistent(await ingest(mutate(base, edits), name, {}, units));
    }), { numRuns: RUNS });
  }, TIMEOUT);

  it('mutated valid XLSX: never throws, result consistent', async () => {
    const book = fixture('book.xlsx');
    await fc.assert(fc.asyncProperty(mutation, async (edits) => {
      consistent(await ingest(mutate(book, edits), 'book.xlsx', {}, units));
    }), { numRuns: ZIP_RUNS });
  }, TIMEOUT);

  // A file of valid rows with bad rows mixed in: every valid row loads with its value, exactly the
  // bad rows are rejected, and the file is ok exactly when there is no bad row.
  const key = (o: { unit: string; indicator: string; year: number }) => `${o.unit}|${o.indicator}|${o.year}`;
  const valid = fc.record({
    unit: fc.constantFrom(...codes),
    indicator: fc.constantFrom('poverty_rate', 'near_poor_rate', 'total_households'),
    year: fc.integer({ min: 2015, max: 2024 }),
    value: fc.integer({ min: 0, max: 10_000 }),
    bad: fc.constantFrom(null, 'abc', '150', '-3', '1,2,3x'),
  });
  const file = fc.uniqueArray(valid, { selector: key, minLength: 1, maxLength: 30 });

  it.each([[',', '.'], [';', ',']] as const)('never drops a valid row (delimiter %j, decimal %j)', async (delim, dec) => {
    await fc.assert(fc.asyncProperty(file, async (rows) => {
      const text = (v: (typeof rows)[number]) => {
        if (v.indicator === 'total_households') return v.bad === '150' ? '-150' : v.bad ?? String(v.value);
        return v.bad ?? (v.value / 100).toFixed(2).replace('.', dec);
      };
      const csv = ['Mã đơn vị;Năm;Chỉ tiêu;Giá trị'.replace(/;/g, delim), ...rows.map((v) => [v.unit, v.year, v.indicator, `"${text(v)}"`].join(delim))].join('\n');
      const r = await ingest(enc(csv), 'mix.csv', {}, units);
      consistent(r);
      expect(r.fatal).toBeNull();
      rows.forEach((v, i) => {
        const got = r.table.value(v.unit, v.indicator, v.year);
        if (v.bad) expect(r.rejected.some((x) => x.row === i + 2)).toBe(true);
        else expect(got).toBeCloseTo(v.indicator === 'total_households' ? v.value : v.value / 100, 9);
      });
      expect(r.rejected.length).toBe(rows.filter((v) => v.bad).length);
      expect(r.ok).toBe(rows.every((v) => !v.bad));
    }), { numRuns: CI ? RUNS / 5 : 100 });
  }, TIMEOUT);
});
