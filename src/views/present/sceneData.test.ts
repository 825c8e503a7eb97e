import { describe, expect, it } from 'vitest';
import { loadBuiltin } from '../../data/builtin.ts';
import { noneBehindText, sceneCsv, sceneYears, statusRows } from './sceneData.ts';

const ds = loadBuiltin();

describe('scene data', () => {
  it('years with data at the root or a compared unit', () => {
    expect(sceneYears(ds, 'poverty_rate')).toEqual([2021, 2022, 2023, 2024, 2025]);
  });
  it('"none behind" is good news only about units that could be judged', () => {
    const t = (k: string, o?: Record<string, unknown>) => `${k} ${JSON.stringify(o ?? {})}`;
    // 2025: the 40 new units have one year of figures and no target of their own: none can be judged.
    const y2025 = statusRows(ds, 2025, 'en');
    expect(y2025.every((r) => r.status.status === 'no-data')).toBe(true);
    expect(noneBehindText(y2025, t)).toBe(`noneJudged ${JSON.stringify({ unjudged: y2025.length })}`);
    // 2024: every district judged, none behind.
    const y2024 = statusRows(ds, 2024, 'en');
    expect(noneBehindText(y2024, t)).toBe('noneBehind {}');
    const mixed = [...y2024, y2025[0]!];
    expect(noneBehindText(mixed, t)).toBe(`noneBehindSome ${JSON.stringify({ judged: y2024.length, unjudged: 1 })}`);
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
