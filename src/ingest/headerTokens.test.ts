import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { explainRole, foldHeader, guessRole } from './headers.ts';
import { decideColumns, looksLikeMeasure } from './columns.ts';
import { FIELD_SYNONYMS, HEADER_TOKENS, INDICATOR_SYNONYMS } from './synonyms.ts';

describe('header folding', () => {
  it('no number below 1000 with up to two decimals has a role (such cells are answered without folding)', () => {
    // A leading space takes the full path (folding trims it), which is what the shortcut stands for.
    let roles = 0;
    for (let i = 0; i < 1000; i++) {
      if (explainRole(` ${i}`) !== null) roles++;
      for (let j = 0; j < 10; j++) if (explainRole(` ${i}.${j}`) !== null) roles++;
      for (let j = 0; j < 100; j++) if (explainRole(` ${i}.${String(j).padStart(2, '0')}`) !== null) roles++;
    }
    expect(roles).toBe(0);
    expect(explainRole('2023')).not.toBeNull();
  });
  it.each([
    ['area_code', 'area code'], ['poor_household_rate', 'poor household rate'], ['orgUnit', 'org unit'], ['dataElement', 'data element'],
    ['Tỷ lệ hộ nghèo (%)', 'ty le ho ngheo'], ['Poverty rate [%]', 'poverty rate'], ['MÃ ĐƠN VỊ', 'ma don vi'], ['Đơn-vị.hành_chính', 'don vi hanh chinh'],
    ['  Tên   xã ', 'ten xa'], ['ĐVT', 'dvt'],
  ])('%j → %j', (h, f) => expect(foldHeader(h)).toBe(f));
});

describe('header roles by tokens (vi/en, underscores, camelCase, brackets, tone marks)', () => {
  it.each([
    ['area_code', 'unit_code', "'area' + 'code'"], ['area_name', 'unit_name', "'area' + 'name'"], ['district_id', 'unit_code', "'district' + 'id'"],
    ['Mã xã', 'unit_code', ''], ['Mã địa bàn hành chính', 'unit_code', "'ma' + 'dia ban'"], ['Tên phường', 'unit_name', "'ten' + 'phuong'"],
    ['communeName', 'unit_name', "'commune' + 'name'"], ['Organisation unit', 'unit_name', "'organisation unit'"], ['orgUnit', 'unit_name', "'org unit'"],
    ['Entity', 'unit_name', "'entity'"], ['Region', 'unit_name', "'region'"], ['admin_code', 'unit_code', ''], ['geo_pcode', 'unit_code', "'geo' + 'pcode'"],
    ['parent_code', 'parent', ''], ['Cấp trên', 'parent', ''], ['Đơn vị cấp trên', 'parent', ''],
    ['Period', 'year', "'period'"], ['Data', 'indicator', "'data'"], ['dataElement', 'indicator', "'data element'"], ['obs_value', 'value', "'obs value'"],
    ['ĐVT', 'measure', ''], ['Đơn vị tính', 'measure', ''],
    ['poor_household_rate', 'v:poverty_rate:', ''], ['Poverty rate (%)', 'v:poverty_rate:', ''], ['Share of poor households (%)', 'v:poverty_rate:', ''],
    ['near_poor_households', 'v:near_poor_households:', ''], ['Số hộ nghèo [hộ]', 'v:poor_households:', ''],
    ['Số hộ nghèo xã', null, ''], ['Something', null, ''],
  ])('%s → %s', (h, role, tokens) => {
    expect(guessRole(h)).toBe(role);
    const why = explainRole(h)?.why;
    if (tokens) expect(why?.kind === 'tokens' && why.tokens.map((t) => `'${t}'`).join(' + ')).toBe(tokens);
  });
});

describe('decisions checked against values', () => {
  const decide = (headers: string[], rows: string[][]) => decideColumns(headers, rows).map((d) => d.role);
  it.each([
    ['unit', ['households', '% of households']], ['unit', ['hộ', 'hộ']], ['Đơn vị', ['%', 'người']], ['Unit', ['percentage points', 'households']],
  ])('the measure-column trap: %s holding %j is a unit of measure, ignored', (h, vals) => {
    expect(decide(['area_name', h, 'year', 'indicator', 'value'], vals.map((v) => ['Huyện A Lưới', v, '2023', 'poverty_rate', '1']))).toEqual(['unit_name', 'measure', 'year', 'indicator', 'value']);
  });
  it('a "unit" column holding place names stays the unit name', () => {
    expect(decide(['unit', 'year', 'poverty_rate'], [['Huyện A Lưới', '2023', '1'], ['Huyện Nam Đông', '2023', '2']])).toEqual(['unit_name', 'year', 'v:poverty_rate:']);
  });
  it('a Period column of labels is not the year; of years it is', () => {
    expect(decide(['Period', 'Entity', 'value', 'year', 'indicator'], [['end of year (review)', 'X', '1', '2023', 'poverty_rate']])[0]).toBe('ignore');
    expect(decide(['Period', 'Entity', 'value', 'Data'], [['2023', 'X', '1', 'poverty_rate']])[0]).toBe('year');
  });
  it('a bare "Tỷ lệ (%)" takes the rate of the count to its left', () => {
    expect(decide(['Đơn vị', 'Năm', 'Số hộ nghèo', 'Tỷ lệ (%)', 'Hộ cận nghèo', 'Tỷ lệ (%)'], [])).toEqual(['unit_name', 'year', 'v:poor_households:', 'v:poverty_rate:', 'v:near_poor_households:', 'v:near_poor_rate:']);
  });
  it('two columns for one field: the plainer one wins and the other says why', () => {
    const d = decideColumns(['Data ID', 'Data', 'Organisation unit', 'Period', 'Value'], []);
    expect(d.map((x) => x.role)).toEqual(['ignore', 'indicator', 'unit_name', 'year', 'value']);
    expect(d[0]!.why).toEqual({ kind: 'duplicate', column: 'Data' });
  });
  it.each([['households', true], ['% of households (poor + near-poor)', true], ['hộ', true], ['Huyện A Lưới', false], ['Hồ Chí Minh', false]])('measure value %j → %s', (v, m) => expect(looksLikeMeasure(v)).toBe(m));
});

describe('property: renaming a recognised header to any listed synonym leaves the result unchanged', () => {
  // Whole-header synonyms and indicator labels, each written in several surface forms (case, underscores, tone marks kept or not).
  const fields = Object.entries(FIELD_SYNONYMS).filter(([f]) => f !== 'ignore').flatMap(([f, list]) => list.map((s) => [s, f] as const));
  const inds = Object.entries(INDICATOR_SYNONYMS).flatMap(([id, list]) => list.map((s) => [s, `v:${id}:`] as const));
  const spell = (s: string, form: number) => [s, s.toUpperCase(), s.replace(/ /g, '_'), s.replace(/ ([a-z])/g, (_m, c: string) => c.toUpperCase()), `${s} (%)`.replace(' (%)', '')][form]!;
  it('fields and indicators', () => {
    fc.assert(fc.property(fc.constantFrom(...fields, ...inds), fc.integer({ min: 0, max: 4 }), ([syn, role], form) => {
      // "tinh" and similar one-word synonyms camel-case to themselves; every form must fold back to the synonym.
      expect(guessRole(spell(syn, form))).toBe(role);
    }), { numRuns: 500 });
  });
  it('a code word plus a place word is always the unit code, a name word plus a place word the unit name', () => {
    const place = HEADER_TOKENS.place.filter((p) => !['unit', 'don vi'].includes(p));
    fc.assert(fc.property(fc.constantFrom(...place), fc.constantFrom(...HEADER_TOKENS.code), fc.constantFrom(...HEADER_TOKENS.name), fc.boolean(), (p, c, n, sep) => {
      const join = (a: string, b: string) => (sep ? `${a}_${b}` : `${a} ${b}`);
      expect(guessRole(join(p, c))).toBe('unit_code');
      expect(guessRole(join(c, p))).toBe('unit_code');
      expect(guessRole(join(p, n))).toBe('unit_name');
      expect(guessRole(join(n, p))).toBe('unit_name');
    }), { numRuns: 400 });
  });
  it('swapping one synonym for another in a whole file gives the same import', () => {
    const headers = ['Mã đơn vị', 'Năm', 'Chỉ tiêu', 'Giá trị'];
    const alts = [FIELD_SYNONYMS.unit_code, FIELD_SYNONYMS.year, FIELD_SYNONYMS.indicator, FIELD_SYNONYMS.value];
    const rows = [['481', '2023', 'poverty_rate', '24.4']];
    const base = decideColumns(headers, rows).map((d) => d.role);
    fc.assert(fc.property(fc.tuple(...alts.map((l) => fc.constantFrom(...l))), (hs) => {
      expect(decideColumns(hs, rows).map((d) => d.role)).toEqual(base);
    }), { numRuns: 300 });
  });
});
