import { describe, expect, it } from 'vitest';
import { ObservationTable, TableBuilder, mergeTables } from './observations.ts';
import { tableOf } from './testing.ts';

describe('ObservationTable', () => {
  const t = tableOf([
    ['B', 'poverty_rate', 2023, 3], ['A', 'poverty_rate', 2022, 5], ['A', 'poverty_rate', 2021, 6],
    ['A', 'poor_households', 2021, 60], ['B', 'poverty_rate', 2021, 4],
  ]);

  it('selects a series by unit and indicator, ordered by year', () => {
    expect(t.series('A', 'poverty_rate')).toMatchObject({ years: [2021, 2022], values: [6, 5] });
    expect(t.series('B', 'poverty_rate').years).toEqual([2021, 2023]);
    expect(t.series('Z', 'poverty_rate').years).toEqual([]);
  });

  it('finds single values and reports absence', () => {
    expect(t.value('B', 'poverty_rate', 2023)).toBe(3);
    expect(t.value('B', 'poverty_rate', 2022)).toBeUndefined();
    expect(t.value('A', 'poor_households', 2021)).toBe(60);
  });

  it('dictionary-encodes strings and lists years', () => {
    expect(t.unitCodes).toEqual(['A', 'B']);
    expect(t.indicatorIds).toEqual(['poor_households', 'poverty_rate']);
    expect(t.years()).toEqual([2021, 2022, 2023]);
    expect(t.toColumns().provenances).toHaveLength(1);
  });

  it('round-trips through its columns', () => {
    const back = ObservationTable.fromColumns(structuredClone(t.toColumns()));
    expect([...back.records()]).toEqual([...t.records()]);
  });

  it('keeps the last of repeated keys and merges by upsert', () => {
    const b = new TableBuilder();
    b.add('A', 'x', 2020, 1, { kind: 'imported', source: 'f' });
    b.add('A', 'x', 2020, 2, { kind: 'imported', source: 'g' });
    const one = b.build();
    expect(one.size).toBe(1);
    expect(one.value('A', 'x', 2020)).toBe(2);
    const merged = mergeTables(t, tableOf([['A', 'poverty_rate', 2022, 4.5], ['C', 'poverty_rate', 2022, 1]]), 'merge');
    expect(merged.value('A', 'poverty_rate', 2022)).toBe(4.5);
    expect(merged.value('A', 'poverty_rate', 2021)).toBe(6);
    expect(merged.value('C', 'poverty_rate', 2022)).toBe(1);
    expect(mergeTables(t, one, 'replace').size).toBe(1);
  });
});

describe('displayIndicatorsIn', () => {
  it('lists catalogue indicators first, then custom ones, and never targets', async () => {
    const { displayIndicatorsIn } = await import('./catalogue.ts');
    expect(displayIndicatorsIn(['zz_custom', 'total_households', 'target_rate', 'poverty_rate', 'literacy_rate']))
      .toEqual(['poverty_rate', 'total_households', 'literacy_rate', 'zz_custom']);
  });
});
