import { describe, expect, it } from 'vitest';
import { BaseAssembler, baseParts, sendsInParts } from './baseParts.ts';
import { emptyDataset, toPlain } from '../domain/dataset.ts';
import { UnitRegistry, makeUnit } from '../domain/units.ts';
import { tableOf } from '../domain/testing.ts';

const plainOf = (rows: number, units: number) => toPlain({
  ...emptyDataset(),
  units: new UnitRegistry(Array.from({ length: units }, (_, i) => makeUnit({ code: `U${i}`, level: 'commune', nameVi: `Xã ${i}`, parent: i % 2 ? 'P' : null }))),
  table: tableOf(Array.from({ length: rows }, (_, r) => [`U${r % units}`, r % 3 ? 'poverty_rate' : 'poor_households', 2000 + Math.floor(r / units), r + 0.25] as [string, string, number, number])),
});

describe('the page’s dataset sent to the worker in parts', () => {
  it('is put back together as it was, in parts of any size (through a structured clone)', () => {
    const plain = plainOf(1000, 37);
    for (const size of [1, 7, 333, 1000, 5000]) {
      const a = new BaseAssembler();
      for (const [part, transfer] of baseParts(plain, size)) a.accept(structuredClone(part, { transfer }));
      expect(a.take()).toEqual(plain);
    }
  });

  it('goes in parts only when it is large', () => {
    expect(sendsInParts(plainOf(100, 10))).toBe(false);
    expect(sendsInParts(plainOf(10, 2001))).toBe(true);
  });

  it('is asked for only once sent: a second take, or one before any part, fails', () => {
    const a = new BaseAssembler();
    expect(() => a.take()).toThrow();
    for (const [part] of baseParts(plainOf(10, 3), 4)) a.accept(part);
    a.take();
    expect(() => a.take()).toThrow();
  });
});
