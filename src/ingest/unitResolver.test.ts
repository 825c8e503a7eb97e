import { describe, expect, it } from 'vitest';
import { makeUnit } from '../domain/units.ts';
import { UnitResolver } from './unitResolver.ts';
import { expandIssues } from './issues.ts';

const hue = makeUnit({ code: '46', level: 'province', nameVi: 'Thừa Thiên Huế' });

describe('units new in the file', () => {
  it('hang under a parent that is itself new in the file, found by name or by code', () => {
    const r = new UnitResolver([hue]);
    r.resolve(2, 'QN', 'Tỉnh Quảng Nam', 2024);
    r.resolve(3, '', 'Tiên Phước (huyện, Quảng Nam)', 2024);
    r.resolve(4, 'X1', 'Xã Tiên Kỳ', 2024, 'QN');
    r.resolve(5, 'X2', 'Xã Không Cha', 2024, 'Không Có');
    r.resolve(6, 'X3', 'Xã Dưới Huế', 2024, '46');
    const parents = Object.fromEntries(r.newUnits().map((u) => [u.name.vi, u.parent]));
    expect(parents).toEqual({ 'Tỉnh Quảng Nam': null, 'Tiên Phước': 'QN', 'Xã Tiên Kỳ': 'QN', 'Xã Không Cha': null, 'Xã Dưới Huế': '46' });
  });

  it('take the first new unit of a name when two share it, and only units met before', () => {
    const r = new UnitResolver([]);
    r.resolve(2, '', 'Xã Con (xã, Huyện Sau)', 2024);
    r.resolve(3, 'A', 'Huyện Sau', 2024);
    r.resolve(4, 'B', 'Huyện Sau', 2024);
    r.resolve(5, '', 'Xã Cháu (xã, Huyện Sau)', 2024);
    const parents = Object.fromEntries(r.newUnits().map((u) => [u.name.vi, u.parent]));
    expect(parents['Xã Con']).toBeNull();
    expect(parents['Xã Cháu']).toBe('A');
  });

  it('are matches with their level and parent, listed in one warning', () => {
    const r = new UnitResolver([]);
    const m = r.resolve(7, 'X9', 'Phường Mới', 2024, '');
    expect(m).toEqual({ raw: 'Phường Mới', key: 'moi', rows: 1, firstRow: 7, suggestions: [], code: 'X9', status: 'new', level: 'commune', parent: null });
    expect(r.resolve(9, 'X9', 'Phường Mới', 2025)).toBe(m);
    expect(m.rows).toBe(2);
    r.resolve(3, 'X8', 'Xã Trước', 2024);
    const w = r.warnings('f.csv', () => 'Tên');
    // In file order (first row first), whatever order they were resolved in.
    expect(w.map((i) => [i.row, i.code, i.params])).toEqual([[3, 'units_unmatched', { n: 2, first: 'Xã Trước, Phường Mới' }]]);
    expect(w[0]!.items).toEqual({ value: ['Xã Trước', 'Phường Mới'], row: [3, 7], column: ['Tên', 'Tên'], suggestions: ['–', '–'] });
    expect(expandIssues(w).map((i) => [i.row, i.value, i.code, i.column, i.params])).toEqual([
      [3, 'Xã Trước', 'unit_unmatched', 'Tên', { suggestions: '–' }], [7, 'Phường Mới', 'unit_unmatched', 'Tên', { suggestions: '–' }],
    ]);
    expect(new UnitResolver([]).warnings('f.csv')).toEqual([]);
  });
});
