import { describe, expect, it } from 'vitest';
import { loadBuiltin } from '../../data/builtin.ts';
import { readParams, defaultParentTarget, baseYearsOf, parentKeys } from './params.ts';
import { statusOf } from '../../domain/status/index.ts';
import { buildModel } from './model.ts';
import { TableBuilder } from '../../domain/tableBuilder.ts';
import { exportRows } from './exportTable.ts';
import { exportColumns } from './exportColumns.ts';
import { writeCsv } from '../../ingest/papa.ts';

const ds = loadBuiltin();

describe('allocation params', () => {
  it('defaults to the province 3.17% target, 2022 → 2023, proportional', () => {
    expect(defaultParentTarget(ds)?.value).toBe(3.17);
    const p = readParams(ds, {});
    expect(p).toEqual({ method: 'proportional', base: 2022, ty: 2023, parent: { kind: 'rate', rate: 3.17 }, parentSet: true, floorRate: 0 });
    expect(baseYearsOf(ds)).toContain(2022);
  });

  it.each([
    [{ method: 'equal-pp', tc: '1,2', cap: '20' }, { method: 'equal-pp', parent: { kind: 'cut-pp', pp: 1.2 }, capPct: 20 }],
    [{ th: '1500', floor: '0.5' }, { parent: { kind: 'households', households: 1500 }, floorRate: 0.5 }],
    [{ method: 'bogus', base: 'x', ty: '2020' }, { method: 'proportional', base: 2022, ty: 2023 }],
  ])('reads %o', (extra, expected) => {
    expect(readParams(ds, extra)).toMatchObject(expected);
  });

  it('has no parent target when neither the data nor the URL gives one (nothing is made up)', () => {
    const none = { ...ds, targets: [] };
    expect(readParams(none, {}).parentSet).toBe(false);
    expect(readParams(none, { tr: '2.5' })).toMatchObject({ parentSet: true, parent: { kind: 'rate', rate: 2.5 } });
    expect(readParams(none, { th: '100' }).parentSet).toBe(true);
  });

  it('base years are those where every compared unit has both counts', () => {
    const years = baseYearsOf(ds);
    expect(years.length).toBeGreaterThan(0);
    // Drop one district's households in the first base year: that year is no longer a base year.
    const y = years[0]!;
    const cols = ds.table.toColumns();
    const keep = (r: number) => !(cols.units[cols.unit[r]!] === '481' && cols.indicators[cols.indicator[r]!] === 'total_households' && cols.year[r] === y);
    const rows = [...ds.table.records()].filter((_, r) => keep(r));
    const b = new TableBuilder();
    for (const o of rows) b.add(o.unit, o.indicator, o.year, o.value, o.provenance, o.row);
    expect(baseYearsOf({ ...ds, table: b.build() })).not.toContain(y);
  });

  it('writes one target key and clears the others', () => {
    expect(parentKeys({ kind: 'cut-pp', pp: 1 })).toEqual({ tr: undefined, tc: '1', th: undefined });
  });
});

describe('allocation model', () => {
  it.each(['proportional', 'equal-pp', 'need-weighted'] as const)('%s: totals reconcile to the parent target', (method) => {
    const m = buildModel(ds, { ...readParams(ds, {}), method }, [], 'vi');
    expect(m.rows).toHaveLength(9);
    expect(m.totals.reconciles).toBe(true);
    expect(m.totals.targetPoor).toBe(10448);
    expect(m.totals.households).toBe(329600);
    expect(m.totals.cut).toBe(1287);
    // Actual 2023 rate is household-weighted over the districts.
    expect(m.totals.actualRate).toBeCloseTo((100 * 7540) / m.rows.reduce((s, r) => s + ds.table.value(r.code, 'total_households', 2023)!, 0), 6);
    // The allocation's own target judged at its year (2023): a verdict per unit.
    for (const r of m.rows) expect(r.verdict?.year).toBe(2023);
    // The districts' 2023 figures are illustrative (A Lưới's is published): the total summed from them is too.
    expect(m.rows.find((r) => r.code === '481')?.actualKind).toBe('published');
    expect(m.rows.find((r) => r.code === '474')?.actualKind).toBe('illustrative');
    expect(m.totals.actualKind).toBe('illustrative');
  });

  it('the status column is the status engine’s word at the screen’s year, with provenance and flags', () => {
    const m = buildModel(ds, readParams(ds, {}), [], 'vi', 2024);
    for (const r of m.rows) expect(r.status).toBe(statusOf(ds, r.code, 2024).status);
    expect(m.rows.find((r) => r.code === '481')).toMatchObject({ statusYear: 2024, statusKind: 'expected', flagged: false });
  });

  it('a lock re-balances the others and is marked', () => {
    const p = readParams(ds, {});
    const m = buildModel(ds, p, [{ code: '481', targetPoor: 4500, reason: 'plan' }], 'en');
    expect(m.rows.find((r) => r.code === '481')).toMatchObject({ locked: true, targetPoor: 4500, lockReason: 'plan' });
    expect(m.totals.targetPoor).toBe(10448);
    expect(m.rows.find((r) => r.code === '474')!.name).toBe('Hue City');
  });

  it('sparkline points carry their standard', () => {
    const m = buildModel(ds, readParams(ds, {}), [], 'vi');
    const spark = m.rows[0]!.spark;
    expect(spark.length).toBeGreaterThan(1);
    expect(spark.every((s) => s.standard === '2022-2025')).toBe(true);
  });
});

describe('export', () => {
  it('says what the screen says: the status word on an expected figure, and the actual rate’s provenance', async () => {
    const i18n = (await import('../../i18n/index.ts')).initI18n('vi');
    const m = buildModel(ds, readParams(ds, {}), [], 'vi', 2024);
    const cols = exportColumns(['unit', 'actual', 'status'], i18n.getFixedT('vi'), 'vi');
    expect(cols.map((c) => c.id)).toEqual(['code', 'unit', 'actual', 'actualKind', 'status']);
    const rows = exportRows(cols, m.rows, { row: 1, value: (id) => cols.find((c) => c.id === id)!.total(m.totals, 'Tổng') });
    const aLuoi = rows.find((r) => r[0] === '481')!;
    expect(aLuoi[4]).toMatch(/^Dự kiến /);
    expect(aLuoi[3]).toBe('Số liệu công bố');
    expect(rows.find((r) => r[0] === '474')![3]).toBe('Số liệu minh họa');
    expect(rows[rows.length - 1]![3]).toBe('Số liệu minh họa');
  });

  it('rows as shown plus the totals row, through the one CSV writer', () => {
    const rows = exportRows([{ id: 'n', header: 'name', value: (r: { n: string; v: number }) => r.n }, { id: 'v', header: 'v', value: (r) => r.v }],
      [{ n: '@x, "y"', v: -3 }], { row: 1, value: (id) => (id === 'n' ? 'Total' : 1) });
    const csv = writeCsv(rows, { bom: true });
    expect(csv.startsWith('\uFEFFname,v\r\n')).toBe(true);
    expect(csv).toContain(`"'@x, ""y""",-3\r\n`);
    expect(csv.endsWith('\r\nTotal,1')).toBe(true);
  });
});
