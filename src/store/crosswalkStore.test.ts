import { describe, expect, it } from 'vitest';
import { encodeDataset } from './persistCodec.ts';
import { readStored } from './validate.ts';
import { addCrosswalk } from '../domain/crosswalkApply.ts';
import { emptyDataset } from '../domain/dataset.ts';
import { tableOf } from '../domain/testing.ts';
import { UnitRegistry, makeUnit } from '../domain/units.ts';
import type { Crosswalk } from '../domain/crosswalk.ts';

const cw: Crosswalk = {
  id: 'upload.csv', label: { vi: 'upload.csv', en: 'upload.csv' }, effective: '2025-07-01', source: 'upload.csv',
  links: [{ fromCode: '99001', fromName: 'Xã Một', toCode: '99100', kind: 'whole' }, { fromName: 'Xã Ba', toCode: '99101', kind: 'partial', share: 0.4 }],
};
const base = { ...emptyDataset(), units: new UnitRegistry([makeUnit({ code: '99001', level: 'commune', nameVi: 'Xã Một' })]), table: tableOf([['99001', 'poor_households', 2024, 40]]) };

describe('a crosswalk saved with the data', () => {
  it('survives storage (structured clone, then the schema) with the unit it ended', () => {
    const rec = structuredClone(encodeDataset(addCrosswalk(base, cw).dataset, 'Bảng chuyển đổi: upload.csv', '2026-01-01T00:00:00Z'));
    const read = readStored(rec);
    expect(read.ok).toBe(true);
    if (!read.ok) return;
    expect(read.record.dataset.crosswalks).toEqual([cw]);
    expect(read.record.dataset.units.find((u) => u.code === '99001')!.validTo).toBe('2025-06-30');
  });

  it('is refused as corrupt when a link is malformed, naming where', () => {
    const bad = structuredClone(encodeDataset({ ...base, crosswalks: [cw] }, 'x', '2026-01-01T00:00:00Z'));
    (bad.dataset.crosswalks![0]!.links[1] as { kind: string }).kind = 'sideways';
    expect(readStored(bad)).toMatchObject({ ok: false, reason: 'corrupt', detail: 'dataset.crosswalks.0.links.1.kind' });
    const share = structuredClone(encodeDataset({ ...base, crosswalks: [{ ...cw, links: [{ ...cw.links[1]!, share: 4 }] }] }, 'x', '2026-01-01T00:00:00Z'));
    expect(readStored(share)).toMatchObject({ ok: false, reason: 'corrupt' });
  });
});
