/**
 * The streaming reader on the shapes it took over from the pipeline (Windows-1258, several value
 * columns, number styles, title, total and note rows): the same result as `ingest` (the full
 * pipeline, called directly), and the fast path actually taken — or left, where it must be.
 */
import { afterEach, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { ingest, type IngestResult } from './pipeline.ts';
import { ingestFast, lastFallback, tuning } from './stream.ts';
import { builtinUnitsFromDisk } from './nodeFiles.ts';
import type { Unit } from '../domain/units.ts';
import { cp1258 } from './cp1258.ts';

const builtin = builtinUnitsFromDisk();

function plain(r: IngestResult) {
  const c = r.table.toColumns();
  const { table: _t, ...rest } = r;
  return { ...rest, cols: { ...c, unit: [...c.unit], indicator: [...c.indicator], year: [...c.year], value: [...c.value], prov: [...c.prov], row: [...c.row] } };
}

async function both(bytes: Uint8Array, known: readonly Unit[] = [], file = 'x.csv') {
  const fast = await ingestFast(bytes, file, {}, known);
  const why = lastFallback;
  const slow = await ingest(bytes, file, {}, known);
  return { fast: plain(fast), slow: plain(slow), why };
}

// A district report as it comes from a commune office: titles, ';', decimal commas, rows by year
// (so each commune comes back after the others), a total row per year and a note at the end.
const TITLE = 'UBND TỈNH GIẢ LẬP;;;;;;\r\nBÁO CÁO KẾT QUẢ RÀ SOÁT HỘ NGHÈO;;;;;;\r\n;;;;;;\r\n';
const HEADER = 'STT;Mã xã;Đơn vị hành chính;Năm;Tổng số hộ;Số hộ nghèo;Tỷ lệ hộ nghèo (%)\r\n';
const communes = ['Xã Giả Lập Một', 'Phường Hướng Dương', 'Xã Thượng Lộ Mới', 'Thị trấn Quảng Điền'];
function report(opts: { totalPoor?: (year: number, sum: number) => number; note?: string; between?: string } = {}): string {
  const lines: string[] = [];
  for (const year of [2022, 2023, 2024]) {
    let total = 0, poor = 0;
    communes.forEach((name, i) => {
      const t = 1000 + i * 137 + (year - 2022) * 11;
      const p = 50 + i * 7 - (year - 2022) * 3;
      total += t; poor += p;
      lines.push(`${i + 1};${70000 + i};${name};${year};${t};${p};${((100 * p) / t).toFixed(2).replace('.', ',')}`);
    });
    const shown = opts.totalPoor ? opts.totalPoor(year, poor) : poor;
    lines.push(`;;Tổng cộng;${year};${total};${shown};${((100 * poor) / total).toFixed(2).replace('.', ',')}`);
    if (year === 2022 && opts.between) lines.push(opts.between);
  }
  return `${TITLE}${HEADER}${lines.join('\r\n')}\r\n${opts.note ?? 'Ghi chú: số liệu giả lập, không phải số liệu thật.;;;;;;'}\r\n`;
}

afterEach(() => { tuning.head = 1 << 16; tuning.chunk = 1 << 22; tuning.piece = 1 << 15; });

describe('the streaming reader keeps legacy district reports', () => {
  it('reads a Windows-1258 report with titles, totals, a note and decimal commas', async () => {
    const { fast, slow, why } = await both(cp1258(report()));
    expect(fast).toEqual(slow);
    expect(why).toBe('');
    expect(fast.encoding).toBe('windows-1258');
    expect(fast.layout).toBe('wide-indicator');
    expect(fast.titleRows.map((t) => t.row)).toEqual([1, 2]);
    expect(fast.totals.map((t) => t.row)).toEqual([9, 14, 19]);
    expect(fast.notes).toEqual([{ row: 20, text: 'Ghi chú: số liệu giả lập, không phải số liệu thật.' }]);
    expect(fast.cols.value).toContain(5);
    // Each commune comes back every year: one match per commune, its rows counted over the file.
    expect(fast.unitMatches.map((m) => m.rows)).toEqual([3, 3, 3, 3]);
  });

  it('reads a name written with its letter in one row and with letter + tone mark in another as one unit, in NFC', async () => {
    // "Á" is one byte in Windows-1258 (C1) or "A" then the acute mark (41 EC): NFC makes both "Á".
    const line = (year: number) => cp1258(`1;70001;Xã Á Đông;${year};1000;50;5,00\r\n`);
    const decomposed = (b: Uint8Array) => { const out: number[] = []; for (const x of b) out.push(...(x === 0xc1 ? [0x41, 0xec] : [x])); return new Uint8Array(out); };
    const bytes = new Uint8Array([...cp1258(`${TITLE}${HEADER}`), ...line(2022), ...decomposed(line(2023)), ...line(2024)]);
    const { fast, slow, why } = await both(bytes);
    expect(why).toBe('');
    expect(fast).toEqual(slow);
    expect(fast.unitMatches.map((m) => [m.raw, m.rows])).toEqual([['Xã Á Đông', 3]]);
    expect(fast.units.map((u) => u.name.vi)).toEqual(['Xã Á Đông']);
  });

  it('reads the same text in UTF-8 and gives the same observations', async () => {
    const utf8 = await both(new TextEncoder().encode(report()));
    const legacy = await both(cp1258(report()));
    expect(utf8.why).toBe('');
    expect(utf8.fast).toEqual(utf8.slow);
    expect(utf8.fast.cols).toEqual(legacy.fast.cols);
  });

  it('cuts the bytes anywhere, inside a letter and its tone mark too', async () => {
    const bytes = cp1258(report());
    const slow = plain(await ingest(bytes, 'x.csv', {}, []));
    // Every cut position within the first piece sizes, so that some piece ends between "a" and its hook.
    for (const size of [1, 2, 3, 5, 7, 11, 64]) {
      tuning.head = size;
      tuning.chunk = size;
      const fast = plain(await ingestFast(bytes, 'x.csv', {}, []));
      expect(lastFallback, `pieces of ${size} bytes`).toBe('');
      expect(fast, `pieces of ${size} bytes`).toEqual(slow);
    }
  });

  it('decodes a long Windows-1258 report in pieces of any size, with the unfinished row carried ahead', async () => {
    // More rows than the head reads (40), so the body is read piece by piece after it.
    const lines: string[] = [];
    for (const year of [2023, 2024]) for (let i = 0; i < 30; i++) lines.push(`${i + 1};${80000 + i};Xã Thượng Lộ Ấp ${i};${year};${1000 + i};${40 + i};${((100 * (40 + i)) / (1000 + i)).toFixed(2).replace('.', ',')}`);
    const bytes = cp1258(`${TITLE}${HEADER}${lines.join('\r\n')}\r\n`);
    const slow = plain(await ingest(bytes, 'x.csv', {}, []));
    for (const size of [1, 2, 5, 13, 64]) {
      tuning.head = 16;
      tuning.chunk = 500;
      tuning.piece = size;
      const steps: number[] = [];
      const fast = plain(await ingestFast(bytes, 'x.csv', {}, [], (f, phase) => { if (phase === 'parse') steps.push(f); }));
      expect(lastFallback, `pieces of ${size} bytes`).toBe('');
      expect(fast, `pieces of ${size} bytes`).toEqual(slow);
      // Progress once per chunk read, however small the pieces, and at the end.
      expect(steps.length).toBeLessThanOrEqual(Math.ceil(bytes.length / 500));
      expect(steps.at(-1)).toBe(0.9);
    }
  });

  it('cuts UTF-8 text in decomposed form (a mark after its letter) at any byte', async () => {
    const bytes = new TextEncoder().encode(report().normalize('NFD'));
    const slow = plain(await ingest(bytes, 'x.csv', {}, []));
    for (const size of [1, 3, 4, 9]) {
      tuning.head = size;
      tuning.chunk = size;
      expect(plain(await ingestFast(bytes, 'x.csv', {}, []))).toEqual(slow);
      expect(lastFallback).toBe('');
    }
  });

  it('warns of a total that disagrees with its communes, as the pipeline does', async () => {
    const { fast, slow, why } = await both(cp1258(report({ totalPoor: (year, sum) => (year === 2023 ? sum + 40 : sum) })));
    expect(fast).toEqual(slow);
    expect(why).toBe('');
    expect(fast.issues.filter((i) => i.code === 'total_mismatch').map((i) => i.row)).toEqual([14]);
  });

  it('keeps a note between the tables, and reads a row without values that is no note as a data row with its values missing', async () => {
    const note = await both(cp1258(report({ between: 'Ghi chú: năm 2022 theo chuẩn cũ;;;;;;' })));
    expect(note.fast).toEqual(note.slow);
    expect(note.why).toBe('');
    expect(note.fast.notes.map((n) => n.row)).toEqual([10, 21]);
    const stray = await both(cp1258(report({ between: '5;70004;Xã Chưa Có Số;2022;;;' })));
    expect(stray.fast).toEqual(stray.slow);
    expect(stray.why).toBe('');
    const row = stray.fast.issues.filter((i) => i.code === 'missing_value').map((i) => i.row);
    expect(row.length).toBeGreaterThan(0);
    expect(new Set(row).size).toBe(1);
    // A total row and a row naming no unit, both without values, between the data rows.
    for (const between of [';;Tổng cộng;2022;;;', ';;;2022;;;', '6;;;2022;;;']) {
      const r = await both(cp1258(report({ between })));
      expect(r.fast, between).toEqual(r.slow);
      expect(r.why, between).toBe('');
    }
  });

  it('hangs new units under the parent the known units share, from the total row', async () => {
    const text = 'Đơn vị;Cấp trên;Năm;Tổng số hộ;Số hộ nghèo\nHuyện A Lưới;46;2024;14500;2900\nHuyện Nam Đông;46;2024;6400;640\nHuyện Mới Lập;46;2024;100;10\nToàn tỉnh;;2024;21000;3550\n';
    const { fast, slow, why } = await both(cp1258(text), builtin);
    expect(fast).toEqual(slow);
    expect(why).toBe('');
    expect(fast.totals[0]!.parent).not.toBeNull();
    expect(fast.cols.units).toContain(fast.totals[0]!.parent);
    expect(fast.units.map((u) => u.parent)).toEqual([fast.totals[0]!.parent]);
  });
});

describe('number styles: the same numbers, or the pipeline for an error', () => {
  const file = (values: string[]) => cp1258(`Mã;Đơn vị;Năm;Tỷ lệ hộ nghèo (%);Số hộ nghèo\n${values.map((v, i) => `${100 + i};Xã Số ${i};2024;${v}`).join('\n')}\n`);
  it.each([
    ['decimal commas and plain counts', ['10,5;120', '3,25;8', '7;1200'], ''],
    ['decimal points', ['10.5;120', '3.25;8', '7;1200'], ''],
    ['counts in groups of thousands', ['10,5;1.200', '3,25;8', '7;12.000'], ''],
    ['one ambiguous rate: read as a decimal', ['1.250;120', '3;8'], ''],
    ['mixed separators in a column (an error: its row rejected)', ['10,5;120', '3.25;8', '7,1;12'], ''],
    // Cells kept as text, read by parseCell once the column's style is known.
    ['a percent sign', ['10,5%;120', '3,2;8'], ''],
    ['two separators', ['10,5;1.200.000', '3,2;8'], ''],
    ['a space inside', ['10,5;1 200', '3,2;8'], ''],
    ['spaces around, a no-break space in a group', ['  10,5 ;1\u00a0200', '3,2;8'], ''],
    ['"n/a", "-" and "..." (missing: a warning quoting the cell)', ['n/a;120', '3,2;-', '...;8'], ''],
    ['a count as a percent of households (here beside a rate: a conflict)', ['10,5;5%', '3,2;8'], ''],
    ['more than 15 digits, a leading separator', ['10,5;1234567890123456', ',5;8'], ''],
    // Errors: the row is rejected, its cells listed as the file has them (read again).
    ['a negative count', ['10,5;-1', '3,2;8'], ''],
    ['text in a number column', ['10,5;abc', '3,2;8'], ''],
    ['a cell only the other style reads', ['10,5;3.25', '3,2;7.5', '4; 1,5 '], ''],
    ['a thousands group that is no group', ['10,5;12.00', '3,2;8,5'], ''],
    ['a value left empty (a warning naming the unit and year)', ['10,5;', '3,2;8', ';9', '7;  '], ''],
    ['a row with no value between data rows (its values missing)', ['10,5;1', ';', '3,2;8'], ''],
  ])('%s', async (_name, values, expected) => {
    const { fast, slow, why } = await both(file(values));
    expect(fast).toEqual(slow);
    expect(why).toBe(expected);
    // A rejected row is listed with its cells as written and its errors.
    for (const r of fast.rejected) expect([r.cells.slice(3).join(';'), r.reasons.length > 0]).toEqual([values[r.row - 2], true]);
  });
});

describe('property: random district reports read the same both ways', () => {
  // Mostly cells the reader keeps (so that it is the reader that is compared), some it must leave.
  const cell = fc.oneof(
    { weight: 12, arbitrary: fc.constantFrom('12', '7', '0', '1200', '12,5', '3,25', '0,5', '') },
    { weight: 1, arbitrary: fc.constantFrom('12.5', '1.234', '12.000', ' ', '-3', '5%', '1.234,5', 'x') },
  );
  const year = fc.oneof({ weight: 40, arbitrary: fc.constantFrom('2023', '2024', 'Năm 2024') }, { weight: 1, arbitrary: fc.constant('20x4') });
  const row = fc.record({ unit: fc.integer({ min: 1, max: 5 }), year, a: cell, b: cell, kind: fc.constantFrom('data', 'data', 'data', 'data', 'total', 'note', 'blank') });
  const names = ['', 'Xã Hồng Kim', 'Phường Thuận Hóa', 'Xã Ải Tử', 'Thị trấn Khe Sanh', 'Xã Quảng Điền'];
  it('in Windows-1258 and UTF-8, cut into pieces of any size', async () => {
    await fc.assert(fc.asyncProperty(fc.array(row, { minLength: 1, maxLength: 14 }), fc.boolean(), fc.integer({ min: 1, max: 40 }), async (rows, legacy, size) => {
      const lines = rows.map((r) => (r.kind === 'total' ? `;Tổng cộng;${r.year};${r.a};${r.b}` : r.kind === 'note' ? 'Ghi chú: thử;;;;' : r.kind === 'blank' ? ';;;;'
        : `${r.unit ? 9000 + r.unit : ''};${names[r.unit]};${r.year};${r.a};${r.b}`));
      const text = `BÁO CÁO HỘ NGHÈO;;;;\nMã;Đơn vị;Năm;Tỷ lệ hộ nghèo (%);Số hộ nghèo\n${lines.join('\n')}\n`;
      const bytes = legacy ? cp1258(text) : new TextEncoder().encode(text);
      tuning.head = size;
      tuning.chunk = size;
      const fast = plain(await ingestFast(bytes, 'p.csv', {}, []));
      const slow = plain(await ingest(bytes, 'p.csv', {}, []));
      expect(fast).toEqual(slow);
    }), { numRuns: 150 });
  }, 60000);
});
