import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { decodeCols, encodeCol, encodeCols, pack, unpack } from './packList.ts';
import { makeUnit } from '../domain/units.ts';

/** The page's copy of a packed list: through a structured clone, as between threads. */
const roundTrip = <T>(items: T[], nested: string[] = []) => unpack<T>(structuredClone(pack(items as object[], nested)));

describe('lists packed as columns for the worker’s messages', () => {
  it('gives back the same units, nested name and empty tags included, each with arrays of its own', () => {
    const units = [
      makeUnit({ code: '100', level: 'commune', nameVi: 'Xã Một', parent: 'H1' }),
      makeUnit({ code: '101@2025-07-01', level: 'commune', nameVi: 'Phường Hai', validFrom: '2025-07-01', tags: ['mountain'] }),
      { ...makeUnit({ code: '102', level: 'district', nameVi: 'Huyện Ba' }), tile: [1, 2] as [number, number], names: [{ vi: 'Cũ', en: 'Cu', ascii: 'cu', from: null, to: '2024-12-31' }] },
    ];
    const back = roundTrip(units, ['name']);
    expect(back).toEqual(units);
    expect(back[0]!.tags).not.toBe(back[2]!.tags);
    back[0]!.tags.push('x');
    expect(back[2]!.tags).toEqual([]);
    // One column per field (the name's three flattened), not one object per unit.
    const p = pack(units, ['name']);
    expect(p.paths).toContainEqual(['name', 'ascii']);
    expect(decodeCols(p.cols).every((c) => c.length === 3)).toBe(true);
  });

  it('gives back any list of flat or once-nested records (absent and undefined fields both absent)', () => {
    const value = fc.oneof(fc.string(), fc.integer(), fc.double({ noNaN: true }), fc.boolean(), fc.constant(null), fc.array(fc.string(), { maxLength: 3 }), fc.constant(undefined));
    const record = fc.record({
      a: value, b: value, c: fc.option(fc.record({ x: value, y: value }, { requiredKeys: [] }), { nil: undefined }),
    }, { requiredKeys: [] });
    // Undefined fields are dropped by the packing, so compare with the record without them.
    const defined = (o: Record<string, unknown>): Record<string, unknown> => Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)
      .map(([k, v]) => [k, v && typeof v === 'object' && !Array.isArray(v) ? defined(v as Record<string, unknown>) : v]));
    fc.assert(fc.property(fc.array(record, { maxLength: 30 }), (items) => {
      // A nested record whose fields are all undefined comes back absent.
      const want = items.map((o) => { const d = defined(o); if (d.c && !Object.keys(d.c).length) delete d.c; return d; });
      expect(roundTrip(items, ['c'])).toEqual(want);
    }), { numRuns: process.env.CI ? 2000 : 300 });
  });

  it('gives back records whose fields come in any order, nested ones too (each field to its own column)', () => {
    const keys = ['a', 'b', 'c', 'd'];
    const flat = fc.oneof(fc.string(), fc.integer(), fc.constant(null));
    const inner = fc.shuffledSubarray(['x', 'y', 'z']).chain((ks) => fc.tuple(...ks.map(() => flat)).map((vs) => Object.fromEntries(ks.map((k, i) => [k, vs[i]]))));
    // c and d are nested: the same inner names under two parents stay apart.
    const record = fc.shuffledSubarray(keys).chain((ks) => fc.tuple(...ks.map((k) => (k === 'c' || k === 'd' ? inner : flat))).map((vs) => Object.fromEntries(ks.map((k, i) => [k, vs[i]]))));
    fc.assert(fc.property(fc.array(record, { maxLength: 30 }), (items) => {
      const want = items.map((o) => Object.fromEntries(Object.entries(o).filter(([, v]) => !(v && typeof v === 'object' && !Object.keys(v).length))));
      expect(roundTrip(items, ['c', 'd'])).toEqual(want);
    }), { numRuns: process.env.CI ? 1000 : 300 });
  });

  it('gives back lists whose items all have every field, as the sparse ones do (nested and empty arrays too)', () => {
    const value = fc.oneof(fc.string(), fc.integer(), fc.double(), fc.boolean(), fc.constant(null), fc.array(fc.string(), { maxLength: 2 }));
    const record = fc.record({ a: value, b: value, c: fc.record({ x: value, y: value }) });
    fc.assert(fc.property(fc.array(record, { maxLength: 40 }), (items) => {
      const back = roundTrip(items, ['c']);
      expect(back).toEqual(items);
      // Same fields in the same order, and no two items share a nested object or an array.
      back.forEach((o, i) => expect(Object.keys(o)).toEqual(Object.keys(items[i]!)));
      if (back.length > 1) expect(back[0]!.c).not.toBe(back[1]!.c);
    }), { numRuns: process.env.CI ? 1000 : 200 });
  });

  it('sends a column equal to an earlier one, or of few distinct values, in short and gives back the same values', () => {
    const value = fc.oneof(fc.constantFrom('commune', 'district', 'new', ''), fc.constant(null), fc.constant(undefined), fc.integer({ min: -3, max: 3 }), fc.constantFrom(0, -0, NaN, 1.5), fc.string({ maxLength: 3 }));
    fc.assert(fc.property(fc.array(fc.array(value, { minLength: 40, maxLength: 40 }), { maxLength: 4 }), fc.boolean(), (cols, repeat) => {
      if (repeat && cols.length) cols.push([...cols[0]!]);
      const back = decodeCols(structuredClone(encodeCols(cols)));
      expect(back.length).toBe(cols.length);
      back.forEach((c, k) => c.forEach((v, i) => expect(Object.is(v, cols[k]![i])).toBe(true)));
    }), { numRuns: process.env.CI ? 1000 : 200 });
  });

  it('sends a column of many texts as one text and gives back the same texts, empty and half-pair ones included', () => {
    const text = fc.string({ unit: fc.oneof(fc.constantFrom('a', 'ệ', 'e\u0323\u0302', '\ud83d', '\ude00', '😀', '\u0000'), fc.string({ unit: 'binary', maxLength: 1 })), maxLength: 6 });
    fc.assert(fc.property(fc.array(text, { minLength: 32, maxLength: 120 }), (col) => {
      const coded = encodeCol(col, []);
      const back = decodeCols(structuredClone([coded]))[0]!;
      expect(back).toEqual(col);
      // Distinct enough not to go as a dictionary: then as one text.
      if (new Set(col.slice(0, 64)).size > 32) expect(coded).toHaveProperty('text');
    }), { numRuns: process.env.CI ? 500 : 100 });
  });

  it('codes a column of a few values in one byte per item, and names a repeated column by the first', () => {
    const level = Array.from({ length: 2000 }, (_, i) => (i % 7 ? 'commune' : 'ward'));
    const coded = encodeCol(level, []);
    expect(coded).toMatchObject({ dict: ['ward', 'commune'] });
    expect(encodeCol([...level], [level.map((l) => l.toUpperCase()), level])).toEqual({ same: 1 });
    // Many distinct values go as they are, unless all are texts; objects go as they are.
    const counts = Array.from({ length: 2000 }, (_, i) => i * 7);
    expect(encodeCol(counts, [])).toBe(counts);
    const codes = Array.from({ length: 2000 }, (_, i) => String(i));
    expect(encodeCol(codes, [])).toMatchObject({ text: codes.join('') });
    const mixed = [...codes.slice(0, 99), 5];
    expect(encodeCol(mixed, [])).toBe(mixed);
    const objects = Array.from({ length: 40 }, () => ({ a: 1 }));
    expect(encodeCol(objects, [])).toBe(objects);
  });
});
