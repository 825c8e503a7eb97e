import { describe, expect, it } from 'vitest';
import { comparableYears, normalizeStandards, standardAt, standardOf, VN_STANDARDS, type PovertyStandard } from './standards.ts';
import { TableBuilder } from './tableBuilder.ts';
import { headline } from './progress.ts';
import { assess } from './status/assess.ts';

const prov = { kind: 'published' as const, source: 't' };

describe('poverty standards as data', () => {
  it.each([
    [2020, '2016-2020'], [2021, '2022-2025'], [2025, '2022-2025'], [2026, '2022-2025'], [2027, '2026-2030'], [2030, '2026-2030'], [2031, undefined],
  ])('a review of %i is measured under %s', (year, id) => {
    expect(standardOf(VN_STANDARDS, year)?.id).toBe(id);
  });

  it('old saved ids read as today\'s', () => {
    expect(normalizeStandards([{ ...VN_STANDARDS[1]!, id: 'vn-2022-2025' }])[0]!.id).toBe('2022-2025');
    expect(normalizeStandards(undefined)).toBe(VN_STANDARDS);
  });

  it('a file can name a local standard; it is never compared with the national one', () => {
    const local: PovertyStandard[] = [...VN_STANDARDS, { id: 'hcm-2021', label: { vi: 'Chuẩn TP.HCM', en: 'HCMC standard' }, from: 2021, to: 2025, local: true }];
    const b = new TableBuilder();
    b.add('X', 'poverty_rate', 2023, 3, prov);
    b.add('X', 'poverty_rate', 2024, 2.5, { ...prov, standard: 'hcm-2021' });
    const t = b.build();
    expect(standardAt(t, local, 'X', 'poverty_rate', 2023)).toBe('2022-2025');
    expect(standardAt(t, local, 'X', 'poverty_rate', 2024)).toBe('hcm-2021');
    expect(comparableYears(t, local, 'X', 'poverty_rate', 2023, 2024)).toBe(false);
    expect(headline(t, [], local, 'X', 'poverty_rate').changePp).toBeUndefined();
  });

  it('no change and no pace across the 2026|2027 break', () => {
    const b = new TableBuilder();
    [[2024, 1.4], [2025, 1.2], [2026, 1.0], [2027, 3.1], [2028, 2.6]].forEach(([y, v]) => b.add('C', 'poverty_rate', y!, v!, prov));
    const t = b.build();
    const h2027 = headline(t, [], VN_STANDARDS, 'C', 'poverty_rate', 2027);
    expect(h2027.changePp).toBeUndefined();
    expect(headline(t, [], VN_STANDARDS, 'C', 'poverty_rate', 2026).changePp).toBeCloseTo(-0.2);
    const s = t.series('C', 'poverty_rate');
    // 2027 alone under the new standard: no trend, whatever the old years say.
    expect(assess(s, { year: 2030, value: 0.5 }, VN_STANDARDS, 2027)).toMatchObject({ status: 'no-data', reason: 'no-trend' });
    // From 2028 the pace is computed within 2027–2028 only.
    expect(assess(s, { year: 2030, value: 0.5 }, VN_STANDARDS, 2028).pace?.from.year).toBe(2027);
    // A 2030 target is not judged with a 2026 figure (different standards).
    expect(assess(s, { year: 2030, value: 0.5 }, VN_STANDARDS, 2026)).toMatchObject({ status: 'no-data', reason: 'standard-break' });
  });
});
