import { describe, expect, it } from 'vitest';
import { ingest, type IngestOptions, type IngestResult } from './pipeline.ts';
import { builtinUnitsFromDisk, fixture } from './nodeFiles.ts';

const units = builtinUnitsFromDisk();
const run = (name: string, opts: IngestOptions = {}) => ingest(fixture(name), name, opts, units);
const val = (r: IngestResult, unit: string, ind: string, year: number) => r.table.value(unit, ind, year);
const rowOf = (r: IngestResult, unit: string, ind: string, year: number) => r.table.toColumns().row[r.table.find(unit, ind, year)];
const issues = (r: IngestResult) => r.issues.map((i) => [i.severity, i.row, i.column, i.value, i.code]);

describe('ingest: encodings, delimiters, layouts (one fixture each)', () => {
  it.each([
    // file, encoding, delimiter, layout, header row, [unit, indicator, year, value, row]
    ['long-utf8-bom.csv', 'utf-8', ',', 'long', 1, ['474', 'poverty_rate', 2024, 0.24, 4]],
    ['wide-indicator-semicolon.csv', 'utf-8', ';', 'wide-indicator', 4, ['481', 'poor_households', 2024, 2900, 7]],
    ['wide-indicator-windows-1258.csv', 'windows-1258', ';', 'wide-indicator', 4, ['474', 'total_households', 2024, 121000, 5]],
    ['excel-unicode-utf16le.txt', 'utf-16le', '\t', 'wide-indicator', 3, ['483', 'poverty_rate', 2024, 10.49, 6]],
    ['utf16be.txt', 'utf-16be', '\t', 'wide-indicator', 3, ['477', 'poor_households', 2024, 390, 5]],
    ['english-windows-1252.csv', 'windows-1252', ',', 'wide-indicator', 1, ['481', 'total_households', 2024, 14500, 3]],
    ['wide-year-pipe.txt', 'utf-8', '|', 'wide-year', 2, ['483', 'poverty_rate', 2022, 15.6, 4]],
    ['records.json', 'utf-8', null, 'long', 1, ['481', 'poverty_rate', 2024, 20, 3]],
    ['data.json', 'utf-8', null, 'long', 1, ['474', 'poverty_rate', 2024, 0.24, 2]],
    ['meta-records.json', 'utf-8', null, 'wide-indicator', 1, ['481', 'poverty_rate', 2024, 20, 3]],
    ['book.xlsx', null, null, 'wide-indicator', 3, ['481', 'poor_households', 2024, 2900, 5]],
  ] as const)('%s', async (file, encoding, delimiter, layout, headerRow, [u, ind, y, v, row]) => {
    const r = await run(file);
    expect(r.fatal).toBeNull();
    expect(r.ok).toBe(true);
    expect([r.encoding, r.delimiter, r.layout, r.headerRow]).toEqual([encoding, delimiter, layout, headerRow]);
    expect(val(r, u, ind, y)).toBe(v);
    expect(rowOf(r, u, ind, y)).toBe(row);
    expect(r.table.provenance(r.table.find(u, ind, y))).toEqual({ kind: 'imported', source: file });
  });

  it('decodes Windows-1258 combining tone marks to NFC, same as the UTF-8 file', async () => {
    const a = await run('wide-indicator-windows-1258.csv');
    const b = await run('wide-indicator-semicolon.csv');
    expect(a.headers).toEqual(b.headers);
    expect(a.headers[1]).toBe('Đơn vị hành chính'.normalize('NFC'));
    expect(a.titleRows).toEqual(b.titleRows);
    expect([...a.table.records()].map((o) => [o.unit, o.indicator, o.value, o.row])).toEqual([...b.table.records()].map((o) => [o.unit, o.indicator, o.value, o.row]));
  });

  it('skips title rows, reads the total row as the parent figure, lists notes', async () => {
    const r = await run('wide-indicator-semicolon.csv');
    expect(r.titleRows.map((t) => t.row)).toEqual([1, 2]);
    expect(r.totals).toEqual([{ row: 9, label: 'Tổng cộng', parent: '46' }]);
    expect(val(r, '46', 'poor_households', 2024)).toBe(3870);
    expect(r.notes.map((n) => n.row)).toEqual([10, 11]);
    expect(r.table.unitCodes).toEqual(['46', '474', '476', '479', '481']);
    expect(r.issues).toEqual([]);
  });

  it('flags a total row that disagrees with the sum', async () => {
    const text = 'Đơn vị;Năm;Số hộ nghèo\nHuyện A Lưới;2024;100\nHuyện Nam Đông;2024;50\nCộng;2024;160\n';
    const r = await ingest(new TextEncoder().encode(text), 't.csv', {}, units);
    expect(issues(r)).toEqual([['warning', 4, 'Số hộ nghèo', '160', 'total_mismatch']]);
    expect(r.issues[0]!.params.expected).toBe(150);
  });

  it('reads a chosen XLSX sheet', async () => {
    expect((await run('book.xlsx', { sheet: 'Khác' })).fatal?.code).toBe('no_year');
    const r = await run('book.xlsx', { sheet: 'Khác', year: 2024 });
    expect(r.sheets).toEqual(['Huyện', 'Khác']);
    expect(val(r, '483', 'poverty_rate', 2024)).toBe(10.49);
    expect(r.table.unitCodes).toEqual(['483']);
  });

  it('honours encoding and delimiter overrides', async () => {
    const r = await run('wide-indicator-semicolon.csv', { encoding: 'windows-1252', delimiter: ',' });
    expect(r.encoding).toBe('windows-1252');
    expect(r.delimiter).toBe(',');
  });
});

describe('ingest: numbers', () => {
  it('reads decimal commas, dotted and spaced thousands, percent signs and missing tokens', async () => {
    const r = await run('numbers.csv');
    expect(val(r, '474', 'total_households', 2024)).toBe(121000);
    expect(val(r, '474', 'poverty_rate', 2024)).toBe(0.24);
    expect(val(r, '476', 'total_households', 2024)).toBe(27800);
    expect(val(r, '476', 'poverty_rate', 2024)).toBe(1.73);
    expect(val(r, '477', 'total_households', 2024)).toBe(23700);
    expect(val(r, '477', 'poor_households', 2024)).toBeUndefined();
    expect(issues(r)).toEqual([
      ['warning', 4, 'Số hộ nghèo', 'N/A', 'missing_value'], ['warning', 4, 'Tỷ lệ hộ nghèo', '..', 'missing_value'],
      ['warning', 5, 'Số hộ nghèo', '–', 'missing_value'], ['warning', 5, 'Tỷ lệ hộ nghèo', 'x', 'missing_value'],
      ['warning', 7, 'Số hộ nghèo', '', 'missing_value'], ['warning', 7, 'Tỷ lệ hộ nghèo', '-', 'missing_value'],
    ]);
  });
  it('reads comma thousands when the column says so', async () => {
    const r = await run('numbers-comma-thousands.csv');
    expect(val(r, '481', 'total_households', 2024)).toBe(14500);
    expect(val(r, '481', 'poor_households', 2024)).toBe(2900);
    expect(val(r, '474', 'poverty_rate', 2024)).toBe(0.24);
  });
});

describe('ingest: validation report', () => {
  it('reports each error with row, column, value and code, and rejects those rows', async () => {
    const r = await run('errors.csv');
    expect(r.ok).toBe(false);
    expect(issues(r)).toEqual([
      ['error', 2, 'Tỷ lệ hộ nghèo (%)', 'abc', 'non_numeric'],
      ['error', 3, 'Tỷ lệ hộ nghèo (%)', '101.5', 'rate_out_of_range'],
      ['error', 4, 'Số hộ nghèo', '-5', 'negative_count'],
      ['error', 5, 'Số hộ nghèo', '50000', 'poor_exceeds_total'],
      ['error', 6, 'Năm', '20x4', 'bad_year'],
      ['error', 7, 'Số hộ nghèo', '300', 'duplicate_conflict'],
      ['error', 7, 'Tỷ lệ hộ nghèo (%)', '1.10', 'duplicate_conflict'],
      ['error', 8, 'Số hộ nghèo', '310', 'duplicate_conflict'],
      ['error', 8, 'Tỷ lệ hộ nghèo (%)', '1.14', 'duplicate_conflict'],
    ]);
    expect(r.issues.find((i) => i.row === 7)!.params.other).toBe(8);
    expect(r.rejected.map((x) => x.row)).toEqual([2, 3, 4, 5, 6, 7, 8]);
    expect(r.rejected[0]!.reasons).toEqual(['non_numeric']);
    expect(r.table.unitCodes).toEqual(['482']);
  });
  it('reports each warning and still loads the rows', async () => {
    const r = await run('warnings.csv');
    expect(r.ok).toBe(true);
    expect(issues(r)).toEqual([
      ['warning', 3, 'Tỷ lệ hộ nghèo (%)', '25.00', 'rate_count_mismatch'],
      ['warning', 3, 'Tỷ lệ hộ nghèo (%)', '25.00', 'jump'],
      ['warning', 4, 'Năm', '2023', 'year_gap'],
      ['warning', 5, 'Tỷ lệ hộ nghèo (%)', '', 'missing_value'],
      ['warning', 6, 'Tỷ lệ hộ nghèo (%)', '12.00', 'rate_count_mismatch'],
    ]);
    expect(r.table.size).toBe(14);
  });
  it('suspects fractions and scales them when asked', async () => {
    const r = await run('fractions.csv');
    expect(issues(r)).toEqual([['warning', 2, 'Tỷ lệ hộ nghèo', '0.0024', 'fraction_rates']]);
    const s = await run('fractions.csv', { scalePercent: ['poverty_rate'] });
    expect(s.issues).toEqual([]);
    expect(val(s, '474', 'poverty_rate', 2024)).toBeCloseTo(0.24, 10);
  });
});

describe('ingest: units and mapping', () => {
  it('matches names with prefixes, case and spacing folded; lists unmatched with the closest names', async () => {
    const r = await run('unit-names.csv');
    expect(r.unitMatches.map((m) => [m.raw, m.code, m.status])).toEqual([
      ['thị  xã HƯƠNG TRÀ', '480', 'name'], ['Quận Phú Vang', '478', 'name'], ['H. Phu Loc', '482', 'name'],
      ['Huyện Phong Điềm', 'new-phong-diem', 'new'], ['Xã Hồng Kim', 'new-hong-kim', 'new'],
    ]);
    expect(r.unitMatches[3]!.suggestions[0]!.code).toBe('476');
    expect(r.units.find((u) => u.code === 'new-hong-kim')!.level).toBe('commune');
    const chosen = await run('unit-names.csv', { unitChoices: [['phong diem', '476'], ['hong kim', 'skip']] });
    expect(val(chosen, '476', 'poor_households', 2024)).toBe(470);
    // The message names the column the unit came from, as every other one does.
    expect(issues(chosen).filter((i) => i[0] === 'error')).toEqual([['error', 6, 'Đơn vị hành chính', 'Xã Hồng Kim', 'unit_skipped']]);
    // Both new units in one warning, each with its row, column and closest names.
    const grouped = r.issues.filter((i) => i.code === 'units_unmatched');
    expect(grouped.map((i) => [i.row, i.column, i.params])).toEqual([[5, 'Đơn vị hành chính', { n: 2, first: 'Huyện Phong Điềm, Xã Hồng Kim' }]]);
    expect(grouped[0]!.items!.value).toEqual(['Huyện Phong Điềm', 'Xã Hồng Kim']);
    expect(grouped[0]!.items!.row).toEqual([5, 6]);
    expect(grouped[0]!.items!.column).toEqual(['Đơn vị hành chính', 'Đơn vị hành chính']);
    expect(grouped[0]!.items!.suggestions[0]).toMatch(/Phong Điền/);
  });
  it('applies a user mapping over the guess', async () => {
    const r = await run('wide-year-pipe.txt', { mapping: ['unit_name', 'ignore', 'ignore', 'v:near_poor_rate:2023', 'ignore'] });
    expect(r.guessedMapping[1]).toBe('v::2021');
    expect(r.table.indicatorIds).toEqual(['near_poor_rate']);
    expect(val(r, '481', 'near_poor_rate', 2023)).toBe(24.4);
  });
  it('does not let JSON keys pollute prototypes', async () => {
    const r = await run('proto.json');
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.prototype).not.toHaveProperty('polluted');
    expect(val(r, '474', 'poverty_rate', 2024)).toBe(0.24);
  });
  it('reports unreadable input instead of throwing', async () => {
    const r = await ingest(new TextEncoder().encode('{"bad json'), 'x.json', {}, units);
    expect(r.fatal?.code).toBe('unreadable');
    const e = await ingest(new Uint8Array(), 'empty.csv', {}, units);
    expect(e.fatal?.code).toBe('no_header');
  });
});
