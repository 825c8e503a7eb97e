/** Unit matching rules: never across levels or vintages; reused codes by date; ambiguity listed, not guessed; new units placed. */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { makeUnit, type Unit } from '../domain/units.ts';
import { ingest } from './pipeline.ts';
import { UnitMatcher } from './unitMatch.ts';
import { foldUnitName, levelHint } from './unitNames.ts';
import { EditDistance, levenshtein } from './editDistance.ts';
import { builtinUnitsFromDisk } from './nodeFiles.ts';

const builtin = builtinUnitsFromDisk();
const enc = (s: string) => new TextEncoder().encode(s);
const run = (csv: string, known: readonly Unit[] = builtin, opts = {}) => ingest(enc(csv), 'm.csv', opts, known);

// Two vintages of one code: 19753 was Phường Thuận Lộc until 30 Jun 2025, Phường Phú Xuân since 1 Jul 2025.
const wards = [
  makeUnit({ code: '19753', level: 'commune', parent: '474', nameVi: 'Phường Thuận Lộc', validTo: '2025-06-30' }),
  makeUnit({ code: '19753@2025-07-01', officialCode: '19753', level: 'commune', parent: '46', nameVi: 'Phường Phú Xuân', validFrom: '2025-07-01' }),
  makeUnit({ code: '19900', level: 'commune', parent: '481', nameVi: 'Xã Tân Lập' }),
  makeUnit({ code: '19901', level: 'commune', parent: '483', nameVi: 'Xã Tân Lập' }),
];

describe('matching never crosses levels or vintages', () => {
  it.each([
    ['Phường Hương Trà', 2025], ['Phường Hương Trà', 2023], ['Xã Nam Đông', 2023], ['Thị trấn A Lưới', 2022], ['Đặc khu Phú Lộc', 2025],
  ])('%s (%i) never binds to the district of the same name', async (name, year) => {
    const r = await run(`Đơn vị,Năm,Số hộ nghèo\n${name},${year},5\n`);
    const m = r.unitMatches[0]!;
    const bound = builtin.find((u) => u.code === m.code);
    // Either the commune-level unit of that name valid then (the ward of 1 Jul 2025), or a new commune.
    if (bound) expect([m.status, bound.level]).toEqual(['name', 'commune']);
    else expect([m.status, m.code?.startsWith('new-'), m.level]).toEqual(['new', true, 'commune']);
  });
  it('a district-level name matches the district in its years, and nothing after it ended', async () => {
    const ok = await run('Đơn vị,Năm,Số hộ nghèo\nThị xã Hương Trà,2023,5\n');
    expect(ok.unitMatches[0]).toMatchObject({ status: 'name', code: '480' });
    const late = await run('Đơn vị,Năm,Số hộ nghèo\nThị xã Hương Trà,2025,5\n');
    expect(late.table.value('480', 'poor_households', 2025)).toBeUndefined();
  });
  it('a district-level name never matches a commune', async () => {
    const r = await run('Đơn vị,Năm,Số hộ nghèo\nHuyện Tân Lập,2023,5\n', wards);
    expect(r.unitMatches[0]!.status).toBe('new');
  });
  it('a reused code binds to the unit valid on 31 Dec of the row\'s year', async () => {
    const r = await run('Mã,Tên,Năm,Số hộ nghèo\n19753,Phường Thuận Lộc,2024,12\n19753,Phường Phú Xuân,2025,30\n', wards);
    expect(r.table.value('19753', 'poor_households', 2024)).toBe(12);
    expect(r.table.value('19753@2025-07-01', 'poor_households', 2025)).toBe(30);
    expect(r.table.value('19753', 'poor_households', 2025)).toBeUndefined();
  });
  it('a code known only outside the row\'s year is refused with the reason, never bound', async () => {
    const r = await run('Mã,Năm,Số hộ nghèo\n480,2026,5\n');
    expect(r.unitMatches[0]).toMatchObject({ status: 'skipped', outOfTime: true, code: null, suggestions: [{ code: '480', name: 'Thị xã Hương Trà' }] });
    expect(r.issues.map((i) => [i.code, i.severity])).toEqual([['unit_out_of_time', 'error']]);
    expect(r.table.size).toBe(0);
  });
  it('two units of one name are listed for the user, and a choice resolves them', async () => {
    const csv = 'Đơn vị,Năm,Số hộ nghèo\nXã Tân Lập,2023,5\n';
    const r = await run(csv, wards);
    expect(r.unitMatches[0]).toMatchObject({ status: 'ambiguous', suggestions: [{ code: '19900' }, { code: '19901' }] });
    const chosen = await run(csv, wards, { unitChoices: [[r.unitMatches[0]!.key, '19901']] });
    expect(chosen.table.value('19901', 'poor_households', 2023)).toBe(5);
  });
  it('a name match can be rejected: the unit is then new', async () => {
    const csv = 'Đơn vị,Năm,Số hộ nghèo\nA Lưới,2023,5\n';
    const r = await run(csv);
    expect(r.unitMatches[0]).toMatchObject({ status: 'name', code: '481' });
    const rejected = await run(csv, builtin, { unitChoices: [[r.unitMatches[0]!.key, 'new']] });
    expect(rejected.unitMatches[0]).toMatchObject({ status: 'new', code: 'new-a-luoi' });
  });
});

describe('new units get a level and a parent', () => {
  it('from a parent column (code or name)', async () => {
    const r = await run('Tên xã,Cấp trên,Năm,Số hộ nghèo\nXã Hồng Kim,481,2023,5\nXã Thượng Lộ,Huyện Nam Đông,2023,4\n');
    expect(r.units.map((u) => [u.name.vi, u.level, u.parent])).toEqual([['Xã Hồng Kim', 'commune', '481'], ['Xã Thượng Lộ', 'commune', '483']]);
  });
  it('from the name\'s qualifier', async () => {
    const r = await run('area_name,year,indicator,value\n"Hương Phong (xã, huyện A Lưới)",2022,poor_households,3\n');
    expect(r.units.map((u) => [u.code, u.name.vi, u.level, u.parent])).toEqual([['new-huong-phong', 'Hương Phong', 'commune', '481']]);
  });
  it('from the user\'s choice', async () => {
    const csv = 'Đơn vị,Năm,Số hộ nghèo\nBản Mới,2023,5\n';
    const key = (await run(csv)).unitMatches[0]!.key;
    const r = await run(csv, builtin, { newUnitPlaces: [[key, '481', 'commune']] });
    expect(r.units.map((u) => [u.level, u.parent])).toEqual([['commune', '481']]);
  });
});

describe('levenshtein', () => {
  /** The textbook recurrence, written plainly, to hold the reused-row version to. */
  const reference = (a: string, b: string): number => {
    const d = Array.from({ length: a.length + 1 }, (_, i) => Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
    for (let i = 1; i <= a.length; i++) for (let j = 1; j <= b.length; j++) d[i]![j] = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    return d[a.length]![b.length]!;
  };
  it('is the edit distance for any two names, long ones too (the reused rows grow)', () => {
    fc.assert(fc.property(fc.string({ maxLength: 12 }), fc.string({ maxLength: 90 }), (a, b) => {
      expect(levenshtein(a, b)).toBe(reference(a, b));
      expect(levenshtein(b, a)).toBe(reference(b, a));
    }), { numRuns: 300 });
  });

  it('from one text to many (bit masks up to 32 units, the table beyond) is the edit distance', () => {
    // Few letters (many matches), Vietnamese and astral ones, texts on both sides of 32 units.
    const letters = fc.string({ unit: fc.constantFrom('a', 'b', 'c', ' ', 'ă', 'đ', '\u{1F600}'), maxLength: 40 });
    const text = fc.oneof(letters, fc.string({ maxLength: 40 }), fc.string({ unit: 'binary', maxLength: 20 }));
    fc.assert(fc.property(text, fc.array(text, { maxLength: 5 }), (a, others) => {
      const from = new EditDistance(a);
      for (const b of others) expect(from.to(b)).toBe(reference(a, b));
    }), { numRuns: 1000 });
    // Around the mask's width: 31, 32 (the sign bit) and 33 units.
    const near32 = fc.string({ unit: fc.constantFrom('a', 'b', 'ă'), minLength: 31, maxLength: 33 });
    fc.assert(fc.property(near32, fc.oneof(near32, letters), (a, b) => { expect(new EditDistance(a).to(b)).toBe(reference(a, b)); }), { numRuns: 300 });
  });

  it('given a limit, is exact below it and at least the limit otherwise', () => {
    fc.assert(fc.property(fc.string({ maxLength: 12 }), fc.string({ maxLength: 20 }), fc.integer({ min: 0, max: 14 }), (a, b, limit) => {
      const d = reference(a, b);
      const got = levenshtein(a, b, limit);
      if (d < limit) expect(got).toBe(d);
      else expect(got).toBeGreaterThanOrEqual(limit);
    }), { numRuns: 500 });
  });
});

describe('closest known units', () => {
  /** As it was written before it kept only the nearest: every unit measured, a stable sort, the first n. */
  const reference = (units: readonly Unit[], name: string, n: number): Unit[] => {
    const hint = levelHint(name);
    const fits = (l: Unit['level']) => hint === null || l === hint || (hint === 'district-or-province' && (l === 'district' || l === 'province'));
    return units.map((u) => ({ u, d: fits(u.level) ? levenshtein(foldUnitName(name), foldUnitName(u.name.vi)) : -1 }))
      .filter((x) => x.d >= 0).sort((a, b) => a.d - b.d).slice(0, n).map((x) => x.u);
  };
  it('property: the same units in the same order as measuring every unit and sorting (ties in the registry\'s order)', () => {
    const matcher = new UnitMatcher(builtin);
    const part = fc.constantFrom('Xã ', 'Phường ', 'Huyện ', 'TP. ', 'Thị xã ', '', 'Phú', 'Lộc', 'Hương', ' Trà', ' Thủy', 'A Lưới', ' 1', ' 2', 'Huế', 'Phong', 'x');
    fc.assert(fc.property(fc.array(part, { minLength: 1, maxLength: 4 }), fc.integer({ min: 0, max: 6 }), (parts, n) => {
      const name = parts.join('');
      expect(matcher.closest(name, n).map((u) => u.code)).toEqual(reference(builtin, name, n).map((u) => u.code));
    }), { numRuns: 500 });
  });
});
