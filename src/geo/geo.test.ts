import { describe, expect, it } from 'vitest';
import { readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { geoArea } from 'd3-geo';
import type { Polygon } from 'geojson';
import { BoundaryError, readBoundaries } from './boundaries.ts';
import { rewindGeometry, signedArea } from './rewind.ts';
import { joinFeatures, matchName, suggestProperty, type JoinUnit } from './join.ts';
import { tileLayout, type TileGrid } from './tiles.ts';
import { projectFeatures } from './project.ts';

/** Real boundaries from ../shared; a missing file fails the test (never skips). */
function shared(rel: string): string {
  const p = join(__dirname, '..', '..', '..', 'shared', 'data', 'boundaries', rel);
  if (!existsSync(p)) throw new Error(`Missing ${p}: the shared boundary files must be beside the project.`);
  return readFileSync(p, 'utf8');
}

const TTH_UNITS: JoinUnit[] = [
  ['474', 'Thành phố Huế'], ['476', 'Huyện Phong Điền'], ['477', 'Huyện Quảng Điền'], ['478', 'Huyện Phú Vang'],
  ['479', 'Thị xã Hương Thủy'], ['480', 'Thị xã Hương Trà'], ['481', 'Huyện A Lưới'], ['482', 'Huyện Phú Lộc'], ['483', 'Huyện Nam Đông'],
].map(([code, name]) => ({ code: code!, names: [name!] }));

function assertGrid(g: TileGrid, codes: string[]) {
  expect(g.tiles.map((t) => t.code).sort()).toEqual([...codes].sort());
  const cells = new Set(g.tiles.map((t) => `${t.col},${t.row}`));
  expect(cells.size).toBe(codes.length); // no overlaps
  for (const t of g.tiles) {
    expect(t.col).toBeGreaterThanOrEqual(0); expect(t.col).toBeLessThan(g.cols);
    expect(t.row).toBeGreaterThanOrEqual(0); expect(t.row).toBeLessThan(g.rows);
  }
}

describe('winding repair', () => {
  // A 1° square, counter-clockwise as RFC 7946 writes it, with a clockwise hole.
  const ccw = [[107, 16], [108, 16], [108, 17], [107, 17], [107, 16]];
  const hole = [[107.2, 16.2], [107.2, 16.8], [107.8, 16.8], [107.8, 16.2], [107.2, 16.2]];
  const rfc: Polygon = { type: 'Polygon', coordinates: [ccw, hole] };

  it('an RFC 7946 polygon would fill the globe in d3-geo; after repair it does not', () => {
    expect(geoArea(rfc)).toBeGreaterThan(2 * Math.PI);
    const fixed = rewindGeometry(rfc);
    expect(geoArea(fixed)).toBeLessThan(0.001);
    expect(signedArea(fixed.coordinates[0]!)).toBeLessThan(0); // exterior clockwise
    expect(signedArea(fixed.coordinates[1]!)).toBeGreaterThan(0); // hole counter-clockwise
  });

  it('leaves already-clockwise rings unchanged and handles MultiPolygons', () => {
    const cw = [...ccw].reverse();
    expect(rewindGeometry({ type: 'Polygon', coordinates: [cw] }).coordinates[0]).toEqual(cw);
    const m = rewindGeometry({ type: 'MultiPolygon', coordinates: [[ccw], [cw]] });
    expect(m.coordinates.every((p) => signedArea(p[0]!) < 0)).toBe(true);
  });

  it('every real district is small on the sphere after reading', () => {
    const set = readBoundaries(shared('tth-districts.topo.json'));
    for (const f of set.features) expect(geoArea(f)).toBeLessThan(0.01);
  });
});

describe('reading boundary files', () => {
  it('reads TopoJSON with properties and ids', () => {
    const set = readBoundaries(shared('tth-districts.topo.json'));
    expect(set.features).toHaveLength(9);
    expect(set.properties).toEqual(expect.arrayContaining(['id', 'code', 'name_vi', 'full_name_vi', 'name_ascii']));
    expect(set.bbox[0]).toBeGreaterThan(106);
  });

  it('reads GeoJSON FeatureCollections', () => {
    const fc = { type: 'FeatureCollection', features: [{ type: 'Feature', properties: { ten: 'Huế' }, geometry: { type: 'Polygon', coordinates: [[[107, 16], [108, 16], [108, 17], [107, 16]]] } }] };
    expect(readBoundaries(JSON.stringify(fc)).features[0]!.properties.ten).toBe('Huế');
  });

  it.each([
    ['not json', '{oops', 'not-json'],
    ['not geo', '{"type":"Foo"}', 'not-geo'],
    ['points only', '{"type":"FeatureCollection","features":[{"type":"Feature","properties":{},"geometry":{"type":"Point","coordinates":[1,2]}}]}', 'no-polygons'],
    ['projected metres', '{"type":"Polygon","coordinates":[[[500000,1800000],[510000,1800000],[510000,1810000],[500000,1800000]]]}', 'not-lonlat'],
  ])('refuses %s with a reason', (_n, text, code) => {
    try { readBoundaries(text); expect.unreachable(); } catch (e) {
      expect(e).toBeInstanceOf(BoundaryError);
      expect((e as BoundaryError).code).toBe(code);
    }
  });
});

describe('join', () => {
  const set = readBoundaries(shared('tth-districts.topo.json'));

  it.each([
    ['code', 9, 0], ['id', 9, 0], ['full_name_vi', 0, 9], ['name_vi', 0, 9], ['name_ascii', 0, 9],
  ])('by %s matches every district (code %i, name %i)', (prop, byCode, byName) => {
    const r = joinFeatures(set.features, prop, TTH_UNITS);
    expect([r.byCode, r.byName]).toEqual([byCode, byName]);
    expect(r.unmatchedFeatures).toEqual([]);
    expect(r.unmatchedUnits).toEqual([]);
    const hue = set.features.findIndex((f) => f.properties.code === '474');
    expect(r.featureUnit[hue]).toBe('474');
  });

  it.each([
    ['Thị xã Hương Thủy', 'huong thuy'], ['TX. Hương Thủy', 'huong thuy'], ['Huong Thuy', 'huong thuy'],
    ['Thành phố Huế', 'hue'], ['TP Huế', 'hue'], ['Quận 1', '1'], ['Q.1', '1'], ['Huyện A Lưới', 'a luoi'],
    ['Bà Rịa – Vũng Tàu', 'ba ria vung tau'], ['Quảng Điền', 'quang dien'], ['Tân Phú', 'tan phu'], ['Xuân Lộc', 'xuan loc'], ['Xã Đắk Lắk', 'dak lak'],
  ])('matchName(%s) = %s', (input, out) => expect(matchName(input)).toBe(out));

  it('reports unmatched both ways and never gives one unit two features', () => {
    const units = [...TTH_UNITS.slice(0, 8), { code: '999', names: ['Nowhere'] }];
    const r = joinFeatures(set.features, 'code', units);
    expect(r.unmatchedUnits).toEqual(['999']);
    expect(r.unmatchedFeatures.map((u) => u.key)).toEqual(['483']);
    const twice = joinFeatures([set.features[0]!, set.features[0]!], 'code', TTH_UNITS);
    expect(twice.featureUnit[1]).toBeNull();
  });

  it('codes with leading zeros meet; ambiguous names are not used', () => {
    const one = set.features[0]!;
    const f = { ...one, properties: { ma: '0474', ten: 'Hòa Bình' } };
    expect(joinFeatures([f], 'ma', TTH_UNITS).featureUnit).toEqual(['474']);
    const amb = [{ code: '1', names: ['Thành phố Hòa Bình'] }, { code: '2', names: ['Tỉnh Hoà Bình'] }];
    expect(joinFeatures([f], 'ten', amb).featureUnit).toEqual([null]);
  });

  it('suggests the property that matches most', () => {
    expect(['id', 'code', 'full_name_vi', 'name_vi', 'name_ascii']).toContain(suggestProperty(set.features, set.properties, TTH_UNITS));
    expect(suggestProperty(set.features, ['boundary_outdated_after_2021_07', 'code'], TTH_UNITS)).toBe('code');
  });
});

describe('tile layout', () => {
  it('hand-tuned layout for the nine built-in districts', () => {
    assertGrid(tileLayout(TTH_UNITS.map((u) => ({ code: u.code }))), TTH_UNITS.map((u) => u.code));
  });

  it.each([1, 2, 7, 30])('from order for %i units without centroids', (n) => {
    const codes = Array.from({ length: n }, (_, i) => `u${i}`);
    assertGrid(tileLayout(codes.map((code) => ({ code }))), codes);
  });

  it('from centroids keeps rough position and puts coincident centroids in different cells', () => {
    const g = tileLayout([{ code: 'w', x: 0, y: 5 }, { code: 'e', x: 10, y: 5 }, { code: 'a', x: 5, y: 5 }, { code: 'b', x: 5, y: 5 }]);
    assertGrid(g, ['w', 'e', 'a', 'b']);
    const col = (c: string) => g.tiles.find((t) => t.code === c)!.col;
    expect(col('w')).toBeLessThan(col('a'));
    expect(col('e')).toBeGreaterThan(col('b'));
  });

  it('all ~700 districts of Vietnam from their centroids: none lost, none overlapping', () => {
    const set = readBoundaries(shared('vn-districts.topo.json'));
    const proj = projectFeatures(set.features, 800, 1000);
    const items = set.features.map((f, i) => ({ code: String(f.properties.code), x: proj[i]!.cx, y: proj[i]!.cy }));
    expect(items.length).toBeGreaterThan(680);
    expect(items.every((i) => Number.isFinite(i.x))).toBe(true);
    assertGrid(tileLayout(items), items.map((i) => i.code));
  }, 60_000); // reads and projects a 1.5 MB file: generous for a loaded 2-core machine
});
