// Every CSV/XLSX export neutralises formula-like text (OWASP CSV injection: leading = + - @ tab CR)
// and keeps negative numbers intact: tidy data CSV, rejected rows, allocation table, chart CSV — all
// through the one writer (src/ingest/papa.ts: writeCsv).
import { describe, expect, it } from 'vitest';
import Papa from 'papaparse';
import { EXCEL_VN, PLAIN, neutralise, toTidyCsv, type TidyRecord } from '../../src/ingest/export.ts';
import { ingest } from '../../src/ingest/pipeline.ts';
import { builtinUnitsFromDisk } from '../../src/ingest/nodeFiles.ts';
import { rejectedRowsCsv } from '../../src/views/data/model.ts';
import { exportRows } from '../../src/views/allocation/exportTable.ts';
import { writeCsv } from '../../src/ingest/papa.ts';

const HOSTILE = ['=HYPERLINK("http://x","y")', '+cmd|\' /C calc\'!A0', '-2+3+cmd|\' /C calc\'!A0', '@SUM(1+1)*cmd', '\t=1+1', '\r=1+1', '=-1'];
const parse = (csv: string, delimiter = ',') => Papa.parse<string[]>(csv.replace(/^\uFEFF/, ''), { delimiter, skipEmptyLines: true }).data;
/** What a spreadsheet could run: a cell starting with a formula character, unless it is a plain negative number. */
const runnable = (cell: string) => /^[=+\-@\t\r]/.test(cell) && !/^-\d+([.,]\d+)*%?$/.test(cell);

describe('CSV injection', () => {
  it.each(HOSTILE)('neutralise(%j) cannot run', (s) => {
    expect(runnable(neutralise(s))).toBe(false);
    expect(neutralise(s)).toBe(`'${s}`);
  });
  it.each(['-5', '-3,17', '-3.17', '-1.234,5', '-2%', 'Huế', '12'])('neutralise keeps %j', (s) => expect(neutralise(s)).toBe(s));

  const rec = (name: string, value: number): TidyRecord => ({ unit_code: name, unit_name: name, year: 2024, indicator: 'poverty_rate', value, derived: false, source: name, row: 2 });

  it.each([['plain', PLAIN, ','], ['Excel VN', EXCEL_VN, ';']] as const)('tidy CSV (%s): every text cell safe, negative values intact', (_n, style, d) => {
    const rows = parse(toTidyCsv(HOSTILE.map((h) => rec(h, -3.5)), style), d);
    for (const r of rows.slice(1)) {
      expect(r.filter(runnable)).toEqual([]);
      expect(r[4]).toBe(style.decimalComma ? '-3,5' : '-3.5');
    }
    expect(rows.slice(1).map((r) => r[1])).toEqual(HOSTILE.map((h) => `'${h}`));
  });

  it('rejected rows CSV: formula text neutralised, a negative count kept as the number it was', async () => {
    const text = 'Mã đơn vị,Năm,Số hộ nghèo,Ghi chú\n481,2024,-5,x\n483,2024,=1+1,"@SUM(1)"\n';
    const r = await ingest(new TextEncoder().encode(text), 'x.csv', {}, builtinUnitsFromDisk());
    const rows = parse(rejectedRowsCsv(r, (k) => k));
    expect(rows[1]!.slice(0, 4)).toEqual(['2', '481', '2024', '-5']);
    expect(rows[2]!.slice(0, 5)).toEqual(['3', '483', '2024', "'=1+1", "'@SUM(1)"]);
    for (const row of rows) expect(row.filter(runnable)).toEqual([]);
  });

  it('allocation CSV: text neutralised, numbers (negative too) as numbers', () => {
    const cols = [{ id: 'n', header: 'Đơn vị', value: (r: { n: string; v: number }) => r.n }, { id: 'v', header: 'pp', value: (r: { n: string; v: number }) => r.v }];
    const rows = parse(writeCsv(exportRows(cols, HOSTILE.map((n) => ({ n, v: -1.25 }))), { bom: true }));
    for (const r of rows.slice(1)) { expect(r.filter(runnable)).toEqual([]); expect(r[1]).toBe('-1.25'); }
  });

  it('chart data CSV (share menu): text neutralised, negative numbers intact', () => {
    const rows = parse(writeCsv([['unit', 'value'], ...HOSTILE.map((h) => [h, -0.5]), ['-7', -7]], { bom: true }));
    for (const r of rows.slice(1)) expect(r.filter(runnable)).toEqual([]);
    expect(rows.at(-1)).toEqual(['-7', '-7']);
  });
});
