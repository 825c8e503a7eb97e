import { describe, expect, it } from 'vitest';
import { ingest } from './pipeline.ts';
import { builtinUnitsFromDisk } from './nodeFiles.ts';
import { EXCEL_VN, PLAIN, templateCsv, toTidyCsv, type TidyRecord } from './export.ts';
import { toWire } from './transfer.ts';
import { INDICATOR_IDS } from '../domain/indicators.ts';

const units = builtinUnitsFromDisk();
const rec = (o: Partial<TidyRecord>): TidyRecord => ({ unit_code: '481', unit_name: 'Huyện A Lưới', year: 2024, indicator: 'poverty_rate', value: 20, derived: false, source: 'a.csv', row: 2, ...o });

describe('exports', () => {
  it('neutralises formula-like text cells but leaves numbers (incl. negative) alone', () => {
    const csv = toTidyCsv([rec({ unit_name: '=HYPERLINK("x")', source: '@evil', value: -3.5 })], PLAIN);
    expect(csv.startsWith('\uFEFF')).toBe(true);
    const line = csv.split('\r\n')[1]!;
    expect(line).toContain(`"'=HYPERLINK(""x"")"`);
    expect(line).toContain("'@evil");
    expect(line).toContain(',-3.5,');
  });
  it('writes ; and decimal commas for Vietnamese Excel', () => {
    expect(toTidyCsv([rec({ value: 3.17 })], EXCEL_VN).split('\r\n')[1]).toBe('481;Huyện A Lưới;2024;poverty_rate;3,17;false;a.csv');
  });
  it('the template imports cleanly: one value per indicator, targets as targets', async () => {
    const r = await ingest(new TextEncoder().encode(templateCsv()), 'mau.csv', {}, units);
    expect(r.fatal).toBeNull();
    expect(r.issues.filter((i) => i.severity === 'error')).toEqual([]);
    expect(r.layout).toBe('long');
    expect(r.table.size + r.targets.length).toBe(INDICATOR_IDS.length);
    expect(r.targets.map((t) => t.indicator).sort()).toEqual(['poor_households', 'poverty_rate']);
  });
  it('worker wire format carries the table as its summary', async () => {
    const r = await ingest(new TextEncoder().encode(templateCsv()), 'mau.csv', {}, units);
    const back = structuredClone(toWire(r));
    expect(back.table).toEqual({ size: r.table.size, unitCodes: [...r.table.unitCodes], indicatorIds: [...r.table.indicatorIds] });
    expect(back.issues).toEqual(r.issues);
  });
});
