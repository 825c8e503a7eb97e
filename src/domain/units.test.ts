import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { foldName, makeUnit, nameOn, normalizeUnit, referenceDate, shortUnitName, toIsoDate, UnitRegistry, validInYear, vintageKey, type Unit } from './units.ts';
import { UnitMatcher } from '../ingest/unitMatch.ts';
import { loadBuiltin } from '../data/builtin.ts';

const thuanLoc = makeUnit({ code: '19753', level: 'commune', parent: '474', nameVi: 'Phường Thuận Lộc', validTo: '2025-06-30' });
const phuXuan0 = makeUnit({ code: '19753', level: 'commune', parent: '46', nameVi: 'Phường Phú Xuân', validFrom: '2025-07-01' });

describe('units through time', () => {
  it.each([
    ['2024', 'from', '2024-01-01'], ['2024', 'to', '2024-12-31'], ['2025-07-01', 'from', '2025-07-01'],
    ['1/7/2025', 'from', '2025-07-01'], ['', 'to', null], ['soon', 'to', null],
  ] as const)('reads validity %s (%s) as %s', (v, end, want) => {
    expect(toIsoDate(v, end)).toBe(want);
  });

  it('an end-of-year figure belongs to the units valid on 31 Dec', () => {
    expect(referenceDate(2025)).toBe('2025-12-31');
    expect(validInYear(thuanLoc, 2024)).toBe(true);
    expect(validInYear(thuanLoc, 2025)).toBe(false);
    expect(validInYear(phuXuan0, 2025)).toBe(true);
    expect(validInYear(phuXuan0, 2024)).toBe(false);
  });

  it('a reused code makes two units: 19753 before and after 1 Jul 2025', () => {
    const reg = new UnitRegistry([thuanLoc]);
    const phuXuan = { ...phuXuan0, code: vintageKey(phuXuan0, reg) };
    expect(phuXuan.code).toBe('19753@2025-07-01');
    const both = reg.with([phuXuan]);
    expect(both.size).toBe(2);
    expect(both.withOfficialCode('19753')).toHaveLength(2);
    expect(both.resolveCode('19753', referenceDate(2024))?.name.vi).toBe('Phường Thuận Lộc');
    expect(both.resolveCode('19753', referenceDate(2025))?.name.vi).toBe('Phường Phú Xuân');
    // Matching a file row binds by its year.
    const m = new UnitMatcher(both.all());
    expect(m.byCodeOf('19753', 2024)?.code).toBe('19753');
    expect(m.byCodeOf('19753', 2025)?.code).toBe('19753@2025-07-01');
  });

  it('a name has vintages: 46 is Thừa Thiên Huế until 2024 and Huế from 2025', () => {
    const ds = loadBuiltin();
    expect(ds.units.name('46', 'vi', 2024)).toBe('Thừa Thiên Huế');
    expect(ds.units.name('46', 'vi', 2025)).toBe('Huế');
    expect(nameOn(ds.units.get('46')!, null).vi).toBe('Huế');
    expect(ds.units.isValidIn('46', 2021) && ds.units.isValidIn('46', 2030)).toBe(true);
  });

  it('matching never crosses levels or vintages', () => {
    const ds = loadBuiltin();
    const m = new UnitMatcher(ds.units.all());
    // The ward of 2025 is not the district of 2021–2024, whatever the year.
    expect(m.byNameOf('Phường Hương Trà', 2025)?.code).toBe('19996');
    expect(m.byNameOf('Phường Hương Trà', 2024)).toBeUndefined();
    expect(m.byNameOf('Thị xã Hương Trà', 2024)?.code).toBe('480');
    expect(m.byNameOf('Thị xã Hương Trà', 2025)).toBeUndefined();
    expect(m.byNameOf('Xã Nam Đông', 2025)?.code).toBe('20179');
    expect(m.byNameOf('Xã Nam Đông', 2024)).toBeUndefined();
    expect(m.byNameOf('Huyện Nam Đông', 2024)?.code).toBe('483');
    // Old and new names of one unit, each in its own years.
    expect(m.byNameOf('Huế', 2025)?.code).toBe('46');
    expect(m.byNameOf('Thừa Thiên Huế', 2023)?.code).toBe('46');
    expect(m.byNameOf('TP. Huế', 2024)?.code).toBe('474');
  });

  it('records saved with year validity and no official code are read in today\'s shape', () => {
    const old = { code: '481', level: 'district', parent: '46', name: { vi: 'Huyện A Lưới', en: 'A Luoi', ascii: 'huyen a luoi' }, validFrom: 2021, validTo: 2024, tags: [] } as unknown as Unit;
    expect(normalizeUnit(old)).toMatchObject({ officialCode: '481', validFrom: '2021-01-01', validTo: '2024-12-31' });
    expect(new UnitRegistry([old]).isValidIn('481', 2025)).toBe(false);
  });
});

describe('shortUnitName', () => {
  it.each([
    ['Thị xã Hương Thủy', 'Hương Thủy'], ['Huyện A Lưới', 'A Lưới'], ['Thị xã Hương Trà', 'Hương Trà'], ['TP. Huế', 'Huế'],
    ['Hue City', 'Hue'], ['Phong Dien District', 'Phong Dien'], ['A Luoi District', 'A Luoi'], ['City', 'City'], ['Xã Phong Điền', 'Phong Điền'],
  ])('%s → %s', (a, b) => {
    expect(shortUnitName(a)).toBe(b);
  });
});

describe('foldName', () => {
  // The rule itself: marks and đ dropped, lower case, white space squashed and trimmed.
  const rule = (s: string) => s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/đ/g, 'd').replace(/Đ/g, 'D').toLowerCase().replace(/\s+/g, ' ').trim();
  const letters = [...'aAzZ09 .,-()\t\n\u00a0\u000bđĐăâêôơưĂÂÊÔƠƯàảãáạằẳẵắặầẩẫấậèẻẽéẹềểễếệìỉĩíịòỏõóọồổỗốộờởỡớợùủũúụừửữứựỳỷỹýỵÀÝỸßÆØøŁıİǄǅ\u0301\u0300\u2003\u3000中ҚЖ'];

  it('folds as the rule does, whatever the letters (the quick pass and the general one)', () => {
    fc.assert(fc.property(fc.array(fc.constantFrom(...letters), { maxLength: 24 }).map((a) => a.join('')), (s) => {
      // Twice: the second call is the cached answer.
      expect(foldName(s)).toBe(rule(s));
      expect(foldName(s)).toBe(rule(s));
    }), { numRuns: 3000 });
    expect(foldName(' Xã  Giả\u00a0Lập\t00001 ')).toBe('xa gia lap 00001');
    // A unit's English name: its letters without marks, in their case and spacing.
    const title = (s: string) => s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/đ/g, 'd').replace(/Đ/g, 'D').normalize('NFC');
    fc.assert(fc.property(fc.array(fc.constantFrom(...letters), { minLength: 1, maxLength: 24 }).map((a) => a.join('')), (s) => {
      const v = s.normalize('NFC').trim();
      fc.pre(v !== '');
      expect(makeUnit({ code: 'x', level: 'commune', nameVi: s }).name.en).toBe(title(v));
    }), { numRuns: 2000 });
    expect(foldName('Thừa Thiên Huế')).toBe('thua thien hue');
  });
});
