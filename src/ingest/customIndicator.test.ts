import { describe, expect, it } from 'vitest';
import { ingest } from './pipeline.ts';
import { customIndicatorId } from './headers.ts';

const enc = (s: string) => new TextEncoder().encode(s);

describe('indicators outside the catalogue', () => {
  it.each([
    ['Tỷ lệ trẻ em suy dinh dưỡng (%)', 'ty_le_tre_em_suy_dinh_duong_pct'],
    ['literacy_rate', 'literacy_rate'],
    ['2 bữa/ngày', 'i_2_bua_ngay'],
    ['  ', null],
  ])('%s → %s', (label, id) => expect(customIndicatorId(label)).toBe(id));

  it('load as their own series with one warning each, beside catalogue indicators', async () => {
    const csv = 'Mã,Đơn vị,Năm,Chỉ tiêu,Giá trị\n'
      + '474,Huế,2023,Tỷ lệ hộ nghèo,"0,5"\n'
      + '474,Huế,2023,Tỷ lệ trẻ em suy dinh dưỡng (%),"7,5"\n'
      + '474,Huế,2024,Tỷ lệ trẻ em suy dinh dưỡng (%),"6,9"\n'
      + '476,Phong Điền,2023,Số hộ có nước sạch,"12.345"\n';
    const r = await ingest(enc(csv), 'custom.csv', {}, []);
    expect(r.fatal).toBeNull();
    expect(r.issues.filter((i) => i.severity === 'error')).toEqual([]);
    expect(r.table.value('474', 'ty_le_tre_em_suy_dinh_duong_pct', 2024)).toBe(6.9);
    expect(r.table.value('476', 'so_ho_co_nuoc_sach', 2023)).toBe(12345);
    expect(r.table.value('474', 'poverty_rate', 2023)).toBe(0.5);
    const custom = r.issues.filter((i) => i.code === 'custom_indicator');
    expect(custom.map((i) => [i.row, i.params?.indicator])).toEqual([[3, 'ty_le_tre_em_suy_dinh_duong_pct'], [5, 'so_ho_co_nuoc_sach']]);
  });

  it('rejects a percentage outside 0–100 for a custom rate too', async () => {
    const r = await ingest(enc('unit_code,year,indicator,value\n474,2023,literacy_rate,140\n'), 'x.csv', {}, []);
    expect(r.issues.map((i) => i.code)).toContain('rate_out_of_range');
  });
});

describe('unit codes are authoritative', () => {
  const known = [
    { code: '482', officialCode: '482', level: 'district' as const, parent: '46', name: { vi: 'Huyện Phú Lộc', en: 'Phu Loc District', ascii: 'huyen phu loc' }, validFrom: null, validTo: null, tags: [] },
  ];
  it('a name alone matches a known unit; an unknown code with the same name is a new unit', async () => {
    const csv = 'Mã,Đơn vị,Năm,Số hộ nghèo\n,Phú Lộc,2023,100\n19999,Xã Phú Lộc,2023,7\n';
    const r = await ingest(enc(csv), 'codes.csv', {}, known);
    expect(r.table.value('482', 'poor_households', 2023)).toBe(100);
    expect(r.table.value('19999', 'poor_households', 2023)).toBe(7);
    expect(r.unitMatches.find((m) => m.code === '19999')?.status).toBe('new');
  });
});

describe('very many problems', () => {
  it('reports 130,000 row errors without overflowing the stack', async () => {
    const rows = ['unit_code,year,indicator,value'];
    for (let i = 0; i < 130000; i++) rows.push(`U${i % 500},${2000 + (i % 20)},poverty_rate,x${i}`);
    const r = await ingest(enc(rows.join('\n')), 'bad.csv', {}, []);
    expect(r.fatal).toBeNull();
    expect(r.issues.filter((i) => i.code === 'non_numeric')).toHaveLength(130000);
    expect(r.table.size).toBe(0);
  }, 60000);
});
