/**
 * The import engine gives what the full pipeline gave, on every fixture of the import suite and on
 * the inline files of its tests: observations (with rows and provenance), issues with their rows,
 * notes, totals, units and matches. The expected outputs were written by the full pipeline before
 * the engine replaced it (test/fixtures/import-expected/, one JSON per case); `UPDATE_EXPECTED=1`
 * rewrites them, which is only right when a change of behaviour is meant.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { makeUnit, type Unit } from '../domain/units.ts';
import { importFile } from './engine.ts';
import { lastFallback } from './stream.ts';
import { builtinUnitsFromDisk, fixture } from './nodeFiles.ts';
import type { IngestOptions, IngestResult } from './types.ts';
import { byRow, expandIssues } from './issues.ts';

const DIR = fileURLToPath(new URL('../../test/fixtures/import-expected/', import.meta.url));
const FIXTURES = fileURLToPath(new URL('../../test/fixtures/import/', import.meta.url));
const builtin = builtinUnitsFromDisk();
const wards = [
  makeUnit({ code: '19753', level: 'commune', parent: '474', nameVi: 'Phường Thuận Lộc', validTo: '2025-06-30' }),
  makeUnit({ code: '19753@2025-07-01', officialCode: '19753', level: 'commune', parent: '46', nameVi: 'Phường Phú Xuân', validFrom: '2025-07-01' }),
  makeUnit({ code: '19900', level: 'commune', parent: '481', nameVi: 'Xã Tân Lập' }),
  makeUnit({ code: '19901', level: 'commune', parent: '483', nameVi: 'Xã Tân Lập' }),
];
const enc = (s: string) => new TextEncoder().encode(s);

interface Case { name: string; file: string; bytes: () => Uint8Array; opts?: IngestOptions; known?: readonly Unit[] }

const files = [
  ...readdirSync(FIXTURES).filter((f) => !f.endsWith('.mjs') && f !== 'shapes'),
  ...readdirSync(`${FIXTURES}shapes`).map((f) => `shapes/${f}`),
];
const long = (rows: string[]) => `unit_code,unit_name,year,indicator,value\n${rows.join('\n')}\n`;
const cases: Case[] = [
  ...files.map((f) => ({ name: f.replace('/', '__'), file: f.split('/').pop()!, bytes: () => fixture(f) })),
  { name: 'provenance-contradiction', file: 'contradiction.csv', bytes: () => new Uint8Array(readFileSync(fileURLToPath(new URL('../../test/fixtures/provenance/contradiction.csv', import.meta.url)))) },
  // The option variants the import tests use.
  { name: 'book-sheet-khac-2024', file: 'book.xlsx', bytes: () => fixture('book.xlsx'), opts: { sheet: 'Khác', year: 2024 } },
  { name: 'semicolon-as-1252-comma', file: 'w.csv', bytes: () => fixture('wide-indicator-semicolon.csv'), opts: { encoding: 'windows-1252', delimiter: ',' } },
  { name: 'fractions-scaled', file: 'fractions.csv', bytes: () => fixture('fractions.csv'), opts: { scalePercent: ['poverty_rate'] } },
  { name: 'unit-names-chosen', file: 'unit-names.csv', bytes: () => fixture('unit-names.csv'), opts: { unitChoices: [['phong diem', '476'], ['hong kim', 'skip']] } },
  { name: 'unit-names-skip-unmatched', file: 'unit-names.csv', bytes: () => fixture('unit-names.csv'), opts: { unmatched: 'skip' } },
  { name: 'wide-year-mapped', file: 'wide-year-pipe.txt', bytes: () => fixture('wide-year-pipe.txt'), opts: { mapping: ['unit_name', 'ignore', 'ignore', 'v:near_poor_rate:2023', 'ignore'] } },
  { name: 'long-header-row-1', file: 'long.csv', bytes: () => fixture('long-utf8-bom.csv'), opts: { headerRow: 1 } },
  // Inline files of the import tests: totals, vintages, parents, custom indicators, bad rows.
  { name: 'total-mismatch', file: 't.csv', bytes: () => enc('Đơn vị;Năm;Số hộ nghèo\nHuyện A Lưới;2024;100\nHuyện Nam Đông;2024;50\nCộng;2024;160\n') },
  { name: 'vintage-code', file: 'm.csv', known: wards, bytes: () => enc('Mã,Tên,Năm,Số hộ nghèo\n19753,Phường Thuận Lộc,2024,12\n19753,Phường Phú Xuân,2025,30\n') },
  { name: 'ambiguous-name', file: 'm.csv', known: wards, bytes: () => enc('Đơn vị,Năm,Số hộ nghèo\nXã Tân Lập,2023,5\n') },
  { name: 'out-of-time', file: 'm.csv', bytes: () => enc('Đơn vị,Năm,Số hộ nghèo\nThị xã Hương Trà,2025,5\nThị xã Hương Trà,2023,5\n') },
  { name: 'parent-column', file: 'm.csv', bytes: () => enc('Tên xã,Cấp trên,Năm,Số hộ nghèo\nXã Hồng Kim,481,2023,5\nXã Thượng Lộ,Huyện Nam Đông,2023,4\n') },
  { name: 'qualified-name', file: 'm.csv', bytes: () => enc('area_name,year,indicator,value\n"Hương Phong (xã, huyện A Lưới)",2022,poor_households,3\n') },
  {
    name: 'custom-indicators', file: 'custom.csv', known: [], bytes: () => enc('Mã,Đơn vị,Năm,Chỉ tiêu,Giá trị\n474,Huế,2023,Tỷ lệ hộ nghèo,"0,5"\n'
      + '474,Huế,2023,Tỷ lệ trẻ em suy dinh dưỡng (%),"7,5"\n474,Huế,2024,Tỷ lệ trẻ em suy dinh dưỡng (%),"6,9"\n476,Phong Điền,2023,Số hộ có nước sạch,"12.345"\n'),
  },
  { name: 'custom-rate-out-of-range', file: 'x.csv', known: [], bytes: () => enc('unit_code,year,indicator,value\n474,2023,literacy_rate,140\n') },
  // Clean long files (the shape the streaming path covered), with and without a problem.
  { name: 'long-clean', file: 'l.csv', known: [], bytes: () => enc(long(['1,Xã Một,2023,total_households,100', '1,Xã Một,2023,poor_households,10', '1,Xã Một,2023,poverty_rate,10.00', '1,Xã Một,2024,poor_households,8', '2,Xã Hai,2023,poor_households,7', '2,Xã Hai,2024,poor_households,6'])) },
  { name: 'long-duplicate', file: 'l.csv', known: [], bytes: () => enc(long(['1,Xã Một,2023,poor_households,10', '1,Xã Một,2023,poor_households,11', '2,Xã Hai,2023,poor_households,7'])) },
  { name: 'long-fractions-jump-gap', file: 'l.csv', known: [], bytes: () => enc(long(['1,Xã Một,2021,poverty_rate,0.5', '1,Xã Một,2023,poverty_rate,0.2', '2,Xã Hai,2021,poverty_rate,0.3', '2,Xã Hai,2022,poverty_rate,0.9'])) },
  { name: 'long-builtin-names', file: 'l.csv', bytes: () => enc(long(['481,Huyện A Lưới,2023,poor_households,2900', ',Huyện Nam Đông,2023,poor_households,640', '999,Huyện Không Có,2023,poor_households,1'])) },
  { name: 'long-target', file: 'l.csv', bytes: () => enc(long(['481,Huyện A Lưới,2025,target_rate,15', '481,Huyện A Lưới,2023,poverty_rate,20'])) },
];

/**
 * Everything a user sees of a result, as plain JSON. Units not in the reference are one grouped
 * issue now: its items, expanded in place and sorted as the report sorts, must be the one warning
 * per unit the full pipeline gave (same rows, columns, names and suggestions, in the same order).
 */
function summary(r: IngestResult) {
  const { table, units, unitMatches, ...rest } = r;
  return {
    ...rest,
    issues: expandIssues(r.issues).sort(byRow),
    fatal: r.fatal ? { code: r.fatal.code, params: r.fatal.params ?? null } : null,
    observations: [...table.records()].map((o) => [o.unit, o.indicator, o.year, o.value, o.row, o.provenance]),
    units: units.map((u) => [u.code, u.level, u.parent, u.name.vi, u.validFrom, u.validTo]),
    unitMatches: unitMatches.map((m) => ({ ...m, suggestions: m.suggestions.map((s) => s.code) })),
  };
}

/**
 * Cases the streaming reader keeps (stream.ts), so that its result, not the pipeline's fallback, is
 * what is compared: legacy encodings, wide layouts, decimal commas and thousands, title, total and
 * note rows, units by code, name, vintage and parent, rows with errors.
 */
const STREAMED = new Set([
  'english-windows-1252.csv', 'fractions.csv', 'hue-2025-new-units-by-name.csv', 'long-utf8-bom.csv', 'numbers-comma-thousands.csv', 'unit-names.csv',
  'wide-indicator-semicolon.csv', 'wide-indicator-windows-1258.csv', 'wide-year-pipe.txt', 'shapes__dhis2-download.csv', 'shapes__tidy-snake.csv',
  'shapes__vi-measure.csv', 'provenance-contradiction', 'total-mismatch', 'vintage-code', 'parent-column', 'qualified-name', 'custom-indicators',
  'long-clean', 'long-fractions-jump-gap', 'long-builtin-names',
  // Rows with errors (rejected and listed), odd number cells, a unit out of its time, a duplicate.
  'errors.csv', 'numbers.csv', 'warnings.csv', 'shapes__owid.csv', 'shapes__rate-beside.csv', 'long-duplicate', 'out-of-time',
  // The user's choices on the report: a column mapping, a header row, units chosen or skipped, rates scaled.
  'fractions-scaled', 'long-header-row-1', 'unit-names-chosen', 'unit-names-skip-unmatched', 'wide-year-mapped',
  'long-target',
  // JSON: records, {meta, records} and keys that could pollute an object.
  'data.json', 'meta-records.json', 'records.json', 'proto.json', 'shapes__dhis2-datavalueset.json',
  // UTF-16 text (Excel's "Unicode text"), either byte order.
  'excel-unicode-utf16le.txt', 'utf16be.txt',
]);

describe('the import engine gives what the full pipeline gave', () => {
  it.each(cases.map((c) => [c.name, c] as const))('%s', async (name, c) => {
    const got = JSON.parse(JSON.stringify(summary(await importFile(c.bytes(), c.file, c.opts ?? {}, c.known ?? builtin))));
    if (STREAMED.has(name)) expect(lastFallback, 'read by the streaming reader').toBe('');
    const path = `${DIR}${name}.json`;
    if (process.env.UPDATE_EXPECTED === '1' || !existsSync(path)) {
      if (process.env.UPDATE_EXPECTED !== '1') throw new Error(`No expected output for ${name}: run with UPDATE_EXPECTED=1 on the reference engine`);
      mkdirSync(DIR, { recursive: true });
      writeFileSync(path, `${JSON.stringify(got, null, 1)}\n`);
    }
    expect(got).toEqual(JSON.parse(readFileSync(path, 'utf8')));
  });
});
