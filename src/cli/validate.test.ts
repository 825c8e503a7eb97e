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
    expect(Object.keys(o)).toEqual(['file', 'ok', 'format', 'encoding', 'records', 'units', 'years', 'indicators', 'errors', 'warnings']);
    expect(o).toMatchObject({ ok: false, format: 'csv', encoding: 'utf-8', records: 3, units: [{ code: '482', name: 'Huyện Phú Lộc' }], years: [2024] });
    expect(o.errors[0]).toEqual({ row: 2, column: 'Tỷ lệ hộ nghèo (%)', value: 'abc', code: 'non_numeric', message: 'Not a number: "abc".' });
  });
});

describe('cli convert', () => {
  it('writes tidy observations with derived rates', async () => {
    capture();
    expect(await convert([`${F}english-windows-1252.csv`, '--to', 'json'])).toBe(0);
    const recs = JSON.parse(out.join(''));
    expect(recs).toContainEqual({ unit_code: '481', unit_name: 'Huyện A Lưới', year: 2024, indicator: 'poverty_rate', value: 20, derived: true, standard: '2022-2025' });
    expect(recs).toContainEqual({ unit_code: '481', unit_name: 'Huyện A Lưới', year: 2024, indicator: 'poor_households', value: 2900, derived: false, standard: '2022-2025' });
  });
  it('writes CSV and fails on bad arguments', async () => {
    capture();
    expect(await convert([`${F}records.json`, '--to', 'csv'])).toBe(0);
    expect(out.join('').split(/\r?\n/)[0]).toBe('unit_code,unit_name,year,indicator,value,derived,standard');
    expect(await convert([`${F}records.json`, '--to', 'xml'])).toBe(2);
  });
});
