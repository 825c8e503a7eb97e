import { describe, expect, it } from 'vitest';
import { contradictions, deriveRates } from './derive.ts';
import { TableBuilder } from './tableBuilder.ts';
import { tableOf } from './testing.ts';

describe('deriveRates', () => {
  it('adds a derived rate where only counts exist', () => {
    const { table, added } = deriveRates(tableOf([['A', 'poor_households', 2022, 50], ['A', 'total_households', 2022, 1000]]));
    expect(added).toBe(1);
    const r = table.find('A', 'poverty_rate', 2022);
    expect(table.at(r).value).toBeCloseTo(5, 10);
    // tableOf marks rows 'imported': the derived rate takes the weakest kind of its counts.
    expect(table.at(r).provenance).toMatchObject({ kind: 'imported', derived: true });
  });

  it('a rate derived from illustrative counts is illustrative; from an expected count, expected', () => {
    const b = new TableBuilder();
    b.add('A', 'poor_households', 2022, 50, { kind: 'illustrative', source: 'i' });
    b.add('A', 'total_households', 2022, 1000, { kind: 'published', source: 'p' });
    b.add('B', 'poor_households', 2024, 20, { kind: 'expected', source: 'e', note: 'not final' });
    b.add('B', 'total_households', 2024, 1000, { kind: 'published', source: 'p' });
    const { table } = deriveRates(b.build());
    expect(table.at(table.find('A', 'poverty_rate', 2022)).provenance).toMatchObject({ kind: 'illustrative', derived: true });
    expect(table.at(table.find('B', 'poverty_rate', 2024)).provenance).toMatchObject({ kind: 'expected', derived: true, note: 'not final' });
  });

  it('beyond 0.05 pp the counts win: the rate from the counts is used and the given one kept as reported', () => {
    const { table, disagreements } = deriveRates(tableOf([
      ['A', 'poor_households', 2022, 50], ['A', 'total_households', 2022, 1000], ['A', 'poverty_rate', 2022, 5.2],
      ['B', 'poor_households', 2022, 50], ['B', 'total_households', 2022, 1000], ['B', 'poverty_rate', 2022, 5.04],
    ]));
    expect(table.value('A', 'poverty_rate', 2022)).toBeCloseTo(5, 10);
    expect(table.at(table.find('A', 'poverty_rate', 2022)).provenance).toMatchObject({ derived: true, asReported: 5.2 });
    // Within the tolerance the given rate stays as given.
    expect(table.value('B', 'poverty_rate', 2022)).toBe(5.04);
    expect(table.at(table.find('B', 'poverty_rate', 2022)).provenance.derived).toBeUndefined();
    expect(disagreements).toHaveLength(1);
    expect(disagreements[0]).toMatchObject({ unit: 'A', year: 2022, given: 5.2, numerator: 50, denominator: 1000, row: 4 });
    expect(disagreements[0]!.fromCounts).toBeCloseTo(5, 10);
    expect([...contradictions(table, 'poverty_rate')]).toEqual([['A', [2022]]]);
  });

  it('22.59% given against 624 / 27,623: 2.26% everywhere, flagged; deriving again keeps the flag', () => {
    const once = deriveRates(tableOf([['X', 'poor_households', 2025, 624], ['X', 'total_households', 2025, 27623], ['X', 'poverty_rate', 2025, 22.59]])).table;
    const twice = deriveRates(once);
    for (const t of [once, twice.table]) {
      expect(t.value('X', 'poverty_rate', 2025)).toBeCloseTo((100 * 624) / 27623, 10);
      expect(t.at(t.find('X', 'poverty_rate', 2025)).provenance.asReported).toBe(22.59);
    }
    expect(twice.disagreements).toHaveLength(1);
  });

  it('derives near-poor rates with the same relation', () => {
    const { table } = deriveRates(tableOf([['A', 'near_poor_households', 2022, 30], ['A', 'total_households', 2022, 600]]));
    expect(table.value('A', 'near_poor_rate', 2022)).toBeCloseTo(5, 10);
  });

  it('does not derive when the denominator is missing or zero', () => {
    const { added } = deriveRates(tableOf([['A', 'poor_households', 2022, 30], ['B', 'poor_households', 2022, 1], ['B', 'total_households', 2022, 0]]));
    expect(added).toBe(0);
  });
});
