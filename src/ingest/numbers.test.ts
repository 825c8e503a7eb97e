import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { parseCell, styleVote, Vote } from './numbers.ts';

const digits = (min: number, max: number) => fc.stringMatching(new RegExp(`^[0-9]{${min},${max}}$`));

describe('plain decimals ("12.5", "12,5") read as the general rule reads them', () => {
  it('value: the decimal as Number() reads it, in the column style whose decimal mark it uses', () => {
    fc.assert(fc.property(digits(1, 8), digits(1, 7), fc.constantFrom('.', ','), (a, b, sep) => {
      const style = sep === '.' ? { decimal: '.', thousands: ',' } as const : { decimal: ',', thousands: '.' } as const;
      expect(parseCell(`${a}${sep}${b}`, style)).toEqual({ kind: 'number', value: Number(`${a}.${b}`), percent: false });
    }));
  });

  it('vote: ambiguous only for 1–3 digits then exactly three', () => {
    expect(styleVote('12,34')).toBe(Vote.CommaDecimal);
    expect(styleVote('12.34')).toBe(Vote.DotDecimal);
    expect(styleVote('1.234')).toBe(Vote.AmbiguousDot);
    expect(styleVote('123,456')).toBe(Vote.AmbiguousComma);
    expect(styleVote('1234,567')).toBe(Vote.CommaDecimal);
    expect(styleVote('1,2,3')).toBe(Vote.None);
    expect(styleVote('12,')).toBe(Vote.CommaDecimal);
  });

  it('a separator that is the thousands mark of the style is read as groups, not decimals', () => {
    expect(parseCell('1.234', { decimal: ',', thousands: '.' })).toEqual({ kind: 'number', value: 1234, percent: false });
    expect(parseCell('1.23', { decimal: ',', thousands: '.' })).toEqual({ kind: 'invalid' });
  });
});
