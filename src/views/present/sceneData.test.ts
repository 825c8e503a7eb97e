import { describe, expect, it } from 'vitest';
import { loadBuiltin } from '../../data/builtin.ts';
import { sceneCsv, sceneYears, statusRows } from './sceneData.ts';

const ds = loadBuiltin();

describe('scene data', () => {
  it('years with data at the root or a compared unit', () => {
    expect(sceneYears(ds, 'poverty_rate')).toEqual([2021, 2022, 2023, 2024, 2025]);
  });
  it('status rows, highest rate first', () => {
    const rows = statusRows(ds, 2024, 'vi');
    expect(rows[0]!.code).toBe('481');
    expect(rows.map((r) => r.status.status).filter((s) => s === 'achieved')).toHaveLength(8);
    expect(rows[0]!.status.provenance?.kind).toBe('expected');
  });
  it('the status CSV carries provenance, the as-reported rate and the verdict', () => {
    const csv = sceneCsv('status', ds, { indicator: 'poverty_rate', unit: null, extra: {} }, 2023, 'en');
    expect(csv.columns).toEqual(expect.arrayContaining(['provenance', 'rate_as_reported', 'verdict']));
    const al = csv.rows.find((r) => r[0] === '481')!;
    expect(al[csv.columns.indexOf('verdict')]).toBe('met');
  });
});
