import { describe, expect, it } from 'vitest';
import { ingest } from './pipeline.ts';
import { ingestFast, lastFallback } from './stream.ts';
import { builtinUnitsFromDisk } from './nodeFiles.ts';
import { combineHeaderRows, findHeader, isColumnNumbersRow } from './headers.ts';

const units = builtinUnitsFromDisk();
const enc = (s: string) => new TextEncoder().encode(s);

// As provincial reports are laid out in Excel: a title, a merged "Năm …" over two sub-columns,
// a row of column numbers, a total row.
const REPORT = [
  'Bảng 3. Hộ nghèo theo huyện,,,,',
  'Đơn vị,Năm 2023,,Năm 2024,',
  ',Số hộ nghèo,Tổng số hộ,Số hộ nghèo,Tổng số hộ',
  '(1),(2),(3),(4),(5)',
  'Huyện A Lưới,5413,14170,2900,14500',
  'Thị xã Hương Thủy,300,30000,250,30500',
  'Tổng cộng,5713,44170,3150,45000',
].join('\n');

describe('two-row headers and column-number rows', () => {
  it('joins a merged group label with its sub-labels and reads the values under them', async () => {
    for (const read of [ingest, ingestFast]) {
      const r = await read(enc(REPORT), 'bang3.csv', {}, units);
      expect(r.fatal).toBeNull();
      expect([r.headerRow, r.headerRows]).toEqual([2, 2]);
      expect(r.headers).toEqual(['Đơn vị', 'Năm 2023 Số hộ nghèo', 'Năm 2023 Tổng số hộ', 'Năm 2024 Số hộ nghèo', 'Năm 2024 Tổng số hộ']);
      expect(r.mapping).toEqual(['unit_name', 'v:poor_households:2023', 'v:total_households:2023', 'v:poor_households:2024', 'v:total_households:2024']);
      expect(r.table.value('481', 'poor_households', 2023)).toBe(5413);
      expect(r.table.value('479', 'total_households', 2024)).toBe(30500);
      // Row numbers as the user sees them in the file.
      expect(r.table.toColumns().row[r.table.find('481', 'poor_households', 2024)]).toBe(5);
      expect(r.notes.map((n) => n.row)).toContain(4);
      expect(r.titleRows.map((t) => t.row)).toEqual([1]);
      expect(r.totals.length).toBe(1);
      expect(r.rejected).toEqual([]);
    }
  });

  it('skips a row of column numbers under a one-row header, on both paths', async () => {
    const csv = 'unit_code,year,indicator,value\n(1),(2),(3),(4)\n474,2024,poverty_rate,0.24\n';
    for (const read of [ingest, ingestFast]) {
      const r = await read(enc(csv), 'long.csv', {}, units);
      expect([r.headerRow, r.headerRows, r.rejected.length]).toEqual([1, 1, 0]);
      expect(r.table.value('474', 'poverty_rate', 2024)).toBe(0.24);
      expect(r.notes).toEqual([{ row: 2, text: '(1) (2) (3) (4)' }]);
    }
  });

  it('stays on the streaming reader and gives the pipeline\'s result, errors and rejected rows included', async () => {
    const plain = (r: Awaited<ReturnType<typeof ingest>>) => JSON.parse(JSON.stringify({ ...r, table: [...r.table.records()] }));
    for (const text of [
      REPORT,
      REPORT.replace('5413', 'n/a').replace('250,30500', '-5,30500'),
      'unit_code,year,indicator,value\n(1),(2),(3),(4)\n474,2024,poverty_rate,0.24\n',
      'Bảng 1,,\nĐơn vị,Năm 2024,\n,Số hộ nghèo,Tổng số hộ\n1,2,3\nHuyện A Lưới,2900,14500\nGhi chú: số liệu thử,,\n',
    ]) {
      const fast = await ingestFast(enc(text), 'r.csv', {}, units);
      expect(lastFallback, text.slice(0, 40)).toBe('');
      expect(plain(fast)).toEqual(plain(await ingest(enc(text), 'r.csv', {}, units)));
    }
  });

  it('finds the group row above when the search lands on the sub-labels', () => {
    const rows = [['', 'Hộ nghèo', '', ''], ['Mã đơn vị', 'Số hộ nghèo', 'Tỷ lệ hộ nghèo (%)', 'Năm']];
    const b = findHeader(rows);
    expect(b.row).toBe(1);
    expect(b.span).toBe(1); // joining adds nothing the single row does not already recognise
    const merged = findHeader([['Mã đơn vị', 'Năm 2023', ''], ['', 'Số hộ nghèo', 'Tổng số hộ'], ['474', '10', '100']]);
    expect(merged).toMatchObject({ row: 0, span: 2, headers: ['Mã đơn vị', 'Năm 2023 Số hộ nghèo', 'Năm 2023 Tổng số hộ'] });
  });

  it.each([
    [['Đơn vị', 'Năm 2023'], ['', '5413'], null, 'a data row under the header is not a header'],
    [['Đơn vị', 'Ghi chú'], ['', 'abc'], null, 'one sub-label is not a second header row'],
    [['Đơn vị', 'Năm 2023', ''], ['', 'Số hộ nghèo', 'Tổng số hộ'], ['Đơn vị', 'Năm 2023 Số hộ nghèo', 'Năm 2023 Tổng số hộ'], 'merged year over two indicators'],
  ] as const)('combineHeaderRows %#: %s', (top, sub, want, _why) => {
    expect(combineHeaderRows(top, sub)).toEqual(want);
  });

  it.each([
    [['(1)', '(2)', '(3)'], true],
    [['1', '2', '3', '4'], true],
    [['A', 'B', 'C'], false],
    [['1', '3', '4'], false],
    [['1', '2'], false],
    [['2023', '2024', '2025'], false],
  ] as const)('isColumnNumbersRow(%j) = %s', (row, want) => {
    expect(isColumnNumbersRow(row)).toBe(want);
  });
});
