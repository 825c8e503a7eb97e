import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import { ingestCrosswalk } from './crosswalkImport.ts';
import { importSession } from './session.ts';
import type { WorkerMessage } from './transfer.ts';
import { loadBuiltin } from '../data/builtin.ts';
import { toPlain } from '../domain/dataset.ts';
import { makeUnit } from '../domain/units.ts';

const SHARED = '../shared/data/reform/hue-crosswalk-2025.csv';
const bytes = (s: string) => new TextEncoder().encode(s);

// A synthetic table in the statistics office's shape: a title row, Vietnamese headers, mark columns.
const TABLE = [
  'BẢNG CHUYỂN ĐỔI (SYNTHETIC)',
  'Mã xã mới,Tên xã mới,Mã xã cũ,Tên xã cũ,Nhập toàn bộ,Nhập một phần,Giữ nguyên',
  '99100,Xã Mới,99001,Xã Một,x,,',
  '99100,Xã Mới,99002,Xã Hai,x,,',
  '99101,Xã Núi,99003,Xã Ba,,x,',
  ',Xã Mới,99004,Xã Bốn,x,,',
  '99102,Xã Sông,99005,Xã Năm,,,',
].join('\n');

describe('a conversion table on the data screen', () => {
  it('is recognised from its header and read with file rows and columns in its issues', async () => {
    const known = [makeUnit({ code: '99100', level: 'commune', nameVi: 'Xã Mới', validFrom: '2025-07-01' })];
    const r = (await ingestCrosswalk(bytes(TABLE), 'doi-chieu.csv', {}, known))!;
    expect(r.fatal).toBeNull();
    expect(r.headerRow).toBe(2);
    expect(r.table.size).toBe(0);
    const cw = r.crosswalk!;
    expect(cw.crosswalk.links.map((l) => [l.fromCode, l.toCode, l.kind])).toEqual([
      ['99001', '99100', 'whole'], ['99002', '99100', 'whole'], ['99003', '99101', 'partial'],
    ]);
    expect(cw.issues).toEqual([
      { row: 6, column: 'Mã xã mới', message: 'no-new-code' },
      { row: 7, column: 'Nhập toàn bộ', message: 'unknown-change' },
    ]);
    expect(r.ok).toBe(false);
    // The date comes from the known new unit; the unknown one is named as such.
    expect(cw.effectiveGuess).toBe('2025-07-01');
    expect(cw.crosswalk.effective).toBe('2025-07-01');
    expect(cw.newUnits).toEqual([{ code: '99100', name: 'Xã Mới', known: true }, { code: '99101', name: 'Xã Núi', known: false }]);
  });

  it('leaves every other file to the usual import, and gives no date it cannot know', async () => {
    expect(await ingestCrosswalk(bytes('Mã đơn vị,Tên đơn vị,Năm,Số hộ nghèo\n99001,Xã Một,2024,40\n'), 'data.csv', {}, [])).toBeNull();
    expect(await ingestCrosswalk(bytes('{"new_code": 1}'), 'x.json', {}, [])).toBeNull();
    const r = (await ingestCrosswalk(bytes('new_code;old_code;change\n1;2;whole\n'), 'plain.txt', {}, []))!;
    expect(r.crosswalk!.effectiveGuess).toBeNull();
    expect(r.crosswalk!.crosswalk.effective).toBe('');
    expect(r.ok).toBe(true);
  });

  it('a table with no usable row stops with no_values', async () => {
    const r = (await ingestCrosswalk(bytes('Mã xã mới,Mã xã cũ,Nhập toàn bộ\n,1,x\n'), 'empty.csv', {}, []))!;
    expect(r.fatal?.code).toBe('no_values');
    expect(r.crosswalk!.issues).toHaveLength(1);
  });

  it('goes through the import session (the worker) as a crosswalk, not as figures', async () => {
    const got: WorkerMessage[] = [];
    const handle = importSession((m) => got.push(m));
    await handle({ type: 'ingest', id: 1, bytes: bytes(TABLE).buffer as ArrayBuffer, file: 'doi-chieu.csv', opts: {}, base: toPlain(loadBuiltin()) });
    const done = got.find((m) => m.type === 'done');
    expect(done && done.type === 'done' && done.result.crosswalk?.crosswalk.links).toHaveLength(3);
  });

  it("reads the published Huế table: 133 links to the 40 units, all known, effective 1 Jul 2025", async () => {
    if (!existsSync(SHARED)) {
      if (process.env.CI) throw new Error(`${SHARED} is missing: the test data in ../shared is required in CI`);
      console.warn(`skipping: ${SHARED} not found (not CI)`);
      return;
    }
    const r = (await ingestCrosswalk(readFileSync(SHARED), 'hue-crosswalk-2025.csv', {}, loadBuiltin().units.all()))!;
    expect(r.crosswalk!.issues).toEqual([]);
    expect(r.crosswalk!.crosswalk.links).toHaveLength(133);
    expect(r.crosswalk!.newUnits).toHaveLength(40);
    expect(r.crosswalk!.newUnits.every((u) => u.known)).toBe(true);
    expect(r.crosswalk!.effectiveGuess).toBe('2025-07-01');
  });
});
