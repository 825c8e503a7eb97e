import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { UnitMemo } from './streamRows.ts';
import { UnitResolver } from './unitResolver.ts';
import { RowView, scanRows } from './streamScan.ts';

/** The unit of each row as stream.ts finds it: in place first, else by its trimmed cells. */
function unitsOf(lines: string[], inPlace: boolean) {
  const memo = new UnitMemo(new UnitResolver([]));
  const v = new RowView();
  const out: number[] = [];
  let fileRow = 0;
  let found = 0;
  scanRows(lines.join('\n'), 44, true, v, (r) => {
    fileRow++;
    let s = inPlace ? memo.inPlace(r, 0, 1) : undefined;
    if (s) found++;
    else {
      const code = r.field(0).trim();
      const name = r.field(1).trim();
      s = memo.find(code, name, '') ?? memo.add(fileRow, code, name, '', 2024, '');
      memo.remember(r, 0, 1, s);
    }
    out.push(s.idx);
    return true;
  });
  return { out, hits: memo.all.map((s) => s.hits), found };
}

describe('UnitMemo finds a row unit in place as by its trimmed cells', () => {
  it('property: any order of units, repeated year by year or shuffled, with spaced and quoted cells', () => {
    // Cells that differ as written but not once trimmed, a quoted one, and names sharing a code.
    const cell = fc.constantFrom('001,Xã A', ' 001,Xã A', '001,Xã A ', '002,Xã B', '002,Xã C', '"003",Xã D', '003,Xã D', ',Xã E', '004,');
    fc.assert(fc.property(fc.array(cell, { minLength: 1, maxLength: 12 }), fc.integer({ min: 1, max: 4 }), fc.array(cell, { maxLength: 10 }), (order, years, tail) => {
      const lines = [...Array.from({ length: years }, () => order).flat(), ...tail];
      const a = unitsOf(lines, true);
      const b = unitsOf(lines, false);
      expect([a.out, a.hits]).toEqual([b.out, b.hits]);
    }), { numRuns: 400 });
  });

  it('property: units in runs (several rows each), year by year, then in another order', () => {
    const unit = fc.constantFrom('001,Xã A', '002,Xã B', '002,Xã C', '003,Xã D', ' 003,Xã D', '004,');
    const runs = fc.array(fc.tuple(unit, fc.integer({ min: 1, max: 3 })), { minLength: 1, maxLength: 8 });
    fc.assert(fc.property(runs, fc.integer({ min: 1, max: 3 }), runs, (order, years, after) => {
      const spread = (rs: [string, number][]) => rs.flatMap(([u, n]) => Array.from({ length: n }, () => u));
      const lines = [...Array.from({ length: years }, () => spread(order)).flat(), ...spread(after)];
      const a = unitsOf(lines, true);
      const b = unitsOf(lines, false);
      expect([a.out, a.hits]).toEqual([b.out, b.hits]);
    }), { numRuns: 400 });
  });

  it('follows a year-by-year file through its units in order', () => {
    const lines = Array.from({ length: 3 }, () => Array.from({ length: 50 }, (_, u) => `${u},Xã ${u}`)).flat();
    const { out, hits, found } = unitsOf(lines, true);
    expect(out).toEqual(Array.from({ length: 3 }, () => Array.from({ length: 50 }, (_, u) => u)).flat());
    expect(found).toBe(100);
    expect(hits.every((h) => h === 2)).toBe(true);
  });

  it('keeps finding units past its first tables (3,000 units, 60,000 characters of cells)', () => {
    const lines = Array.from({ length: 2 }, () => Array.from({ length: 3000 }, (_, u) => `${u},Phường Số ${u}`)).flat();
    const { out, found } = unitsOf(lines, true);
    expect(out).toEqual([...Array.from({ length: 3000 }, (_, u) => u), ...Array.from({ length: 3000 }, (_, u) => u)]);
    // Every row of the second year is found in place, by the cells kept past the first tables' sizes.
    expect(found).toBe(3000);
  });
});
