import { describe, expect, it } from 'vitest';
import { ingest, type IngestResult } from './pipeline.ts';
import { ingestFast, lastFallback, tuning } from './stream.ts';
import { cp1258 } from './cp1258.ts';

function plain(r: IngestResult) {
  const { table, ...rest } = r;
  return { ...rest, records: [...table.records()] };
}

// Title rows, ';' and decimal commas; names with letters Windows-1258 writes as a letter and a tone
// mark, Ă Đ Ơ Ư ₫, a dash (0x96), a control byte (0x8A), quoted names holding the delimiter and a
// doubled quote, value cells that are text, a blank value, a total row, a note.
const TEXT = [
  'UBND THÀNH PHỐ HUẾ;;;',
  'BÁO CÁO KẾT QUẢ RÀ SOÁT HỘ NGHÈO NĂM 2024 (đơn vị: hộ, ₫);;;',
  'Mã;Đơn vị hành chính;Năm;Tổng số hộ;Số hộ nghèo;Tỷ lệ hộ nghèo (%)',
  '101;Phường Thuận Hóa;2024;12.500;125;1,00',
  '102;"Xã Hương Phong; Ă Ơ Ư ""mới""";2024;3.210;64;1,99',
  '103;Xã Đức Quảng – thành thị;2024;4.000;không có;',
  '104;Xã Ỹ\u008a Lộc;2024;1.200;—;3,5',
  '105;Phường Mỹ Thượng;2024;2.000;40;"2,00"',
  ';Tổng cộng;2024;22.910;229;',
  'Ghi chú: số liệu sơ bộ, chưa thẩm định;;;',
].join('\r\n');

// The same in Windows-1252 (Western letters, a euro sign, quotes and a dash from 0x80–0x9F).
const LATIN = [
  'Rapport 2024 – Région Café;;',
  'unit_code;unit_name;year;poverty_rate',
  '01;"Zoë ""€"" Müller";2024;4,5',
  '02;Élan — Š;2024;n/a',
  '03;Ørsted;2023;3,25',
].join('\n');
const latin = Uint8Array.from([...LATIN].map((c) => ({ '–': 0x96, '—': 0x97, '€': 0x80, 'Š': 0x8a } as Record<string, number>)[c] ?? c.charCodeAt(0)));

describe('a one-byte code page read as bytes gives what the pipeline gives', () => {
  it.each([['windows-1258', cp1258(TEXT)], ['windows-1252', latin]] as const)('%s, in steps that cut rows and cells', async (encoding, bytes) => {
    const saved = { ...tuning };
    try {
      for (const [head, chunk] of [[saved.head, saved.chunk], [40, 17], [200, 1]]) {
        Object.assign(tuning, { head, chunk, piece: chunk });
        const fast = plain(await ingestFast(bytes, 'bao-cao.csv', {}, []));
        expect(lastFallback).toBe('');
        expect(fast).toEqual(plain(await ingest(bytes, 'bao-cao.csv', {}, [])));
        expect(fast.encoding).toBe(encoding);
      }
    } finally { Object.assign(tuning, saved); }
  });

  it('names the units and quotes the cells in the file’s letters', async () => {
    const r = await ingestFast(cp1258(TEXT), 'bao-cao.csv', {}, []);
    expect(r.units.map((u) => u.name.vi)).toEqual(['Phường Thuận Hóa', 'Xã Hương Phong; Ă Ơ Ư "mới"', 'Xã Đức Quảng – thành thị', 'Xã Ỹ\u008a Lộc', 'Phường Mỹ Thượng']);
    expect(r.issues.map((i) => i.value)).toContain('không có');
    const l = await ingestFast(latin, 'x.csv', {}, []);
    expect(l.units.map((u) => u.name.vi)).toEqual(['Zoë "€" Müller', 'Élan — Š', 'Ørsted']);
  });
});
