/** Other tools' files load without a mapping step, one fixture per shape; the published files load with their real columns. */
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ingest } from './pipeline.ts';
import { builtinUnitsFromDisk, fixture } from './nodeFiles.ts';

const units = builtinUnitsFromDisk();
const run = (name: string) => ingest(fixture(`shapes/${name}`), name, {}, units);

describe('shapes of other tools', () => {
  it.each([
    // file, mapping, [unit, indicator, year, value]
    ['dhis2-download.csv', ['indicator', 'year', 'unit_name', 'value'], ['481', 'poverty_rate', 2023, 24.4]],
    ['dhis2-datavalueset.json', ['indicator', 'year', 'unit_name', 'value', 'ignore'], ['481', 'poor_households', 2023, 3485]],
    ['owid.csv', ['unit_name', 'unit_code', 'year', 'v:poverty_rate:', 'v:poor_households:'], ['481', 'poverty_rate', 2022, 34.85]],
    ['tidy-snake.csv', ['unit_code', 'unit_name', 'year', 'indicator', 'value', 'measure'], ['483', 'poor_households', 2023, 410]],
    ['vi-measure.csv', ['unit_code', 'unit_name', 'year', 'indicator', 'measure', 'value'], ['481', 'poverty_rate', 2023, 24.4]],
    ['rate-beside.csv', ['unit_name', 'year', 'v:total_households:', 'v:poor_households:', 'v:poverty_rate:'], ['481', 'poverty_rate', 2023, 24.37]],
  ] as const)('%s', async (file, mapping, [u, ind, y, v]) => {
    const r = await run(file);
    expect(r.fatal).toBeNull();
    expect(r.mapping).toEqual(mapping);
    expect(r.table.value(u, ind, y)).toBe(v);
    expect(r.issues.filter((i) => i.severity === 'error')).toEqual([]);
  });

  it('DHIS2 dataValueSets: an orgUnit cell that is a known code matches by code', async () => {
    const r = await run('dhis2-datavalueset.json');
    expect(r.unitMatches.map((m) => [m.raw, m.code, m.status])).toEqual([['481', '481', 'code']]);
  });

  it('a rate beside counts is checked, not skipped: both load and a disagreement is reported on its row', async () => {
    const r = await run('rate-beside.csv');
    expect(r.table.value('483', 'poverty_rate', 2023)).toBe(9.5);
    expect(r.table.value('483', 'poor_households', 2023)).toBe(410);
    // 410 / 6700 = 6.12%, not 9.5%.
    expect(r.issues.filter((i) => i.code === 'rate_count_mismatch').map((i) => [i.row, i.column, i.params.fromCounts])).toEqual([[3, 'Tỷ lệ (%)', 6.12]]);
  });

  it('the measure column is shown as such and its values never become units', async () => {
    const r = await run('tidy-snake.csv');
    expect(r.mappingWhy[5]).toEqual({ kind: 'measure', values: ['% of households', 'households', 'hộ'] });
    expect(r.units).toEqual([]);
    expect(r.unitMatches.map((m) => m.status)).toEqual(['code', 'code']);
  });
});

describe('the published files in ../shared load with their real columns', () => {
  const dir = '../shared/data/published';
  const files = ['tthue_districts.csv', 'vietnam_provinces.csv'];
  const present = files.every((f) => existsSync(`${dir}/${f}`));
  if (!present && process.env.CI) throw new Error(`${dir} is missing: these tests read the published files from ../shared`);
  if (!present) console.warn(`skipped: ${dir} not found (outside CI)`);
  it.runIf(present).each(files)('%s: only true conflicts are errors; custom indicators load with warnings', async (f) => {
    const r = await ingest(new Uint8Array(readFileSync(`${dir}/${f}`)), f, {}, units);
    expect(r.fatal).toBeNull();
    expect(r.mapping.slice(0, 7)).toEqual(['unit_code', 'unit_name', 'year', 'ignore', 'indicator', 'value', 'measure']);
    const errors = r.issues.filter((i) => i.severity === 'error');
    // A true conflict: two rows, same unit, year and indicator, two values. Every other problem is a warning.
    const codes = new Set(errors.map((e) => e.code));
    codes.delete('unit_out_of_time'); // see below: a district's figure for a year after districts were abolished
    expect([...codes]).toEqual(errors.length ? ['duplicate_conflict'] : []);
    const text = readFileSync(`${dir}/${f}`, 'utf8').split(/\r?\n/);
    for (const e of errors.filter((x) => x.code === 'duplicate_conflict')) {
      const a = text[e.row - 1]!.split(',');
      const b = text[Number(e.params.other) - 1]!.split(',');
      expect([a[0], a[2]]).toEqual([b[0], b[2]]);
      expect(a[5]).not.toBe(b[5]);
    }
    // Rows of a unit that no longer existed on 31 Dec of their year are refused with that reason (districts ended on 30 Jun 2025).
    for (const e of errors.filter((x) => x.code === 'unit_out_of_time')) expect(Number(text[e.row - 1]!.split(',')[2])).toBeGreaterThan(2024);
    const custom = r.issues.filter((i) => i.code === 'custom_indicator');
    expect(custom.length).toBeGreaterThan(0);
    expect(custom.every((i) => i.severity === 'warning')).toBe(true);
    expect(r.table.indicatorIds).toContain('poverty_rate');
    expect(r.table.size).toBeGreaterThan(40);
  });
});
