import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { makeUnit } from '../domain/units.ts';
import { builtinUnitsFromDisk } from './nodeFiles.ts';
import { UnitResolver, type ResolverOptions } from './unitResolver.ts';

// The built-in units (vintages, a reused code: 19753) and two with letters and a vintage in their key.
const known = [
  ...builtinUnitsFromDisk(),
  makeUnit({ code: 'AB', level: 'district', nameVi: 'Huyện Chữ' }),
  makeUnit({ code: 'X9@2020', level: 'commune', nameVi: 'Xã Chín', validFrom: 2020 }),
];
const codes = ['', '46', ' 46', '474', '19753', '19753 ', 'ab', 'AB', 'x9', 'X9', 'X9@2020', 'x9@2020', '100001', '100002', 'Q1', 'q1', 'new-xa-moi'];
const names = ['', 'Huế', 'Thừa Thiên Huế', 'Thành phố Huế', 'Phường Phú Xuân', 'Xã Mới', 'xa moi', 'Phường Mới', 'Quảng Nam', 'Quảng Nam – thành thị',
  'Tiên Phước (huyện, Quảng Nam)', '46', '481', 'AB', 'X9', 'Xã Đan Điền', 'Huyện Chữ', 'Xã Chín'];
const row = fc.record({
  code: fc.constantFrom(...codes), name: fc.constantFrom(...names),
  year: fc.constantFrom(2016, 2020, 2024, 2025, 2026, null), parent: fc.constantFrom('', '46', 'Q1', 'Quảng Nam'),
}).filter((r) => r.code !== '' || r.name !== '');
const options = fc.constantFrom<ResolverOptions>({}, { unmatched: 'skip' }, { unitChoices: [['moi', 'new'], ['hue', 'skip'], ['quang nam', '46']] }, { newUnitPlaces: [['moi', 'Q1', 'commune']] });

describe('UnitMatcher.knowsCode', () => {
  it('property: false only for a code no unit has (by key or published code, in any case and spacing), true only for one some unit has', () => {
    const matcher = new UnitResolver(known).matcher;
    const text = fc.oneof(fc.constantFrom(...codes, ...names, 'İ', 'x9@2020 ', '\u00a046', 'Ab', '47'), fc.string({ maxLength: 16 }));
    fc.assert(fc.property(text, fc.constantFrom(undefined, 2016, 2024, 2026), (c, year) => {
      if (matcher.knowsCode(c)) expect(matcher.withCode(c).length > 0 || matcher.byCodeOf(c) !== undefined).toBe(true);
      else {
        expect(matcher.withCode(c)).toEqual([]);
        expect(matcher.byCodeOf(c, year)).toBeUndefined();
      }
    }), { numRuns: 1000 });
  });
});

describe('UnitResolver: a code no known unit has skips the registry lookups', () => {
  it('property: the same matches, new units, warnings and answers as with every lookup made', () => {
    let unknown = 0, knownCodes = 0;
    fc.assert(fc.property(options, fc.array(row, { minLength: 1, maxLength: 30 }), (opts, rows) => {
      const fast = new UnitResolver(known, opts);
      const knows = fast.matcher.knowsCode.bind(fast.matcher);
      fast.matcher.knowsCode = (c) => { const k = knows(c); if (k) knownCodes++; else unknown++; return k; };
      // Every code might be known: the lookups the shortcut skips are all made.
      const slow = new UnitResolver(known, opts);
      slow.matcher.knowsCode = () => true;
      rows.forEach((r, i) => {
        const a = fast.resolve(i + 2, r.code, r.name, r.year, r.parent);
        const b = slow.resolve(i + 2, r.code, r.name, r.year, r.parent);
        expect(JSON.stringify(a)).toBe(JSON.stringify(b));
        expect(fast.lastVintaged).toBe(slow.lastVintaged);
        expect(fast.yearFree(r.code, r.name)).toBe(slow.yearFree(r.code, r.name));
      });
      expect(fast.matches()).toEqual(slow.matches());
      expect(fast.newUnits()).toEqual(slow.newUnits());
      expect(fast.warnings('f.csv')).toEqual(slow.warnings('f.csv'));
    }), { numRuns: 300 });
    // Both sides of the shortcut were taken.
    expect(unknown).toBeGreaterThan(0);
    expect(knownCodes).toBeGreaterThan(0);
  });
});
