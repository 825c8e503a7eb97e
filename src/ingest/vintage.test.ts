import { describe, expect, it } from 'vitest';
import { ingest } from './pipeline.ts';
import { builtinUnitsFromDisk } from './nodeFiles.ts';

const units = builtinUnitsFromDisk();
const run = (text: string) => ingest(new TextEncoder().encode(text), 'v.csv', {}, units);

describe('rows bind to the unit valid in their year', () => {
  it('a district code after the district was abolished is refused with a reason, not bound', async () => {
    const r = await run('Mã đơn vị,Năm,Tỷ lệ hộ nghèo (%)\n480,2024,0.7\n480,2025,0.5\n');
    expect(r.table.value('480', 'poverty_rate', 2024)).toBe(0.7);
    expect(r.table.value('480', 'poverty_rate', 2025)).toBeUndefined();
    expect(r.issues.filter((i) => i.severity === 'error').map((i) => [i.row, i.code])).toEqual([[3, 'unit_out_of_time']]);
  });

  it('a reused code in an earlier year is a unit of its own vintage, not the unit that took the code', async () => {
    const r = await run('Mã đơn vị,Tên đơn vị,Năm,Số hộ nghèo\n19753,Phường Thuận Lộc,2024,20\n19753,Phường Phú Xuân,2025,80\n');
    expect(r.table.value('19753', 'poor_households', 2025)).toBe(80);
    expect(r.table.value('19753', 'poor_households', 2024)).toBeUndefined();
    const old = r.units.find((u) => u.officialCode === '19753');
    expect(old).toMatchObject({ code: '19753@-2025-06-30', validTo: '2025-06-30', name: { vi: 'Phường Thuận Lộc' } });
    expect(r.table.value(old!.code, 'poor_households', 2024)).toBe(20);
  });
});
