import { describe, expect, it } from 'vitest';
import { ingestFast } from './stream.ts';
import { builtinUnitsFromDisk } from './nodeFiles.ts';
import { hasFormatChar, markInvisible, sanitizeNames, stripInvisible } from './names.ts';

const units = builtinUnitsFromDisk();
const enc = (s: string) => new TextEncoder().encode(s);

describe('names are shown safely', () => {
  it.each([
    ['Xã \u202Egnp.exe\u202C Đảo', 'Xã gnp.exe Đảo', 'Xã ⟨U+202E⟩gnp.exe⟨U+202C⟩ Đảo'],
    ['A\u200BB\u2066C\u2069\uFEFF', 'ABC', 'A⟨U+200B⟩B⟨U+2066⟩C⟨U+2069⟩⟨U+FEFF⟩'],
    ['Thừa Thiên Huế', 'Thừa Thiên Huế', 'Thừa Thiên Huế'],
  ])('%j → stripped %j, marked %j', (raw, stripped, marked) => {
    expect(stripInvisible(raw)).toBe(stripped);
    expect(markInvisible(raw)).toBe(marked);
  });

  it('an imported unit name with bidi controls is stripped and reported with file, row and column', async () => {
    const csv = 'unit_code,unit_name,year,indicator,value\n99901,"Xã \u202Egnp.exe\u202C Đảo",2024,poverty_rate,5\n';
    const r = sanitizeNames(await ingestFast(enc(csv), 'bidi.csv', {}, units));
    const unit = r.units.find((u) => u.code === '99901');
    expect(unit?.name.vi).toBe('Xã gnp.exe Đảo');
    const w = r.issues.find((i) => i.code === 'invisible_chars');
    expect(w).toMatchObject({ severity: 'warning', file: 'bidi.csv', row: 2, column: 'unit_name', params: { chars: 'U+202E, U+202C' } });
    expect(w?.value).toBe('Xã ⟨U+202E⟩gnp.exe⟨U+202C⟩ Đảo');
    for (const m of r.unitMatches) expect(m.raw).not.toMatch(/\p{Cf}/u);
    // The unit is also in the list of units not in the reference, marked there too.
    const listed = r.issues.find((i) => i.code === 'units_unmatched');
    expect(listed?.items?.value).toEqual(['Xã ⟨U+202E⟩gnp.exe⟨U+202C⟩ Đảo']);
    expect(listed?.params.first).toBe('Xã ⟨U+202E⟩gnp.exe⟨U+202C⟩ Đảo');
  });

  // Every place a shown text sits: an invisible character in any one of them (and only there) is marked.
  const result = () => ({
    file: 'f.csv', headers: ['unit_name'], mapping: ['unit_name'],
    units: [{ code: '1', name: { vi: 'Xã A', en: 'A Commune', ascii: 'Xa A' } }],
    unitMatches: [{ raw: 'Xã A', code: '1' }],
    issues: [{ severity: 'warning' as const, file: 'f.csv', row: 2, column: 'c', value: 'v', code: 'x', params: { n: 1, first: 'Xã A' }, items: { value: ['Xã A'], suggestions: ['–'] } }],
    titleRows: [{ text: 'Báo cáo' }], notes: [{ text: 'Ghi chú' }], totals: [{ label: 'Tổng cộng' }], rejected: [{ cells: ['a', 'b'] }],
  });
  type R = ReturnType<typeof result>;
  const places: [string, (r: R, s: string) => void][] = [
    ['unit name', (r, s) => { r.units[0]!.name.vi = s; }], ['unit English name', (r, s) => { r.units[0]!.name.en = s; }], ['unit ASCII name', (r, s) => { r.units[0]!.name.ascii = s; }],
    ['match', (r, s) => { r.unitMatches[0]!.raw = s; }], ['issue value', (r, s) => { r.issues[0]!.value = s; }], ['issue param', (r, s) => { r.issues[0]!.params.first = s; }],
    ['issue item', (r, s) => { r.issues[0]!.items.value[0] = s; }], ['issue suggestion', (r, s) => { r.issues[0]!.items.suggestions[0] = s; }],
    ['title row', (r, s) => { r.titleRows[0]!.text = s; }], ['note', (r, s) => { r.notes[0]!.text = s; }], ['total', (r, s) => { r.totals[0]!.label = s; }], ['rejected cell', (r, s) => { r.rejected[0]!.cells[1] = s; }],
  ];
  it.each(places)('finds an invisible character in the %s', (_place, put) => {
    const r = result();
    put(r, 'x\u{E0041}y');
    // Found: stripped (unit names) or marked as ⟨U+E0041⟩ (texts shown raw); nowhere left as it was.
    const out = JSON.stringify(sanitizeNames(r));
    expect(out).toContain('U+E0041');
    expect(out).not.toMatch(/\p{Cf}/u);
  });

  it('a result without invisible characters comes back as it was', () => {
    const r = result();
    expect(sanitizeNames(r)).toEqual(result());
  });
});

describe('hasFormatChar', () => {
  const cf = /\p{Cf}/u;
  it('agrees with /\\p{Cf}/u on every UTF-16 code unit, alone and after a name', () => {
    for (let c = 0; c <= 0xffff; c++) {
      const ch = String.fromCharCode(c);
      expect.soft(hasFormatChar(ch), `U+${c.toString(16)}`).toBe(cf.test(ch));
      if (c % 97 === 0) expect(hasFormatChar(`Xã Hương Phong${ch}`)).toBe(cf.test(ch));
    }
  });
  it('finds format characters outside the basic plane and none in plain Vietnamese names', () => {
    expect(hasFormatChar('Xã A\u{E0041}')).toBe(true);
    expect(hasFormatChar('Xã A\u{1D173}')).toBe(true);
    expect(hasFormatChar('Phường Thuận Hóa, Thừa Thiên Huế')).toBe(false);
    expect(hasFormatChar('Xa\u0301 Hu\u0302\u0301')).toBe(false);
    expect(hasFormatChar('')).toBe(false);
  });
});
