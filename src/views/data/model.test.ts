import { describe, expect, it } from 'vitest';
import { ingest } from '../../ingest/pipeline.ts';
import { builtinUnitsFromDisk } from '../../ingest/nodeFiles.ts';
import { UnitRegistry } from '../../domain/units.ts';
import { tableOf } from '../../domain/testing.ts';
import { filterIssues, filterRows, issueMessage, rejectedRowsCsv, roleOptions } from './model.ts';
import { importFile } from '../../ingest/engine.ts';
import messages from '../../i18n/messages/data.ts';

const units = builtinUnitsFromDisk();
// A tiny stand-in for i18next.t over the real English messages.
const t = (key: string, p: Record<string, unknown> = {}) => {
  const v = key.split('.').reduce<unknown>((o, k) => (o as Record<string, unknown>)?.[k], messages.en);
  return typeof v === 'string' ? v.replace(/\{\{(\w+)\}\}/g, (_m, k: string) => String(p[k] ?? '')) : key;
};

describe('data view model', () => {
  it('rejected rows CSV has the file row, the cells and a reason; formula text neutralised', async () => {
    const text = 'Mã đơn vị,Năm,Số hộ nghèo\n481,2024,=1+1\n483,2024,640\n';
    const r = await ingest(new TextEncoder().encode(text), 'x.csv', {}, units);
    const csv = rejectedRowsCsv(r, t);
    const lines = csv.replace(/^\uFEFF/, '').split('\r\n');
    expect(lines[0]).toBe('Row,Mã đơn vị,Năm,Số hộ nghèo,Reason');
    expect(lines[1]).toBe(`2,481,2024,'=1+1,"Not a number: ""=1+1""."`);
    expect(lines).toHaveLength(2);
  });
  it('a blank or unknown indicator cell is reported in the indicator column, a blank one said to be blank', async () => {
    const text = 'unit_code,year,chi_so,value\n481,2024,poverty_rate,20\n482,2024,,5\n483,2024,***,6\n';
    for (const read of [ingest, importFile]) {
      const r = await read(new TextEncoder().encode(text), 'x.csv', {}, units);
      const found = r.issues.filter((i) => i.code === 'unknown_indicator');
      expect(found.map((i) => [i.row, i.column])).toEqual([[3, 'chi_so'], [4, 'chi_so']]);
      expect(found.map((i) => issueMessage(i, t))).toEqual(['The indicator cell is blank: the value belongs to no indicator; the row is not loaded.', 'Unknown indicator "***".']);
      expect(r.rejected.map((x) => x.row)).toEqual([3, 4]);
    }
  });
  it('filters issues by severity and text', async () => {
    const r = await ingest(new TextEncoder().encode('Mã đơn vị,Năm,Số hộ nghèo,Tỷ lệ hộ nghèo\n481,2024,abc,\n'), 'x.csv', {}, units);
    expect(filterIssues(r.issues, { severity: 'error', text: '' }, t).map((i) => i.code)).toEqual(['non_numeric']);
    expect(filterIssues(r.issues, { severity: 'all', text: 'missing' }, t).map((i) => i.code)).toEqual(['missing_value']);
  });
  it('filters observation rows by unit name (diacritics folded), indicator or year', () => {
    const reg = new UnitRegistry(units);
    const table = tableOf([['481', 'poverty_rate', 2023, 24.4], ['483', 'poverty_rate', 2024, 10.49], ['481', 'poor_households', 2024, 2900]]);
    expect(filterRows(table, reg, 'a luoi').length).toBe(2);
    expect(filterRows(table, reg, 'Nam Đông').length).toBe(1);
    expect(filterRows(table, reg, '2024').length).toBe(2);
    expect(filterRows(table, reg, '').length).toBe(3);
    const all = filterRows(table, reg, '');
    expect([0, 1, 2].map((k) => all.row(k))).toEqual([0, 1, 2]);
    const hit = filterRows(table, reg, 'Nam Đông');
    expect(table.at(hit.row(0)).unit).toBe('483');
  });
  it('keeps a column\'s own role among the choices', () => {
    expect(roleOptions('v::2023')[0]).toBe('v::2023');
    expect(roleOptions('unit_name')).toContain('v:poverty_rate:');
  });
});
