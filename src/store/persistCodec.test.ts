import { describe, expect, it } from 'vitest';
import { decodeDataset, encodeDataset } from './persistCodec.ts';
import { emptyDataset } from '../domain/dataset.ts';
import { tableOf } from '../domain/testing.ts';
import { UnitRegistry, makeUnit } from '../domain/units.ts';

describe('persist codec', () => {
  it('round-trips a dataset through a structured-cloneable record', () => {
    const ds = { ...emptyDataset(), units: new UnitRegistry([makeUnit({ code: '481', level: 'district', nameVi: 'Huyện A Lưới' })]), table: tableOf([['481', 'poverty_rate', 2024, 20]]) };
    const rec = structuredClone(encodeDataset(ds, 'import a.csv', '2026-01-01T00:00:00Z'));
    const back = decodeDataset(rec);
    expect(back.label).toBe('import a.csv');
    expect(back.dataset.units.get('481')!.name.vi).toBe('Huyện A Lưới');
    expect(back.dataset.table.value('481', 'poverty_rate', 2024)).toBe(20);
    expect(back.dataset.table.at(0).row).toBe(2);
  });
  it('refuses an unknown schema', () => {
    expect(() => decodeDataset({ schema: 99 } as never)).toThrow();
  });
});
