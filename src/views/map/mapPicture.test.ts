import { describe, expect, it } from 'vitest';
import { loadBuiltin } from '../../data/builtin.ts';
import { sequentialColors } from '../../geo/palette.ts';
import { mapPicture } from './mapPicture.ts';
import { computeScale, deriveMap, readSettings } from './mapSeries.ts';
import { comparisonUnits } from '../../domain/dataset.ts';

const ds = loadBuiltin();

describe('mapPicture (the map on slides and in print)', () => {
  it('keeps a colour’s meaning across years (classes pooled by default)', () => {
    const a = mapPicture(ds, 'poverty_rate', 2021, 'vi');
    const b = mapPicture(ds, 'poverty_rate', 2024, 'vi');
    expect(a.legend.map((l) => [l.from, l.to, l.color])).toEqual(b.legend.map((l) => [l.from, l.to, l.color]));
    expect(a.cells).toHaveLength(9);
    const al = (m: typeof a) => m.cells.find((c) => c.code === '481')!;
    expect(al(b).value).toBeCloseTo(14.34, 6);
    // A Lưới has the highest rate: the darkest class.
    expect(al(a).color).toBe(a.legend[a.legend.length - 1]!.color);
  });

  it('uses the user’s palette, number of classes and method, as the map screen does', () => {
    const extra = { palette: 'oranges', k: '3', class: 'equal' };
    const pic = mapPicture(ds, 'poverty_rate', 2024, 'en', extra);
    expect(pic.legend.map((l) => l.color)).toEqual(sequentialColors('oranges', 3));
    const units = comparisonUnits(ds, 2024);
    const s = readSettings(extra);
    const screen = deriveMap(ds, 'poverty_rate', 2024, units, s, 'en', computeScale(ds, 'poverty_rate', units, s, 2024));
    for (const c of pic.cells) expect(c.color).toBe(screen.byCode.get(c.code)?.color ?? null);
  });

  it('relative to target: the legend reads as differences, the tiles still show the rate', () => {
    const pic = mapPicture(ds, 'poverty_rate', 2024, 'vi', { class: 'target' });
    expect(pic.relative).toBe(true);
    expect(pic.legend.some((l) => l.from < 0)).toBe(true);
    expect(pic.cells.find((c) => c.code === '481')!.value).toBeCloseTo(14.34, 6);
  });
});
