import { afterEach, describe, expect, it, vi } from 'vitest';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { run } from './convert.ts';

interface Rec { unit_code: string; year: number; indicator: string; value: number; derived: boolean; provenance: string; as_reported?: number }

async function convert(file: string): Promise<{ code: number; recs: Rec[] }> {
  const out: string[] = [];
  vi.spyOn(process.stdout, 'write').mockImplementation((s: string | Uint8Array) => { out.push(String(s)); return true; });
  vi.spyOn(console, 'error').mockImplementation(() => {});
  const code = await run([file, '--to', 'json']);
  vi.restoreAllMocks();
  return { code, recs: JSON.parse(out.join('')) as Rec[] };
}
afterEach(() => { vi.restoreAllMocks(); });
const find = (recs: Rec[], u: string, y: number, i: string) => recs.find((r) => r.unit_code === u && r.year === y && r.indicator === i);

describe('cli convert', () => {
  it('built-in observations: A Lưới 2024 is expected, rates from illustrative counts are illustrative', async () => {
    const { code, recs } = await convert('data/thua-thien-hue/observations.csv');
    expect(code).toBe(0);
    expect(find(recs, '481', 2024, 'poverty_rate')).toMatchObject({ value: 14.34, derived: false, provenance: 'expected' });
    expect(find(recs, '481', 2024, 'poor_households')).toMatchObject({ provenance: 'expected' });
    for (const r of recs.filter((x) => x.derived && x.indicator === 'poverty_rate' && x.unit_code !== '46')) expect(r.provenance).toBe('illustrative');
    expect(find(recs, '474', 2023, 'poverty_rate')).toMatchObject({ derived: true, provenance: 'illustrative' });
    expect(find(recs, '46', 2023, 'poverty_rate')).toMatchObject({ derived: false, provenance: 'published' });
    expect(recs.every((r) => ['published', 'imported', 'expected', 'illustrative'].includes(r.provenance))).toBe(true);
  });

  it('emits the parent’s household-weighted rate (derived) when the file holds only its children’s counts', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'convert-'));
    const file = join(dir, 'kids.csv');
    const codes = ['474', '476', '477', '478', '479', '480', '481', '482', '483'];
    writeFileSync(file, ['Mã đơn vị,Năm,Tổng số hộ,Số hộ nghèo', ...codes.map((c, i) => `${c},2023,${1000 * (i + 1)},${10 * (i + 1) + (c === '481' ? 500 : 0)}`)].join('\n'));
    const { recs } = await convert(file);
    const H = codes.reduce((s, _c, i) => s + 1000 * (i + 1), 0);
    const P = codes.reduce((s, c, i) => s + 10 * (i + 1) + (c === '481' ? 500 : 0), 0);
    expect(find(recs, '46', 2023, 'poverty_rate')).toMatchObject({ derived: true, provenance: 'imported' });
    expect(find(recs, '46', 2023, 'poverty_rate')!.value).toBeCloseTo((100 * P) / H, 10);
  });

  it('a rate contradicting its counts: the counts win and the given rate is kept as reported', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'convert-'));
    const file = join(dir, 'bad.csv');
    writeFileSync(file, 'Mã đơn vị,Năm,Tổng số hộ,Số hộ nghèo,Tỷ lệ hộ nghèo\n481,2024,27623,624,22.59\n');
    const { recs } = await convert(file);
    const r = find(recs, '481', 2024, 'poverty_rate')!;
    expect(r.value).toBeCloseTo((100 * 624) / 27623, 10);
    expect(r).toMatchObject({ derived: true, as_reported: 22.59 });
  });
});
