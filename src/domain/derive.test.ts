import { describe, expect, it } from 'vitest';
import { deriveRates } from './derive.ts';
import { tableOf } from './testing.ts';

describe('deriveRates', () => {
  it('adds a derived rate where only counts exist', () => {
    const { table, added } = deriveRates(tableOf([['A', 'poor_households', 2022, 50], ['A', 'total_households', 2022, 1000]]));
    expect(added).toBe(1);
    const r = table.find('A', 'poverty_rate', 2022);
    expect(table.at(r).value).toBeCloseTo(5, 10);
    expect(table.at(r).provenance.kind).toBe('derived');
  });

  it('keeps a given rate and warns when it disagrees with its counts by more than 0.05 pp', () => {
    const { table, disagreements } = deriveRates(tableOf([
      ['A', 'poor_households', 2022, 50], ['A', 'total_households', 2022, 1000], ['A', 'poverty_rate', 2022, 5.2],
      ['B', 'poor_households', 2022, 50], ['B', 'total_households', 2022, 1000], ['B', 'poverty_rate', 2022, 5.04],
    ]));
    expect(table.value('A', 'poverty_rate', 2022)).toBe(5.2);
    expect(disagreements).toHaveLength(1);
    expect(disagreements[0]).toMatchObject({ unit: 'A', year: 2022, given: 5.2, numerator: 50, denominator: 1000, row: 4 });
    expect(disagreements[0]!.fromCounts).toBeCloseTo(5, 10);
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
