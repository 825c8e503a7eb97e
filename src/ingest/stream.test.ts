import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { ingest, type IngestResult } from './pipeline.ts';
import { ingestFast, lastFallback, tuning } from './stream.ts';
import { RowView, scanRows, BAD } from './streamScan.ts';
import { makeUnit } from '../domain/units.ts';
import { pooled } from './scratch.ts';

const enc = (s: string) => new TextEncoder().encode(s);

/** Everything a caller sees, with the table as plain arrays. */
function plain(r: IngestResult) {
  const c = r.table.toColumns();
  const { table: _t, ...rest } = r;
  return { ...rest, cols: { ...c, unit: [...c.unit], indicator: [...c.indicator], year: [...c.year], value: [...c.value], prov: [...c.prov], row: [...c.row] } };
}

async function both(text: string | Uint8Array, file = 'x.csv', known = [] as ReturnType<typeof makeUnit>[]) {
  const bytes = typeof text === 'string' ? enc(text) : text;
  const fast = await ingestFast(bytes, file, {}, known);
  const why = lastFallback;
  const slow = await ingest(bytes, file, {}, known);
  return { fast: plain(fast), slow: plain(slow), why };
}

const HEAD = 'unit_code,unit_name,year,indicator,value\n';
const clean = HEAD + [
  '001,Xã An Bắc,2023,total_households,1000',
  '001,Xã An Bắc,2023,poor_households,50',
  '001,Xã An Bắc,2023,poverty_rate,5.00',
  '001,Xã An Bắc,2024,total_households,1010',
  '001,Xã An Bắc,2024,poor_households,40',
  '001,Xã An Bắc,2024,poverty_rate,3.96',
  '002,Phường Bình Cát,2024,poverty_rate,2.5',
  '002,Phường Bình Cát,2023,poverty_rate,3.1',
].join('\n');

describe('ingestFast gives the pipeline result', () => {
  const cases: [string, string, boolean][] = [
    // [name, file text, expected to stay on the fast path]
    ['clean long file', clean, true],
    ['CRLF, BOM and a title row', `\uFEFF# Title line\r\n${clean.replace(/\n/g, '\r\n')}\r\n`, true],
    ['quoted names with commas and quotes', HEAD + '003,"Xã ""Hòa"", Lạc",2024,poverty_rate,4.5\n003,"Xã ""Hòa"", Lạc",2023,poverty_rate,5.5\n', true],
    ['blank lines between rows', clean.replace('\n002', '\n\n002') + '\n\n', true],
    ['semicolon delimiter and decimal comma', clean.replace(/,/g, ';').replace(/(\d)\.(\d)/g, '$1,$2'), true],
    ['a non-numeric value (an error: its row rejected, stays fast)', clean.replace('3.96', 'abc'), true],
    ['a missing value (a warning naming the unit and year, stays fast)', clean.replace('3.96', ''), true],
    ['a rate above 100 (an error: its row rejected, stays fast)', clean.replace('3.96', '130'), true],
    ['poor above total (an error: its row rejected, stays fast)', clean.replace(',40\n', ',4000\n'), true],
    ['rate disagreeing with counts (a warning quoting the rate, stays fast)', clean.replace('3.96', '3.5'), true],
    ['a duplicate (an error: its row rejected, stays fast)', `${clean}\n002,Phường Bình Cát,2023,poverty_rate,3.2`, true],
    ['a year gap (warning naming the unit, stays fast)', clean.replace('002,Phường Bình Cát,2023', '002,Phường Bình Cát,2020'), true],
    ['a jump (a warning quoting the value, stays fast)', clean.replace(',2.5', ',20.5'), true],
    ['a total row', `${clean}\n,Tổng cộng,2024,poverty_rate,3.0`, true],
    ['a custom indicator (warning, stays fast)', clean.replace('poverty_rate,2.5', 'foo,2.5'), true],
    // The warning quotes the cell of the indicator's first value that loads, not its first cell.
    ['a custom indicator whose first value is "n/a", then written another way (stays fast)', `${HEAD}001,Xã A,2023,Số hộ có nước sạch,n/a\n001,Xã A,2024,số hộ có nước sạch,12\n002,Xã B,2024,Số hộ có nước sạch,-3\n002,Xã B,2023,Số hộ có nước sạch,4\n`, true],
    ['a parent column naming a unit of the file (stays fast)', 'ma,ten,cap_tren,nam,chi_so,gia_tri\nH1,Huyện Một,,2023,poor_households,30\n001,Xã A,H1,2023,poor_households,10\n002,Xã B,Huyện Một,2023,poor_households,20\n', true],
    ['an indicator label with no letters or digits (its row rejected; stays fast)', clean.replace('poverty_rate,2.5', '***,2.5'), true],
    ['a blank indicator cell (its row rejected; stays fast)', clean.replace('poverty_rate,2.5', ',2.5'), true],
    ['a target (to the targets, not the table; stays fast)', `${clean}\n001,Xã An Bắc,2025,target_rate,3`, true],
    ['ambiguous thousands (counts read as thousands)', clean.replace(/1000/, '1.000').replace(/1010/, '1.010'), true],
    ['wide layout', 'Đơn vị,Tỷ lệ hộ nghèo 2023,Tỷ lệ hộ nghèo 2024\nXã A,5.1,4.2\n', true],
    ['fraction rates (warning, stays fast)', HEAD + '001,Xã A,2023,poverty_rate,0.5\n001,Xã A,2024,poverty_rate,0.4\n', true],
    ['one fraction rate (no warning)', HEAD + '001,Xã A,2023,poverty_rate,0.5\n', true],
    // Two communes called Tân Lập are two units (codes decide), so the fast path keeps them.
    ['same name, different codes', HEAD + '001,Xã Tân Lập,2024,poverty_rate,4\n002,Xã Tân Lập,2024,poverty_rate,5\n', true],
    ['tab delimiter', clean.replace(/,/g, '\t'), true],
    ['a row naming no unit (an error: its row rejected, stays fast)', `${clean}\n,,2024,poverty_rate,3.0`, true],
    ['a year that is no year (an error, stays fast)', clean.replace('002,Phường Bình Cát,2024', '002,Phường Bình Cát,20x4'), true],
    ['a span of years (no single year: a warning, stays fast)', clean.replace('2024,poverty_rate,2.5', '2022-2025,poverty_rate,2.5'), true],
  ];
  it.each(cases)('%s', async (_name, text, fastExpected) => {
    const { fast, slow, why } = await both(text);
    expect(fast).toEqual(slow);
    expect(why === '').toBe(fastExpected);
    if (typeof text === 'string' && text.includes('Tân Lập')) expect(slow.cols.units).toEqual(['001', '002']);
  });

  it('puts a target row in the targets, as the pipeline does, and its value out of the table', async () => {
    const { fast, slow, why } = await both(`${clean}\n001,Xã An Bắc,2025,target_rate,3`);
    expect(why).toBe('');
    expect(fast.targets).toEqual(slow.targets);
    expect(fast.targets.map((t) => [t.indicator, t.year, t.value, t.source])).toEqual([['poverty_rate', 2025, 3, { kind: 'file', file: 'x.csv', row: 10 }]]);
    expect(fast.cols.indicators).not.toContain('target_rate');
  });

  it('matches known units by code and by name', async () => {
    const known = [makeUnit({ code: '001', level: 'commune', nameVi: 'Xã An Bắc' }), makeUnit({ code: '777', level: 'commune', nameVi: 'Phường Bình Cát' })];
    const { fast, slow, why } = await both(clean.replace(/002,/g, ',').replace(/^,/gm, ','), 'x.csv', known);
    expect(fast).toEqual(slow);
    expect(fast.unitMatches.map((m) => m.status)).toEqual(['code', 'name']);
    expect(why).toBe('');
  });

  it.each([{ maxRows: 4 }, { maxColumns: 3 }, { maxBytes: 100 }, { maxLineChars: 20 }])('leaves a file over a limit to the pipeline (%j)', async (limits) => {
    const bytes = enc(clean);
    const fast = await ingestFast(bytes, 'x.csv', { limits }, []);
    expect(lastFallback).toBe('limit');
    expect(plain(fast)).toEqual(plain(await ingest(bytes, 'x.csv', { limits }, [])));
    expect(fast.fatal).not.toBeNull();
  });

  it('names the format as the pipeline does (a .tsv name with commas is tsv)', async () => {
    const { fast, slow, why } = await both(clean, 'x.tsv');
    expect(why).toBe('');
    expect(fast).toEqual(slow);
    expect(fast.format).toBe('tsv');
  });

  it('reads Windows-1252 and UTF-16 (either byte order, with or without a BOM); hands a workbook to the pipeline', async () => {
    const latin = new Uint8Array([...enc(HEAD), ...enc('001,Xa A'), 0xe9, ...enc(',2024,poverty_rate,4\n')]);
    const l = await both(latin);
    expect(l.why).toBe('');
    expect(l.fast).toEqual(l.slow);
    expect(l.fast.encoding).toBe('windows-1252');
    const u16 = new Uint8Array([0xff, 0xfe, ...[...HEAD, ...'001,Xa A,2024,poverty_rate,4\n'].flatMap((c) => [c.charCodeAt(0), 0])]);
    const w = await both(u16);
    expect(w.why).toBe('');
    expect(w.fast).toEqual(w.slow);
    expect(w.fast.encoding).toBe('utf-16le');
    // Big-endian without a BOM, a rejected row (its cells read again) and a Vietnamese name, in pieces cut at odd bytes.
    const text = `${HEAD}001,Xã Điền Hòa,2024,poverty_rate,4\n002,Xã Hương Phong,2024,poverty_rate,130\n003,Xã A,2023,poverty_rate,3,5\n`;
    const be = new Uint8Array([...text].flatMap((c) => [c.charCodeAt(0) >> 8, c.charCodeAt(0) & 0xff]));
    const saved = { ...tuning };
    try {
      tuning.head = 7; tuning.chunk = 33;
      const b = await both(be);
      expect(b.why).toBe('');
      expect(b.fast).toEqual(b.slow);
      expect(b.fast.rejected.map((r: { row: number }) => r.row)).toEqual([3]);
    } finally { Object.assign(tuning, saved); }
    expect((await both(new Uint8Array([0x50, 0x4b, 3, 4, 0, 0]), 'x.xlsx')).why).toBe('zip');
  });

  it('reads files larger than one decode chunk, with a multi-byte letter across the cut', async () => {
    const lines = [HEAD.trim()];
    for (let u = 0; u < 1500; u++) for (const y of [2023, 2024]) lines.push(`${String(u).padStart(5, '0')},Xã Điền Hòa ${u},${y},poverty_rate,${(u % 50) + (y - 2023) * 0.25}`);
    const { fast, slow, why } = await both(lines.join('\n'));
    expect(why).toBe('');
    expect(fast).toEqual(slow);
    expect(fast.cols.value.length).toBe(3000);
  }, 60000);

  it('property: random clean files read the same both ways', async () => {
    await fc.assert(fc.asyncProperty(
      fc.array(fc.record({ code: fc.integer({ min: 1, max: 30 }), y: fc.integer({ min: 2020, max: 2022 }), v: fc.integer({ min: 0, max: 10000 }), ind: fc.constantFrom('poverty_rate', 'total_households', 'near_poor_rate') }), { maxLength: 40 }),
      async (rows) => {
        const text = HEAD + rows.map((r) => `${r.code},Xã Số ${r.code},${r.y},${r.ind},${r.ind === 'total_households' ? r.v : (r.v / 100).toFixed(2)}`).join('\n');
        const { fast, slow } = await both(text);
        expect(fast).toEqual(slow);
      }), { numRuns: 60 });
  });
});

describe('cells that are not plain numbers', () => {
  it('property: random files with "n/a", "-", signs, spaces, percent signs, long digits, rows without values and notes read the same both ways', async () => {
    // '' and ' ': a row without values (its values missing, or a note when a note label starts it).
    const cell = fc.constantFrom('5', '12.5', '0.75', 'n/a', '-', '...', ' 7.5 ', '4%', '-3', '1 200', '12345678901234567', '.5', '1,234.5', '#N/A', '', ' ');
    await fc.assert(fc.asyncProperty(
      fc.array(fc.record({ code: fc.integer({ min: 1, max: 12 }), y: fc.integer({ min: 2020, max: 2023 }), v: cell, q: fc.boolean(), ind: fc.constantFrom('poverty_rate', 'total_households', 'poor_households') }), { minLength: 1, maxLength: 30 }),
      async (rows) => {
        const text = HEAD + rows.map((r) => (r.code === 12 ? 'Ghi chú: số liệu sơ bộ,,,,' : `${r.code},Xã Số ${r.code},${r.y},${r.ind},${r.q || r.v.includes(',') ? `"${r.v}"` : r.v}`)).join('\n');
        const { fast, slow } = await both(text);
        expect(fast).toEqual(slow);
      }), { numRuns: 80 });
  });

  it('property: rejected rows are listed with their cells as written, after quoted names with line breaks, with LF or CRLF', async () => {
    const name = fc.constantFrom('Xã A', '"Xã ""B"", mới"', '"Xã\nC"', '"Xã, D"', 'Phường Đ');
    let listed = 0;
    await fc.assert(fc.asyncProperty(
      fc.array(fc.record({ code: fc.integer({ min: 1, max: 9 }), name, y: fc.integer({ min: 2020, max: 2023 }), v: fc.constantFrom('5', '-5', '130', 'x', '7') }), { minLength: 1, maxLength: 25 }),
      fc.boolean(),
      async (rows, crlf) => {
        // Rows end with the chosen line end; the line break inside a quoted name stays a bare LF.
        const eol = crlf ? '\r\n' : '\n';
        const text = HEAD.replace('\n', eol) + rows.map((r) => `${r.code},${r.name},${r.y},poverty_rate,${r.v}`).join(eol);
        const { fast, slow, why } = await both(text);
        expect(fast).toEqual(slow);
        if (why === '' && slow.rejected.length) listed++;
      }), { numRuns: 80 });
    expect(listed).toBeGreaterThan(10);
  });

  it('keeps a national-style file with a few "n/a" and "-" cells on the streaming reader', async () => {
    const rows = Array.from({ length: 300 }, (_, k) => `${100 + (k % 50)},Xã Số ${k % 50},${2018 + Math.floor(k / 50)},poor_households,${k === 77 ? 'n/a' : k === 201 ? '-' : k % 40}`);
    const { fast, slow, why } = await both(HEAD + rows.join('\n'));
    expect(why).toBe('');
    expect(fast).toEqual(slow);
    expect(fast.issues.filter((i) => i.code === 'missing_value').map((i) => [i.row, i.value])).toEqual([[79, 'n/a'], [203, '-']]);
  });
});

describe('scanRows', () => {
  const rows = (text: string, final = true) => {
    const out: string[][] = [];
    const v = new RowView();
    const at = scanRows(text, 44, final, v, (r) => { out.push(Array.from({ length: r.n }, (_, i) => r.field(i))); return true; });
    return { out, at };
  };
  it.each([
    ['a,b\nc,d', [['a', 'b'], ['c', 'd']]],
    ['a,"b,""x""\ny",c\r\n', [['a', 'b,"x"\ny', 'c']]],
    ['a,,\n', [['a', '', '']]],
    ['\n', [['']]],
  ])('%j', (text, expected) => expect(rows(text).out).toEqual(expected));
  it('stops before an unfinished row unless final', () => {
    expect(rows('a,b\nc,"d', false)).toEqual({ out: [['a', 'b']], at: 4 });
    expect(rows('a,b\nc,d', false).at).toBe(4);
  });
  it('refuses what Papaparse would read differently', () => {
    expect(rows('a\rb').at).toBe(BAD);
    expect(rows('"a"x,b').at).toBe(BAD);
    expect(rows('"a').at).toBe(BAD);
  });
});

describe('working arrays reused between imports (scratch.ts)', () => {
  const file = (seed: number, n: number) => HEAD + Array.from({ length: n }, (_, i) => `U${i % 5000},Xã ${i % 5000},${2020 + ((i / 5000) | 0)},poverty_rate,${((((i % 5000) * seed) % 900) / 10 + ((i / 5000) | 0) / 10).toFixed(1)}`).join('\n');
  it('gives the same result when the memory was another import’s', async () => {
    const a = enc(file(7, 20000)), b = enc(file(13, 24000));
    const first = plain(await ingestFast(a, 'a.csv', {}, []));
    expect(lastFallback).toBe('');
    expect(pooled().some((size) => size >= 20000 * 4)).toBe(true);
    const other = plain(await ingestFast(b, 'b.csv', {}, []));
    expect(lastFallback).toBe('');
    const again = plain(await ingestFast(a, 'a.csv', {}, []));
    expect(again).toEqual(first);
    expect(first).toEqual(plain(await ingest(a, 'a.csv', {}, [])));
    expect(other).toEqual(plain(await ingest(b, 'b.csv', {}, [])));
  });
});
