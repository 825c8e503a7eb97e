import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { deflateRawSync } from 'node:zlib';
import { ingest } from './pipeline.ts';
import { zipWith } from './testing.ts';
import { builtinUnitsFromDisk } from './nodeFiles.ts';
import { RowCounter, scanXlsx } from './xlsxScan.ts';
import { DEFAULT_LIMITS } from './limits.ts';

const units = builtinUnitsFromDisk();
const enc = (s: string) => new TextEncoder().encode(s);

const sheet = (rows: number) => enc(`<?xml version="1.0"?><worksheet><sheetData>${Array.from({ length: rows }, (_, i) => `<row r="${i + 1}"><c r="A${i + 1}"><v>1</v></c></row>`).join('')}</sheetData><rowBreaks count="0"/></worksheet>`);

describe('workbooks are checked while they stream', () => {
  it('counts rows across any chunk boundary, with a namespace prefix, and not <rowBreaks>', () => {
    const xml = enc('<x:row r="1"/><row>\n<row\tr="3"></row><rowBreaks/><c/><row/>');
    for (let cut = 0; cut <= xml.length; cut++) {
      const c = new RowCounter();
      c.push(xml.subarray(0, cut), false);
      expect(c.push(xml.subarray(cut), true)).toBe(4);
    }
  });

  it('counts what the tag pattern matches on the Latin-1 text, for any bytes and any chunking', () => {
    const ROW = /<(?:[A-Za-z0-9]{1,16}:)?row[\s>/]/g;
    const piece = fc.constantFrom('<row', '<row>', '<row/>', '<row\u00a0', '<row\u0085', '<x:row ', '<abcdefghijklmnop:row>', '<abcdefghijklmnopq:row>', '<row:row>', '<row:x>', '<rows>', '<<row\t', ':row ', 'row>', '<', 'a', ' ', '\u00e9');
    fc.assert(fc.property(fc.array(piece, { maxLength: 40 }), fc.array(fc.nat(200), { maxLength: 4 }), (pieces, cuts) => {
      const bytes = Uint8Array.from([...pieces.join('')].map((ch) => ch.charCodeAt(0) & 0xff));
      const expected = (new TextDecoder('latin1').decode(bytes).match(ROW) ?? []).length;
      const c = new RowCounter();
      let at = 0;
      for (const cut of [...cuts].sort((a, b) => a - b)) { const end = Math.min(bytes.length, cut); if (end > at) { c.push(bytes.subarray(at, end), false); at = end; } }
      expect(c.push(bytes.subarray(at), true)).toBe(expected);
    }), { numRuns: 300 });
  });

  it('refuses a sheet over the row limit with the row-limit message, while inflating', async () => {
    const xml = sheet(150);
    const book = zipWith('xl/worksheets/sheet1.xml', new Uint8Array(deflateRawSync(xml)), xml.length);
    const r = await ingest(book, 'rows.xlsx', { limits: { maxRows: 100 } }, units);
    expect(r.fatal?.code).toBe('too_many_rows');
    expect(r.fatal?.params).toMatchObject({ file: 'rows.xlsx', limit: 100 });
  });

  it('still counts a sheet whenever its size could hold more rows than the limit (5 bytes a row at the tightest)', async () => {
    const xml = enc('<row>'.repeat(120));
    const book = (max: number) => ingest(zipWith('xl/worksheets/sheet1.xml', new Uint8Array(deflateRawSync(xml)), xml.length), 'rows.xlsx', { limits: { maxRows: max } }, units);
    expect((await book(119)).fatal?.code).toBe('too_many_rows');
    expect((await book(120)).fatal?.code).not.toBe('too_many_rows');
  });

  it('counts the bytes really inflated: a directory that under-declares a part is refused at once', async () => {
    const zeros = new Uint8Array(8 * 1024 * 1024);
    const liar = zipWith('xl/worksheets/sheet1.xml', new Uint8Array(deflateRawSync(zeros, { level: 9 })), 1000);
    const r = await ingest(liar, 'liar.xlsx', {}, units);
    expect(r.fatal?.code).toBe('zip_bomb');
    expect(r.fatal?.params).toMatchObject({ file: 'liar.xlsx', size: '> 1000 B' });
  });

  it('without a usable directory the parts are streamed through fflate, with the same checks', async () => {
    const xml = sheet(150);
    const book = zipWith('xl/worksheets/sheet1.xml', new Uint8Array(deflateRawSync(xml)), xml.length);
    await expect(scanXlsx(book, new Map(), { ...DEFAULT_LIMITS, maxRows: 100 })).rejects.toThrow(/too_many_rows/);
    await expect(scanXlsx(book, new Map(), { ...DEFAULT_LIMITS, maxRows: 200 })).resolves.toBeNull();
  });
});
