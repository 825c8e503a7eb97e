import { describe, expect, it } from 'vitest';
import { deflateRawSync } from 'node:zlib';
import { ingest, refuseOversize } from './pipeline.ts';
import { zipWith } from './testing.ts';
import { builtinUnitsFromDisk, fixture } from './nodeFiles.ts';
import { DEFAULT_LIMITS, checkZip, formatBytes } from './limits.ts';
import { FATAL_CODES } from './issues.ts';
import messages from '../i18n/messages/data.ts';

const units = builtinUnitsFromDisk();
const enc = (s: string) => new TextEncoder().encode(s);
const fill = (tpl: string, p: Record<string, string | number>) => tpl.replace(/\{\{(\w+)\}\}/g, (_m, k: string) => String(p[k] ?? `{{${k}}}`));

describe('import limits: a fatal problem naming the file, never a crash', () => {
  it('defaults sit well above the largest real files (63 MB)', () => {
    expect(DEFAULT_LIMITS.maxBytes).toBeGreaterThanOrEqual(150 * 1024 * 1024);
    expect(DEFAULT_LIMITS.maxColumns).toBeGreaterThanOrEqual(500);
  });

  it('every limit code has a vi and en message that names the file', () => {
    for (const code of ['too_large', 'too_many_columns', 'line_too_long', 'too_many_rows', 'zip_bomb'] as const) {
      expect(FATAL_CODES).toContain(code);
      for (const lang of ['vi', 'en'] as const) expect(messages[lang].issue[code]).toContain('{{file}}');
    }
  });

  it.each([
    ['file size', 'big.csv', enc('Đơn vị,Năm,Tỷ lệ hộ nghèo (%)\n' + 'Huyện A Lưới,2024,20\n'.repeat(200)), { maxBytes: 1000 }, 'too_large', { limit: '1000 B' }],
    ['columns (CSV)', 'wide.csv', enc(Array.from({ length: 600 }, (_, i) => `c${i}`).join(',') + '\n1\n'), {}, 'too_many_columns', { columns: 600, limit: 500 }],
    ['columns (JSON keys)', 'wide.json', enc(JSON.stringify([Object.fromEntries(Array.from({ length: 700 }, (_, i) => [`k${i}`, i]))])), {}, 'too_many_columns', { columns: 700 }],
    ['line length', 'line.csv', enc('Đơn vị,Năm\n' + 'x'.repeat(150_000) + '\n'), {}, 'line_too_long', { row: 2, length: 150_000 }],
    ['rows', 'rows.csv', enc('Đơn vị,Năm,Tỷ lệ hộ nghèo (%)\n' + 'Huyện A Lưới,2024,20\n'.repeat(50)), { maxRows: 10 }, 'too_many_rows', { limit: 10 }],
  ] as const)('%s', async (_what, file, bytes, limits, code, params) => {
    const r = await ingest(bytes, file, { limits }, units);
    expect(r.ok).toBe(false);
    expect(r.fatal?.code).toBe(code);
    expect(r.fatal?.params).toMatchObject({ file, ...params });
    const vi = fill(messages.vi.issue[code], r.fatal!.params!);
    expect(vi).toContain(file);
    expect(vi).not.toMatch(/\{\{/);
    expect(fill(messages.en.issue[code], r.fatal!.params!)).not.toMatch(/\{\{/);
  });

  it('refuses an oversized file from its size alone (before reading it)', () => {
    expect(refuseOversize('ok.csv', 63 * 1024 * 1024)).toBeNull();
    const r = refuseOversize('huge.csv', 300 * 1024 * 1024);
    expect(r?.ok).toBe(false);
    expect(r?.fatal).toMatchObject({ code: 'too_large', params: { file: 'huge.csv', size: '300 MB', limit: '200 MB' } });
    expect(refuseOversize('a.csv', 2000, { limits: { maxBytes: 1000 } })?.fatal?.code).toBe('too_large');
  });

  it('a CR-only file (old Mac) is not one long line', async () => {
    const text = 'Đơn vị,Năm,Tỷ lệ hộ nghèo (%)\r' + 'Huyện A Lưới,2024,20\r'.repeat(8000);
    expect(text.length).toBeGreaterThan(DEFAULT_LIMITS.maxLineChars);
    const r = await ingest(enc(text), 'mac.csv', {}, units);
    expect(r.fatal?.code).not.toBe('line_too_long');
  });

  it('refuses an XLSX decompression bomb before inflating it', async () => {
    const zeros = new Uint8Array(64 * 1024 * 1024);
    const packed = new Uint8Array(deflateRawSync(zeros, { level: 9 }));
    const bomb = zipWith('xl/worksheets/sheet1.xml', packed, zeros.length);
    expect(bomb.length).toBeLessThan(200_000);
    const r = await ingest(bomb, 'bomb.xlsx', {}, units);
    expect(r.fatal?.code).toBe('zip_bomb');
    expect(r.fatal?.params?.file).toBe('bomb.xlsx');
  });

  it('refuses a zip whose declared total exceeds the cap, and ZIP64 size markers', () => {
    const part = zipWith('xl/sharedStrings.xml', new Uint8Array(3 * 1024 * 1024), 3 * 1024 * 1024, 0);
    expect(() => checkZip(part, { ...DEFAULT_LIMITS, maxUnzippedBytes: 1024 * 1024 })).toThrow(/zip_bomb/);
    expect(() => checkZip(zipWith('a.xml', new Uint8Array(10), 0xffffffff), DEFAULT_LIMITS)).toThrow(/zip_bomb/);
  });

  it('a real workbook passes the zip check and still reads', async () => {
    expect(() => checkZip(fixture('book.xlsx'), DEFAULT_LIMITS)).not.toThrow();
    expect((await ingest(fixture('book.xlsx'), 'book.xlsx', {}, units)).ok).toBe(true);
  });

  it('formats sizes in B, KB, MB', () => {
    expect([formatBytes(12), formatBytes(2048), formatBytes(63.2 * 1024 * 1024)]).toEqual(['12 B', '2 KB', '63.2 MB']);
  });
});

describe('hostile JSON and names', () => {
  const protoKeys = () => Object.getOwnPropertyNames(Object.prototype).sort();

  it.each([
    ['records', '[{"__proto__": {"polluted": 1}, "constructor": {"prototype": {"polluted": 1}}, "unit_code": "474", "year": 2024, "indicator": "poverty_rate", "value": 0.24}]'],
    ['meta', '{"meta": {"__proto__": {"polluted": 1}, "constructor": {"prototype": {"polluted": 1}}}, "records": [{"unit_code": "474", "year": 2024, "indicator": "poverty_rate", "value": 0.24}]}'],
    ['root', '{"__proto__": {"polluted": 1, "data": [1]}, "data": [{"unit_code": "474", "year": 2024, "indicator": "poverty_rate", "value": 0.24}]}'],
    ['header keys', '[["__proto__", "constructor", "toString", "unit_code"], [1, 2, 3, "474"]]'],
  ])('__proto__/constructor keys in %s pollute nothing', async (_where, text) => {
    const before = protoKeys();
    const r = await ingest(enc(text), 'p.json', {}, units);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.prototype).not.toHaveProperty('polluted');
    expect(protoKeys()).toEqual(before);
    expect(typeof r.ok).toBe('boolean');
  });

  it('unit names and codes that are Object.prototype keys or markup are plain data', async () => {
    const names = ['__proto__', 'constructor', 'toString', 'hasOwnProperty', '<img src=x onerror=alert(1)>', '<script>alert(1)</script>'];
    const text = 'Mã đơn vị,Đơn vị,Năm,Số hộ nghèo,Tổng số hộ\n' + names.map((n, i) => `${n},"${n}",2024,${i + 1},100`).join('\n') + '\n';
    const r = await ingest(enc(text), 'names.csv', {}, units);
    expect(r.fatal).toBeNull();
    expect(r.units.map((u) => u.name.vi).sort()).toEqual([...names].sort());
    expect(r.table.value('<script>alert(1)</script>', 'poor_households', 2024)).toBe(6);
    expect(r.table.value('__proto__', 'poor_households', 2024)).toBe(1);
    expect(Object.prototype).not.toHaveProperty('polluted');
  });
});
