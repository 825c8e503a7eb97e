import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { NumberCells } from './streamValues.ts';

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
          cells.push(`;${text};`, 1, text.length + 1, c, kind);
          want.push(Number(text.replace(',', '.')));
        }
      }
      const values = cells.values();
      expect(Array.from(values)).toEqual(want);
      const { vcol, kind, percent, indOk } = cells.layout(7);
      const n = want.length;
      expect(Array.from(vcol)).toEqual(want.map((_, k) => k % cols));
      expect([kind.length, percent.length, indOk.length]).toEqual([n, n, n]);
      expect(kind.every((x) => x === 7) && percent.every((x) => x === 0) && indOk.every((x) => x === 1)).toBe(true);
    }));
  });
});
