/**
 * A file read in two parts (streamSplit.ts, streamMerge.ts) gives what one reader gives: cut at
 * every line's end of files with title, total, note and valueless rows, units met in both parts or
 * first in the later one, units whose answer depends on the year, indicator cells first seen in the
 * later part, rows with errors, decimal commas voted across the cut, Windows-1258, and a cut inside
 * a quoted cell (the first reader then reads on).
 */
import { afterEach, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { IngestResult } from './pipeline.ts';
import { ingestFast, lastFallback, setLaterReader, tuning } from './stream.ts';
import { lastSplit } from './streamMerge.ts';
import { splitting, type LaterReader, type LaterRequest } from './streamSplit.ts';
import { readLater } from './streamLater.ts';
import { makeUnit, type Unit } from '../domain/units.ts';
import { builtinUnitsFromDisk } from './nodeFiles.ts';
import { cp1258 } from './cp1258.ts';

const builtin = builtinUnitsFromDisk();
const wards = [
  ...builtin,
  makeUnit({ code: '19753', level: 'commune', parent: '474', nameVi: 'Phường Thuận Lộc', validTo: '2025-06-30' }),
  makeUnit({ code: '19753@2025-07-01', officialCode: '19753', level: 'commune', parent: '46', nameVi: 'Phường Phú Xuân', validFrom: '2025-07-01' }),
];

function plain(r: IngestResult) {
  const c = r.table.toColumns();
  const { table: _t, ...rest } = r;
  return { ...rest, cols: { ...c, unit: [...c.unit], indicator: [...c.indicator], year: [...c.year], value: [...c.value], prov: [...c.prov], row: [...c.row] } };
}

/** Counts the files read in two parts (the later part taken in), and the later parts whose reader stopped. */
const seen = { read: 0, stopped: 0 };
const inPlace: LaterReader = {
  read: async (req: LaterRequest) => {
    const r = readLater(req);
    if ('stopped' in r) seen.stopped++;
    return r;
  },
  taken: () => {},
};

/** The file read by one reader, then cut after each line feed in `cuts` (all by default): the same result each time. */
async function sameWhenCut(bytes: Uint8Array, known: readonly Unit[], cuts?: number[], file = 'r.csv') {
  setLaterReader(null);
  const one = plain(await ingestFast(bytes, file, {}, known));
  expect(lastFallback, 'read by the streaming reader').toBe('');
  setLaterReader(inPlace);
  splitting.min = 0;
  seen.read = 0;
  seen.stopped = 0;
  const at = cuts ?? [...bytes.keys()].filter((i) => bytes[i] === 10);
  for (const lf of at) {
    splitting.at = (lf + 0.5) / bytes.length;
    const two = plain(await ingestFast(bytes, file, {}, known));
    expect(lastFallback).toBe('');
    if (lastSplit.parts === 2) seen.read++;
    expect(two, `cut after byte ${lf}`).toEqual(one);
  }
  return seen;
}

const SPLITTING = { ...splitting };
afterEach(() => {
  setLaterReader(null);
  Object.assign(splitting, SPLITTING);
  tuning.head = 1 << 16; tuning.chunk = 1 << 22; tuning.piece = 1 << 15;
});

const TITLE = 'UBND TỈNH GIẢ LẬP;;;;;;\r\nBÁO CÁO KẾT QUẢ RÀ SOÁT HỘ NGHÈO;;;;;;\r\n;;;;;;\r\n';
const HEADER = 'STT;Mã xã;Đơn vị hành chính;Năm;Tổng số hộ;Số hộ nghèo;Tỷ lệ hộ nghèo (%)\r\n';

/** A district report by year: 12 communes a year (the last four only from 2024), a total row a year, a note between years. */
function report(): string {
  const lines: string[] = [];
  for (const year of [2021, 2022, 2023, 2024]) {
    let t = 0, p = 0;
    for (let i = 0; i < (year < 2024 ? 8 : 12); i++) {
      const total = 1000 + i * 137, poor = 50 + i * 7 - (year - 2021) * 3;
      t += total; p += poor;
      const name = i === 3 ? 'Phường Thuận Lộc' : `Xã Giả Lập ${i}`;
      const code = i === 3 ? '19753' : String(70000 + i);
      // A blank poor count (a missing value) and a cell that is no number (an error) in 2023.
      const cell = year === 2023 && i === 5 ? '' : year === 2023 && i === 6 ? 'x' : String(poor);
      lines.push(`${i + 1};${code};${name};${year};${total};${cell};${((100 * poor) / total).toFixed(2).replace('.', ',')}`);
    }
    lines.push(`;;Tổng cộng;${year};${t};${p};${((100 * p) / t).toFixed(2).replace('.', ',')}`);
    // A row without values that is no note (a data row whose values are missing) and a note.
    if (year === 2022) lines.push(';70001;Xã Giả Lập 1;2022;;;', 'Ghi chú: năm 2022 chưa rà soát lại;;;;;;');
  }
  return `${TITLE}${HEADER}${lines.join('\r\n')}\r\nGhi chú: số liệu giả lập;;;;;;\r\n`;
}

describe('a file read in two parts gives what one reader gives', () => {
  it('cut after every line of a district report (titles, totals, notes, a missing value, an error, a unit with two vintages)', async () => {
    tuning.head = 64; tuning.chunk = 64;
    const got = await sameWhenCut(new TextEncoder().encode(report()), wards);
    expect(got.read, 'the later part was read and taken').toBeGreaterThan(20);
  });

  it('in Windows-1258, read in small pieces', async () => {
    tuning.head = 64; tuning.chunk = 64; tuning.piece = 16;
    const got = await sameWhenCut(cp1258(report()), wards);
    expect(got.read).toBeGreaterThan(20);
  });

  it('long files: indicator cells first met in the later part, a blank one, units first met there', async () => {
    tuning.head = 64; tuning.chunk = 64;
    const rows: string[] = [];
    for (let k = 0; k < 60; k++) {
      const unit = k < 40 ? k % 6 : 6 + (k % 4);
      const ind = k === 45 ? 'Tỷ lệ trẻ em suy dinh dưỡng (%)' : k === 50 ? '' : k === 52 ? 'số hộ có nước sạch' : k % 3 === 0 ? 'Số hộ nghèo' : k % 3 === 1 ? 'Tổng số hộ' : 'Số hộ có nước sạch';
      rows.push(`${100 + unit},Xã Số ${unit},${2020 + (k % 5)},${ind},"${k},5"`);
    }
    const text = `Mã,Đơn vị,Năm,Chỉ tiêu,Giá trị\n${rows.join('\n')}\n`;
    const got = await sameWhenCut(new TextEncoder().encode(text), builtin);
    expect(got.read).toBeGreaterThan(15);
  });

  it('a cut inside a quoted cell that spans lines: the first reader reads on, with the same result', async () => {
    tuning.head = 64; tuning.chunk = 64;
    const rows = Array.from({ length: 50 }, (_, k) => (k === 45 ? `7${k},"Xã có tên\ndài ${k}",2023,${k}` : `7${k},Xã ${k},2023,${k}`));
    const text = `Mã,Đơn vị,Năm,Số hộ nghèo\n${rows.join('\n')}\n`;
    const bytes = new TextEncoder().encode(text);
    const inside = text.indexOf('\ndài') + new TextEncoder().encode(text.slice(0, text.indexOf('\ndài'))).length - text.indexOf('\ndài');
    expect(bytes[inside]).toBe(10);
    const got = await sameWhenCut(bytes, builtin, [inside]);
    expect(got).toEqual({ read: 0, stopped: 0 });
    const all = await sameWhenCut(bytes, builtin);
    expect(all.read).toBeGreaterThan(5);
  });

  it('the progress bar runs to the end of the reading while the first part is read (the parts are read together), and never back', async () => {
    tuning.head = 64; tuning.chunk = 64;
    const bytes = new TextEncoder().encode(report());
    setLaterReader(inPlace);
    splitting.min = 0;
    const seenAt: number[] = [];
    await ingestFast(bytes, 'r.csv', {}, wards, (f, phase) => { if (phase === 'parse') seenAt.push(f); });
    expect(lastSplit.parts).toBe(2);
    expect(Math.max(...seenAt)).toBeCloseTo(0.9, 5);
    expect(seenAt).toEqual([...seenAt].sort((a, b) => a - b));
  });

  it('a helper that stops (or fails): the first reader reads on, with the same result', async () => {
    tuning.head = 64; tuning.chunk = 64;
    const bytes = new TextEncoder().encode(report());
    setLaterReader(null);
    const one = plain(await ingestFast(bytes, 'r.csv', {}, wards));
    setLaterReader({ read: async () => ({ stopped: 'helper failed' }), taken: () => {} });
    splitting.min = 0;
    const two = plain(await ingestFast(bytes, 'r.csv', {}, wards));
    expect(lastFallback).toBe('');
    expect(lastSplit.parts).toBe(1);
    expect(two).toEqual(one);
  });

  it('property: random reports cut at a random line', async () => {
    let merged = 0;
    const cell = fc.constantFrom('12', '7', '0', '1200', '12,5', '3,25', '0,5', '', '12.5', '1.234', '12.000', '-3', '5%', 'x');
    const row = fc.record({ unit: fc.integer({ min: 0, max: 8 }), year: fc.constantFrom('2023', '2024', 'Năm 2024', '20x4'), a: cell, b: cell, kind: fc.constantFrom('data', 'data', 'data', 'data', 'data', 'total', 'note', 'blank', 'empty') });
    await fc.assert(fc.asyncProperty(fc.array(row, { minLength: 42, maxLength: 90 }), fc.double({ min: 0, max: 1, noNaN: true }), fc.integer({ min: 8, max: 200 }), async (rs, at, size) => {
      const lines = rs.map((r) => (r.kind === 'total' ? `;Tổng cộng;${r.year};${r.a};${r.b}` : r.kind === 'note' ? 'Ghi chú: thử;;;;' : r.kind === 'blank' ? ';;;;'
        : r.kind === 'empty' ? `${9000 + r.unit};Xã ${r.unit};${r.year};;` : `${r.unit ? 9000 + r.unit : ''};${r.unit ? `Xã ${r.unit}` : ''};${r.year};${r.a};${r.b}`));
      const bytes = new TextEncoder().encode(`BÁO CÁO;;;;\nMã;Đơn vị;Năm;Tỷ lệ hộ nghèo (%);Số hộ nghèo\n${lines.join('\n')}\n`);
      tuning.head = size; tuning.chunk = size;
      setLaterReader(null);
      const one = await ingestFast(bytes, 'p.csv', {}, builtin);
      const why = lastFallback;
      setLaterReader(inPlace);
      splitting.min = 0;
      splitting.at = at;
      const two = await ingestFast(bytes, 'p.csv', {}, builtin);
      expect(lastFallback).toBe(why);
      if (lastSplit.parts === 2) merged++;
      expect(plain(two)).toEqual(plain(one));
    }), { numRuns: 200 });
    expect(merged, 'most files were read in two parts').toBeGreaterThan(100);
  }, 60000);
});

describe('a JSON array of records read in two parts gives what one reader gives', () => {
  const record = (k: number) => {
    const unit = k < 60 ? k % 7 : 7 + (k % 5);
    const ind = k === 70 ? 'Tỷ lệ trẻ em suy dinh dưỡng (%)' : k % 2 ? 'poor_households' : 'total_households';
    // A negative count (an error: its row is rejected and listed with its cells) in each part.
    const value = k === 20 || k === 75 ? -5 : k === 80 ? '"n/a"' : 100 + k;
    return `{"unit_code":"${300 + unit}","unit_name":"Xã Thử ${unit}","year":${2020 + (k % 4)},"indicator":"${ind}","value":${value}}`;
  };
  const json = (records: string[]) => new TextEncoder().encode(`[\n${records.join(',\n')}\n]\n`);

  /** Cut before every record's '{' (the cut is at the first '{' after `at` of the bytes). */
  async function sameWhenCutJson(bytes: Uint8Array) {
    const at = [...bytes.keys()].filter((i) => bytes[i] === 0x7b).map((p) => (p - 0.5) / bytes.length);
    setLaterReader(null);
    const one = plain(await ingestFast(bytes, 'r.json', {}, builtin));
    expect(lastFallback).toBe('');
    setLaterReader(inPlace);
    splitting.min = 0;
    let parts = 0;
    for (const a of at) {
      splitting.at = a;
      const two = plain(await ingestFast(bytes, 'r.json', {}, builtin));
      expect(lastFallback).toBe('');
      if (lastSplit.parts === 2) parts++;
      expect(two, `cut at ${a}`).toEqual(one);
    }
    return parts;
  }

  it('cut before every record: units in both parts or only the later, a custom indicator first in the later part, rejected rows in each part', async () => {
    const parts = await sameWhenCutJson(json(Array.from({ length: 90 }, (_, k) => record(k))));
    expect(parts, 'read in two parts whenever the first holds the head').toBeGreaterThan(40);
  });

  it('a "},{" inside a text and a nested list of records in a value: cut there, the file is read whole; elsewhere in two parts', async () => {
    const records = Array.from({ length: 90 }, (_, k) => record(k));
    records[60] = records[60]!.replace('"unit_name":"Xã Thử', '"unit_name":"a},{b Xã Thử');
    records[65] = records[65]!.replace(/"value":[^}]*}$/, '"value":[{"a":1},{"b":2}]}');
    expect(await sameWhenCutJson(json(records))).toBeGreaterThan(20);
  });

  it('a key only later records have (a column of the whole file): read whole, the same', async () => {
    const records = Array.from({ length: 90 }, (_, k) => record(k));
    records[85] = records[85]!.replace('{"unit_code"', '{"late_key":"x","unit_code"');
    expect(await sameWhenCutJson(json(records))).toBe(0);
  });
});
