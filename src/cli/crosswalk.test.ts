import { afterEach, describe, expect, it, vi } from 'vitest';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { run as crosswalk } from './crosswalk.ts';
import { run as convert } from './convert.ts';
import { run as validate } from './validate.ts';

let out: string[] = [];
function capture() {
  out = [];
  vi.spyOn(console, 'log').mockImplementation((s: string) => { out.push(s); });
  vi.spyOn(console, 'error').mockImplementation(() => {});
  vi.spyOn(process.stdout, 'write').mockImplementation((s: string | Uint8Array) => { out.push(String(s)); return true; });
}
afterEach(() => { vi.restoreAllMocks(); });

const dir = mkdtempSync(join(tmpdir(), 'cw-'));
const file = (name: string, text: string) => { const p = join(dir, name); writeFileSync(p, text); return p; };

describe('units through time on the command line', () => {
  it('a 2025 file of the new units by name lands on the 40 units, none on a district', async () => {
    capture();
    expect(await convert(['test/fixtures/import/hue-2025-new-units-by-name.csv', '--to', 'json'])).toBe(0);
    const recs = JSON.parse(out.join('')) as { unit_code: string; unit_name: string; standard: string }[];
    const codes = new Set(recs.map((r) => r.unit_code));
    expect(codes.size).toBe(40);
    expect([...codes].every((c) => /^\d{5}$/.test(c))).toBe(true);
    expect(recs.find((r) => r.unit_name === 'Phường Hương Trà')?.unit_code).toBe('19996');
    expect(recs.find((r) => r.unit_name === 'Xã Nam Đông')?.unit_code).toBe('20179');
    expect(recs.every((r) => r.standard === '2022-2025')).toBe(true);
  });

  it('validate lists each unit with its level and validity, and warns on a series that crosses a standard', async () => {
    capture();
    const f = file('break.csv', 'Mã đơn vị,Năm,Tỷ lệ hộ nghèo (%)\n46,2026,1.0\n46,2027,3.1\n');
    await validate([f, '--json']);
    const r = JSON.parse(out[0]!);
    expect(r.units).toEqual([{ code: '46', name: 'Huế', level: 'province', valid_from: null, valid_to: null }]);
    expect(r.warnings.some((w: { code: string }) => w.code.includes('standard'))).toBe(true);
  });

  it('re-expresses old communes in the units of 2025 along whole merges, and says what it cannot carry', async () => {
    capture();
    const f = file('old.csv', 'Mã đơn vị,Tên đơn vị,Năm,Tổng số hộ,Số hộ nghèo\n19750,Phường Tây Lộc,2024,3000,30\n19753,Phường Thuận Lộc,2024,2500,20\n'
      + '19756,Phường Gia Hội,2024,2000,10\n19759,Phường Phú Hậu,2024,1800,9\n19762,Phường Thuận Hòa,2024,2200,11\n19765,Phường Đông Ba,2024,1500,5\n'
      + '20059,Xã Hồng Thủy,2024,600,60\n');
    expect(await crosswalk([f, '--as-of', '2025-12-31', '--json'])).toBe(0);
    const r = JSON.parse(out[0]!);
    expect(r.as_of).toBe('2025-12-31');
    const phuXuan = r.observations.filter((o: { unit_code: string }) => o.unit_code === '19753');
    expect(phuXuan.find((o: { indicator: string }) => o.indicator === 'poor_households')).toMatchObject({ value: 85, via: 'crosswalk', derived: true, standard: '2022-2025' });
    expect(phuXuan.find((o: { indicator: string }) => o.indicator === 'poverty_rate').value).toBeCloseTo(85 / 13000 * 100);
    // A Lưới 1 was four communes; only one is in the file: not comparable, with the reason.
    expect(r.not_comparable).toEqual([expect.objectContaining({ code: '20056', name: 'Xã A Lưới 1', reason: expect.stringContaining('Xã Hồng Vân') })]);
  });

  it('reads a conversion table given with --with, and refuses partial links without shares', async () => {
    capture();
    const data = file('d.csv', 'Mã đơn vị,Tên đơn vị,Năm,Tổng số hộ,Số hộ nghèo\n1,Xã Một,2024,100,10\n2,Xã Hai,2024,300,30\n');
    const cw = file('cw.csv', 'Mã xã mới,Tên xã mới,Mã xã cũ,Tên xã cũ,Nhập toàn bộ,Nhập một phần\n19753,Phường Phú Xuân,1,Xã Một,x,\n19753,Phường Phú Xuân,2,Xã Hai,,x\n');
    expect(await crosswalk([data, '--as-of', '2025-12-31', '--with', cw, '--effective', '2025-07-01', '--json'])).toBe(0);
    const r = JSON.parse(out[0]!);
    expect(r.observations).toEqual([]);
    expect(r.not_comparable[0]).toMatchObject({ code: '19753', reason: expect.stringContaining('partial link without a household share') });
  });
});
