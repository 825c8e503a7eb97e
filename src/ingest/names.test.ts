import { describe, expect, it } from 'vitest';
import { ingestFast } from './stream.ts';
import { builtinUnitsFromDisk } from './nodeFiles.ts';
import { markInvisible, sanitizeNames, stripInvisible } from './names.ts';

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
});
