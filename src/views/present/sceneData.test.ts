import { describe, expect, it } from 'vitest';
import { loadBuiltin } from '../../data/builtin.ts';
import { mapScene, sceneYears, statusRows } from './sceneData.ts';
import { shortName } from './charts.tsx';

const ds = loadBuiltin();

describe('scene data', () => {
  it('years and a map whose colours keep their meaning across years', () => {
    expect(sceneYears(ds, 'poverty_rate')).toEqual([2021, 2022, 2023, 2024, 2025]);
    const a = mapScene(ds, 'poverty_rate', 2021, 'vi');
    const b = mapScene(ds, 'poverty_rate', 2024, 'vi');
    expect(a.legend).toEqual(b.legend);
    expect(a.cells).toHaveLength(9);
    const al = (m: typeof a) => m.cells.find((c) => c.code === '481')!;
    expect(al(b).value).toBeCloseTo(14.34, 6);
    expect(al(a).color).toBe(a.legend[a.legend.length - 1]!.color);
  });
  it('status rows, highest rate first', () => {
    const rows = statusRows(ds, 2024, 'vi');
    expect(rows[0]!.code).toBe('481');
    expect(rows.map((r) => r.status.status).filter((s) => s === 'achieved')).toHaveLength(7);
  });
  it.each([['Huyện A Lưới', 'A Lưới'], ['Thị xã Hương Trà', 'Hương Trà'], ['A Luoi District', 'A Luoi'], ['Hue City', 'Hue']])('%s → %s', (a, b) => {
    expect(shortName(a)).toBe(b);
  });
});
