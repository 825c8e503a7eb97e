import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { foldName } from './units.ts';

/** The rule as first written: decompose, drop the combining marks U+0300–U+036F and đ, lower case, one space. */
const rule = (s: string) => s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/đ/g, 'd').replace(/Đ/g, 'D').toLowerCase().replace(/\s+/g, ' ').trim();

const letters = [...'aăâbcdđeêghiklmnoôơpqrstuưvxyAĂÂĐÊÔƠƯ áàảãạấầẩẫậắằẳẵặéèẻẽẹếềểễệíìỉĩịóòỏõọốồổỗộớờởỡợúùủũụứừửữựýỳỷỹỵ ÁẠỆỮ\u00a0\t0123456789.,-()İǺßæøΣσ\u0301\u0323\u0303ñü字'];

describe('foldName', () => {
  it('folds every string as the general rule does (the letter-by-letter path included)', () => {
    fc.assert(fc.property(fc.array(fc.constantFrom(...letters), { maxLength: 30 }).map((a) => a.join('')), (s) => {
      expect(foldName(s)).toBe(rule(s));
    }), { numRuns: 2000 });
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 20 }), (s) => { expect(foldName(s)).toBe(rule(s)); }), { numRuns: 2000 });
    // Long texts (a hostile cell) take the other way, by slices.
    fc.assert(fc.property(fc.array(fc.constantFrom(...letters), { minLength: 1000, maxLength: 1100 }).map((a) => a.join('')), (s) => {
      expect(foldName(s)).toBe(rule(s));
    }), { numRuns: 50 });
  });

  it('reads Vietnamese names as plain letters', () => {
    expect(foldName('  Thị xã  Hương Thủy ')).toBe('thi xa huong thuy');
    expect(foldName('ĐẮK LẮK')).toBe('dak lak');
  });
});
