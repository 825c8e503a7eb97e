import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { foldUnitName } from './unitNames.ts';
import { detectStyle, parseCell } from './numbers.ts';
import { detectDelimiter } from './papa.ts';
import { detectEncoding, decode } from './decode.ts';
import { foldHeader, guessRole, isTotalLabel } from './headers.ts';
import { TOTAL_LABELS } from './synonyms.ts';
import { neutralise } from './export.ts';
import { makeUnit } from '../domain/units.ts';

describe('unit names fold', () => {
  it.each([
    ['TP. Huế', 'hue'], ['Thành phố Huế', 'hue'], ['TX Hương Thủy', 'huong thuy'], ['Thị xã  Hương Thủy', 'huong thuy'],
    ['H. A Lưới', 'a luoi'], ['Huyện A Lưới', 'a luoi'], ['Quận 1', '1'], ['Xã Hồng Kim', 'hong kim'], ['Phường Phú Hội', 'phu hoi'],
  ])('%s → %s', (a, b) => expect(foldUnitName(a)).toBe(b));
});

describe('numbers', () => {
  it.each([
    [['12.345', '1.234'], 'count', 12345], [['12.345', '3.5'], 'count', 12.345], [['12,345'], 'count', 12345],
    [['3,17'], 'rate', 3.17], [['3,170'], 'rate', 3.17], [['1.234,5'], 'count', 1234.5], [['1,234.5'], 'count', 1234.5],
    [['12\u00a0345'], 'count', 12345], [['3,17%'], 'rate', 3.17],
  ] as const)('%j (%s) → %d', (cells, kind, v) => {
    const p = parseCell(cells[0], detectStyle(cells, kind));
    expect(p).toMatchObject({ kind: 'number', value: v });
  });
  it.each(['', '-', '–', 'N/A', '..', 'x', 'X'])('missing %j', (c) => expect(parseCell(c, { decimal: '.', thousands: '' }).kind).toBe('missing'));
  it.each(['abc', '1,2,3', '12..3'])('invalid %j', (c) => expect(parseCell(c, { decimal: ',', thousands: '.' }).kind).toBe('invalid'));
});

describe('delimiters', () => {
  it.each([
    ['a;b;c\n1,5;2,5;3\n4,1;5;6,25\n', ';'],
    ['a,b,c\n"1,5",2,3\n4,5,6\n', ','],
    ['a\tb\n1,5\t2\n', '\t'],
    ['a|b|c\n1,5|2|3,25\n', '|'],
  ])('%j → %j', (text, d) => expect(detectDelimiter(text)).toBe(d));
});

describe('encodings', () => {
  it('detects UTF-8 without BOM, and Windows-1252 for Western text', () => {
    expect(detectEncoding(new TextEncoder().encode('Huyện A Lưới'))).toBe('utf-8');
    expect(decode(new Uint8Array([0x43, 0x61, 0x66, 0xe9, 0x20, 0x96])).text).toBe('Café –');
  });
});

describe('headers', () => {
  it.each([
    ['Mã đơn vị', 'unit_code'], ['ĐỊA BÀN', 'unit_name'], ['Huyện', 'unit_name'], ['Năm', 'year'], ['Tổng số hộ', 'v:total_households:'],
    ['Số hộ nghèo', 'v:poor_households:'], ['Tỷ lệ hộ nghèo (%)', 'v:poverty_rate:'], ['Hộ cận nghèo', 'v:near_poor_households:'],
    ['Hộ nghèo (%)', 'v:poverty_rate:'], ['2023', 'v::2023'], ['Năm 2023', 'v::2023'], ['Số hộ nghèo năm 2023', 'v:poor_households:2023'],
    ['Poverty rate', 'v:poverty_rate:'], ['Ghi chú', 'ignore'], ['Something', null],
  ])('%s → %s', (h, role) => expect(guessRole(h)).toBe(role));
  it.each([['Tổng cộng', true], ['Toàn tỉnh', true], ['Cộng', true], ['Công Hải', false], ['Tổng số hộ', true], ['Hương Thủy', false]])(
    'total label %s → %s', (c, t) => expect(isTotalLabel(c)).toBe(t));
  it('tells a total label by its folded text whatever it starts with (the first-letter shortcut changes no answer)', () => {
    const byFolding = (c: string) => { const f = foldHeader(c); return TOTAL_LABELS.some((l) => f === l || (l.includes(' ') && f.startsWith(`${l} `))); };
    const piece = fc.constantFrom('Tổng', 'tổng cộng', 'TOÀN TỈNH', 'Cộng', 'Grand total', ' ', '(a)', '[x]', '_', '-', 'Xã', '1', 'Ţ', 'Ç', 'tOng', 'x', '\t', 'Ğ');
    fc.assert(fc.property(fc.array(fc.oneof(piece, fc.string({ maxLength: 3 })), { maxLength: 5 }), (parts) => {
      const cell = parts.join(' ');
      expect(isTotalLabel(cell)).toBe(byFolding(cell));
    }), { numRuns: 2000 });
  });
});

describe('CSV injection', () => {
  it.each([['=1+1', "'=1+1"], ['+x', "'+x"], ['-x', "'-x"], ['@x', "'@x"], ['\tx', "'\tx"], ['Huế', 'Huế']])('%j', (a, b) => expect(neutralise(a)).toBe(b));
});

describe('a unit made from a name in any normal form', () => {
  it('has its name in NFC, trimmed, whatever its characters (the quick path and the platform agree)', () => {
    // Letters below U+0300, Vietnamese precomposed letters, tone and other combining marks, and
    // characters NFC replaces (Ångström and Kelvin signs, Greek tonos, CJK compatibility).
    const chars = fc.oneof(
      fc.integer({ min: 0x20, max: 0x2ff }), fc.integer({ min: 0x1e00, max: 0x1eff }), fc.constantFrom(0x300, 0x301, 0x303, 0x309, 0x323, 0x302, 0x306, 0x31b),
      fc.constantFrom(0x212b, 0x212a, 0x2126, 0x340, 0x341, 0x374, 0x387, 0xf900, 0x1f71, 0x3b1, 0x301),
    ).map((c) => String.fromCharCode(c));
    fc.assert(fc.property(fc.array(chars, { minLength: 1, maxLength: 12 }), (cs) => {
      const name = cs.join('');
      const u = makeUnit({ code: 'X1', level: 'commune', nameVi: name });
      expect(u.name.vi).toBe(name.normalize('NFC').trim());
      expect(u.name.en).toBe(u.name.en.normalize('NFC'));
    }), { numRuns: process.env.CI ? 3000 : 500 });
  });
});
