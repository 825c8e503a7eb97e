import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { run as validate } from './validate.ts';
import { run as convert } from './convert.ts';

const F = 'test/fixtures/import/';
let out: string[] = [];
function capture() {
  out = [];
  vi.spyOn(console, 'log').mockImplementation((...a: unknown[]) => { out.push(a.join(' ')); });
  vi.spyOn(console, 'error').mockImplementation(() => {});
  vi.spyOn(process.stdout, 'write').mockImplementation((s: string | Uint8Array) => { out.push(String(s)); return true; });
}
afterEach(() => vi.restoreAllMocks());

describe('cli validate', () => {
  it.each([
    [[`${F}wide-indicator-windows-1258.csv`], 0],
    [[`${F}errors.csv`], 1],
    [[`${F}warnings.csv`, `${F}errors.csv`], 1],
    [[`${F}missing.csv`], 2],
    [[`${F}errors.csv`, `${F}missing.csv`], 2],
  ])('%j → exit %d', async (files, code) => {
    capture();
    expect(await validate([...files, '--json'])).toBe(code);
    expect(out).toHaveLength(files.length);
  });
  it('prints the JSON the issue specifies', async () => {
    capture();
    await validate([`${F}errors.csv`, '--json', '--lang', 'en']);
    const o = JSON.parse(out[0]!);
    expect(Object.keys(o)).toEqual(['file', 'ok', 'format', 'encoding', 'records', 'mapping', 'units', 'years', 'indicators', 'errors', 'warnings']);
    expect(o.mapping[0]).toEqual({ column: expect.any(String), field: expect.any(String), why: expect.any(String) });
    expect(o).toMatchObject({ ok: false, format: 'csv', encoding: 'utf-8', records: 3, units: [{ code: '482', name: 'Huyện Phú Lộc' }], years: [2024] });
    expect(o.errors[0]).toEqual({ row: 2, column: 'Tỷ lệ hộ nghèo (%)', value: 'abc', code: 'non_numeric', message: 'Not a number: "abc".' });
  });
});

describe('cli reading options (as on the mapping screen)', () => {
  const tmp = (name: string, text: string) => { const p = join(mkdtempSync(join(tmpdir(), 'cli-')), name); writeFileSync(p, text); return p; };
  it('--map names a column the importer cannot guess, and --json explains every column', async () => {
    const file = tmp('x.csv', 'Nơi,area_code,Năm,Số hộ nghèo\nXã Hồng Kim,,2023,5\n');
    capture();
    expect(await validate([file, '--json', '--lang', 'en'])).toBe(1);
    const before = JSON.parse(out[0]!);
    expect(before.errors.length + before.records).toBeGreaterThan(0);
    out.length = 0;
    await validate([file, '--json', '--lang', 'en', '--map', 'Nơi=unit_name,area_code=ignore']);
    const o = JSON.parse(out[0]!);
    expect(o.records).toBe(1);
    expect(o.mapping[0]).toEqual({ column: 'Nơi', field: 'unit_name', why: 'unit name: chosen' });
    expect(o.mapping[1].field).toBe('ignore');
    expect(o.mapping[3]).toMatchObject({ field: 'v:poor_households:' });
  });
  it('--year, --indicator and --header-row fill in what the file lacks; bad values exit 2', async () => {
    const file = tmp('y.csv', 'Báo cáo\nĐơn vị,Giá trị\nHuyện A Lưới,12.5\n');
    capture();
    expect(await validate([file, '--json', '--year', '2023', '--indicator', 'poverty_rate', '--header-row', '2'])).toBe(0);
    expect(JSON.parse(out[0]!)).toMatchObject({ ok: true, records: 1, years: [2023], indicators: ['poverty_rate'] });
    expect(await validate([file, '--year', 'abc'])).toBe(2);
    expect(await validate([file, '--indicator', 'nope'])).toBe(2);
    expect(await validate([file, '--map', 'Missing=unit_name'])).toBe(2);
  });
});

describe('cli convert', () => {
  it('writes tidy observations with derived rates', async () => {
    capture();
    expect(await convert([`${F}english-windows-1252.csv`, '--to', 'json'])).toBe(0);
    const recs = JSON.parse(out.join(''));
    expect(recs).toContainEqual({ unit_code: '481', unit_name: 'Huyện A Lưới', year: 2024, indicator: 'poverty_rate', value: 20, derived: true, provenance: 'imported', standard: '2022-2025' });
    expect(recs).toContainEqual({ unit_code: '481', unit_name: 'Huyện A Lưới', year: 2024, indicator: 'poor_households', value: 2900, derived: false, provenance: 'imported', standard: '2022-2025' });
  });
  it('writes CSV and fails on bad arguments', async () => {
    capture();
    expect(await convert([`${F}records.json`, '--to', 'csv'])).toBe(0);
    expect(out.join('').split(/\r?\n/)[0]).toBe('unit_code,unit_name,year,indicator,value,derived,provenance,as_reported,standard');
    expect(await convert([`${F}records.json`, '--to', 'xml'])).toBe(2);
  });
});
