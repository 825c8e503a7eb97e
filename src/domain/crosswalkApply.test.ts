import { describe, expect, it } from 'vitest';
import { addCrosswalk, crosswalkCounts, dayBefore, endMergedUnits } from './crosswalkApply.ts';
import type { Crosswalk } from './crosswalk.ts';
import { emptyDataset, type Dataset } from './dataset.ts';
import { todaysUnitsDataset } from './reexpress.ts';
import { makeUnit, UnitRegistry } from './units.ts';
import { tableOf } from './testing.ts';

const cwOf = (id: string, links: Crosswalk['links'], effective = '2025-07-01'): Crosswalk => ({ id, label: { vi: id, en: id }, effective, source: id, links });

// Three old communes with figures for 2024; two new units with 2025 figures. Nothing has an end date yet.
function dataset(crosswalks: Crosswalk[] = []): Dataset {
  const units = [
    makeUnit({ code: '99', level: 'province', nameVi: 'Tỉnh Tổng Hợp' }),
    makeUnit({ code: '99001', level: 'commune', parent: '99', nameVi: 'Xã Một' }),
    makeUnit({ code: '99002', level: 'commune', parent: '99', nameVi: 'Xã Hai' }),
    makeUnit({ code: '99003', level: 'commune', parent: '99', nameVi: 'Xã Ba' }),
    makeUnit({ code: '99100', level: 'commune', parent: '99', nameVi: 'Xã Mới', validFrom: '2025-07-01' }),
    makeUnit({ code: '99101', level: 'commune', parent: '99', nameVi: 'Xã Núi', validFrom: '2025-07-01' }),
  ];
  const table = tableOf([
    ['99001', 'poor_households', 2024, 40], ['99001', 'total_households', 2024, 1000],
    ['99002', 'poor_households', 2024, 60], ['99002', 'total_households', 2024, 1500],
    ['99003', 'poor_households', 2024, 90], ['99003', 'total_households', 2024, 900],
    ['99100', 'poor_households', 2025, 80], ['99100', 'total_households', 2025, 2600],
    ['99101', 'poor_households', 2025, 70], ['99101', 'total_households', 2025, 950],
  ]);
  return { ...emptyDataset(), id: 't', rootUnit: '99', units: new UnitRegistry(units), table, crosswalks };
}

const upload = cwOf('upload.csv', [
  { fromCode: '99001', fromName: 'Xã Một', toCode: '99100', kind: 'whole' },
  { fromName: 'Xã Hai', toCode: '99100', kind: 'whole' },
  { fromCode: '99003', fromName: 'Xã Ba', toCode: '99101', kind: 'partial' },
]);

describe('saving a crosswalk with the data', () => {
  it('ends the units it merges away the day before, by code or by name, and leaves the others', () => {
    const { dataset: ds, ended } = addCrosswalk(dataset(), upload);
    expect(ended.sort()).toEqual(['99001', '99002', '99003']);
    expect(ds.units.get('99001')!.validTo).toBe('2025-06-30');
    expect(ds.units.get('99002')!.validTo).toBe('2025-06-30');
    expect(ds.units.get('99100')!.validTo).toBeNull();
    expect(dayBefore('2025-01-01')).toBe('2024-12-31');
  });

  it('never ends a later vintage that reuses an old code, nor a unit with its own end date', () => {
    const units = [
      makeUnit({ code: '19753@-2025-06-30', officialCode: '19753', level: 'commune', nameVi: 'Phường Thuận Lộc', validTo: '2025-06-30' }),
      makeUnit({ code: '19753', level: 'commune', nameVi: 'Phường Phú Xuân', validFrom: '2025-07-01' }),
      makeUnit({ code: '19756', level: 'commune', nameVi: 'Phường Gia Hội', validTo: '2024-12-31' }),
    ];
    const cw = cwOf('x', [
      { fromCode: '19753', fromName: 'Phường Thuận Lộc', toCode: '19750', kind: 'partial' },
      { fromCode: '19756', fromName: 'Phường Gia Hội', toCode: '19753', kind: 'whole' },
    ]);
    expect(endMergedUnits(units, [cw])).toEqual(units);
  });

  it('replaces a stored crosswalk for the same new units and keeps one for other units', () => {
    const other = cwOf('other', [{ fromCode: '88001', fromName: 'Xã Khác', toCode: '88100', kind: 'whole' }]);
    const older = cwOf('older', [{ fromCode: '99001', fromName: 'Xã Một', toCode: '99100', kind: 'whole' }]);
    const { dataset: ds, replaced } = addCrosswalk(dataset([other, older]), upload);
    expect(replaced).toEqual(['older']);
    expect(ds.crosswalks!.map((c) => c.id)).toEqual(['other', 'upload.csv']);
  });

  it('is what "today\'s units" uses: whole merges summed, a partial link without a share not comparable', () => {
    const before = todaysUnitsDataset(dataset(), '2025-12-31');
    // Without the crosswalk the old communes are still "today's" units, and nothing moves.
    expect(before.dataset.table.value('99100', 'poor_households', 2024)).toBeUndefined();
    const { dataset: ds } = addCrosswalk(dataset(), upload);
    const today = todaysUnitsDataset(ds, '2025-12-31');
    expect(today.dataset.table.value('99100', 'poor_households', 2024)).toBe(40 + 60);
    expect(today.dataset.table.value('99100', 'poverty_rate', 2024)).toBeCloseTo((100 * 100) / 2500, 10);
    expect(today.dataset.table.value('99101', 'poor_households', 2024)).toBeUndefined();
    expect(today.notComparable).toContainEqual(expect.objectContaining({ code: '99101', reason: 'partial-without-share', years: [2024] }));
    expect(today.dataset.units.has('99001')).toBe(false);
  });

  it('counts links by kind and the units on each side', () => {
    const withShare = cwOf('s', [...upload.links, { fromCode: '99003', fromName: 'Xã Ba', toCode: '99100', kind: 'partial', share: 0.4 }]);
    expect(crosswalkCounts(withShare)).toEqual({ links: 4, whole: 2, partial: 2, partialWithShare: 1, unchanged: 0, oldUnits: 3, newUnits: 2 });
  });
});
