import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import { checkVintage } from './vintage.ts';
import { joinFeatures, suggestProperty } from './join.ts';
import { readBoundaries, type BoundaryFeature } from './boundaries.ts';
import { loadBuiltin } from '../data/builtin.ts';
import { comparisonUnits } from '../domain/dataset.ts';

const ds = loadBuiltin();

function check(features: BoundaryFeature[], properties: string[], year: number, prop?: string) {
  const units = comparisonUnits(ds, year);
  const joinUnits = units.map((c) => { const u = ds.units.get(c)!; return { code: c, names: [u.name.vi, u.name.en, u.name.ascii] }; });
  const p = prop ?? suggestProperty(features, properties, joinUnits) ?? 'id';
  return { units, vintage: checkVintage(features, p, joinFeatures(features, p, joinUnits), units, ds.units) };
}

const square = (x: number, props: Record<string, unknown>): BoundaryFeature => ({
  type: 'Feature', properties: props,
  geometry: { type: 'Polygon', coordinates: [[[107 + x, 16], [107.1 + x, 16], [107.1 + x, 16.1], [107 + x, 16.1], [107 + x, 16]]] },
});

describe('boundary file against the units of the year', () => {
  it('flags districts drawn for communes of the same name, and names the communes left without a shape', () => {
    // Three districts of 2021–2024 by name: two share a name with a commune of 2025.
    const fs = [square(0, { name: 'Huyện Phú Vang' }), square(0.2, { name: 'Huyện Nam Đông' }), square(0.4, { name: 'Huyện A Lưới' })];
    const { units, vintage } = check(fs, ['name'], 2025, 'name');
    expect(vintage.mismatch).toBe(true);
    expect(vintage.other.areas).toBe(3);
    expect(vintage.doubtful.map((d) => [ds.units.get(d.unit)!.level, ds.units.get(d.other)!.level])).toEqual([['commune', 'district'], ['commune', 'district']]);
    expect(vintage.missing).toHaveLength(units.length - 2);
    expect(vintage.other.validTo! < '2025-07-01').toBe(true);
  });

  it('does not flag a file of the year\'s own units matched by code, even where names also fit an old district', () => {
    const fs = comparisonUnits(ds, 2025).map((c, i) => square(i * 0.01, { code: c, name: ds.units.get(c)!.name.vi }));
    const { vintage } = check(fs, ['code', 'name'], 2025);
    expect(vintage).toMatchObject({ mismatch: false, missing: [], doubtful: [] });
  });

  it('reads the real files: 2021–2024 districts on 2025 (and the 2025 communes on 2024) are another vintage; each on its own year is not', () => {
    const files = ['../shared/data/boundaries/tth-districts.topo.json', '../shared/data/reform/hue-communes-2025.topo.json'];
    if (!files.every(existsSync)) {
      if (process.env.CI) throw new Error(`${files.join(', ')} missing: the test data in ../shared is required in CI`);
      console.warn('skipping: ../shared boundary files not found (not CI)');
      return;
    }
    const [districts, communes] = files.map((f) => readBoundaries(JSON.parse(readFileSync(f, 'utf8'))));
    const d2025 = check(districts!.features, districts!.properties, 2025).vintage;
    expect(d2025.mismatch).toBe(true);
    // Eight of nine: "Huế" names both the city (46) and its old urban district (474), so it is left ambiguous.
    expect(d2025.other.areas).toBe(8);
    expect(check(districts!.features, districts!.properties, 2024).vintage.mismatch).toBe(false);
    const c2024 = check(communes!.features, communes!.properties, 2024).vintage;
    expect(c2024.mismatch).toBe(true);
    expect(c2024.other.validFrom).toBe('2025-07-01');
    expect(check(communes!.features, communes!.properties, 2025).vintage).toMatchObject({ mismatch: false, missing: [] });
  });
});
