import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { NumberCells } from './streamValues.ts';
import { parseCell, styleFromVotes, styleVote } from './numbers.ts';

// A cell: blank (in the row or past its end), a whole number, or a number with a decimal comma and
// one or two decimals (never three: that would be read as a group of thousands).
const cell = fc.oneof(
  fc.record({ blank: fc.constant(true as const), present: fc.boolean() }),
  fc.record({ blank: fc.constant(false as const), whole: fc.integer({ min: 0, max: 9_999_999 }), decimals: fc.constantFrom('', '5', '07', '25') }),
);

describe('NumberCells', () => {
  it('property: values() in place gives each cell its number (NaN when blank), and layout() the columns a fresh build gave', () => {
    fc.assert(fc.property(fc.integer({ min: 1, max: 4 }), fc.array(fc.array(cell, { minLength: 4, maxLength: 4 }), { minLength: 1, maxLength: 80 }), (cols, rows) => {
      const cells = new NumberCells(cols, 3); // small: the arrays grow while cells come
      const want: number[] = [];
      for (const row of rows) {
        for (let c = 0; c < cols; c++) {
          const x = row[c]!;
          const kind = c % 2 ? 'count' : 'rate';
          if (x.blank) { cells.missing(c, kind, x.present); want.push(NaN); continue; }
          const text = `${x.whole}${x.decimals ? `,${x.decimals}` : ''}`;
          expect(cells.push(`;${text};`, 1, text.length + 1, c, kind)).toBe(true);
          want.push(Number(text.replace(',', '.')));
        }
      }
      const values = cells.values();
      expect(Array.from(values)).toEqual(want);
      // Each filled cell as written, made again from its number (what a message quotes).
      const texts = rows.flatMap((row) => row.slice(0, cols).map((x) => (x.blank ? undefined : `${x.whole}${x.decimals ? `,${x.decimals}` : ''}`)));
      expect(texts.map((_, k) => cells.textOf(k))).toEqual(texts);
      const { vcol, kind, percent, indOk } = cells.layout(7, 8, 9);
      const n = want.length;
      expect(Array.from(vcol)).toEqual(want.map((_, k) => k % cols));
      expect([kind.length, percent.length, indOk.length]).toEqual([n, n, n]);
      expect(kind.every((x) => x === 7) && percent.every((x) => x === 0) && indOk.every((x) => x === 1)).toBe(true);
    }));
  });

  it('property: cells that are not plain digits read as collect.ts reads them (votes, then parseCell)', () => {
    const text = fc.constantFrom('7', '007', '0,50', '00.25', '1200', '10,5', '3.25', '1.200', '12,000', '1.200.000', '1 200', ' 7 ', 'n/a', '-', '...', '5%', '3,5%', '-2', '+4',
      '1e3', '12345678901234567', '.5', '5.', ',5', 'abc', '1,2,3x', '\u00a012', '\u22123', '1.234,5');
    fc.assert(fc.property(fc.array(fc.array(text, { minLength: 2, maxLength: 2 }), { minLength: 1, maxLength: 12 }), (rows) => {
      const votes = [[0, 0, 0, 0, 0], [0, 0, 0, 0, 0]];
      for (const row of rows) row.forEach((t, c) => { votes[c]![styleVote(t)]!++; });
      const styles = votes.map((v, c) => styleFromVotes(v, c ? 'count' : 'rate'));
      const want = rows.flatMap((row) => row.map((t, c) => parseCell(t, styles[c]!)));
      const cells = new NumberCells(2, 2);
      for (const row of rows) {
        row.forEach((t, c) => {
          const kind = c ? 'count' : 'rate';
          const n = cells.n;
          // A cell push does not read is left to the caller, who gives it as text.
          if (!cells.push(`;${t};`, 1, t.length + 1, c, kind)) { expect(cells.n).toBe(n); cells.pushText(t, c, kind); }
        });
      }
      expect(Array.from(cells.values())).toEqual(want.map((p) => (p.kind === 'number' ? p.value : NaN)));
      expect(rows.flat().map((_, k) => cells.textOf(k))).toEqual(rows.flat());
      const { kind, percent } = cells.layout(7, 8, 9);
      expect(Array.from(kind)).toEqual(want.map((p) => (p.kind === 'number' ? 7 : p.kind === 'missing' ? 8 : 9)));
      expect(Array.from(percent)).toEqual(want.map((p) => (p.kind === 'number' && p.percent ? 1 : 0)));
    }), { numRuns: 500 });
  });
});
