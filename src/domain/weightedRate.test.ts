import { describe, expect, it } from 'vitest';
import { weightedRate, sumCount } from './weightedRate.ts';
import { tableOf } from './testing.ts';
import { TableBuilder } from './tableBuilder.ts';
import type { ProvenanceKind } from './provenance.ts';

const withKinds = (rows: [string, string, number, number, ProvenanceKind][]) => {
  const b = new TableBuilder();
  rows.forEach(([u, i, y, v, kind], k) => b.add(u, i, y, v, { kind, source: 's' }, k + 2));
  return b.build();
};

describe('weightedRate', () => {
  it('weights by households, which a mean of rates gets wrong', () => {
    // A: 10 of 100 = 10%; B: 100 of 10,000 = 1%. Mean of rates = 5.5%; true rate = 110/10,100.
    const t = tableOf([
      ['A', 'poor_households', 2023, 10], ['A', 'total_households', 2023, 100], ['A', 'poverty_rate', 2023, 10],
      ['B', 'poor_households', 2023, 100], ['B', 'total_households', 2023, 10000], ['B', 'poverty_rate', 2023, 1],
    ]);
    const r = weightedRate(t, ['A', 'B'], 'poverty_rate', 2023);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.value).toBeCloseTo((100 * 110) / 10100, 10);
    expect(r.value).not.toBeCloseTo(5.5, 1);
    expect(r.numerator).toBe(110);
    expect(r.denominator).toBe(10100);
  });

  it('refuses when a member has only a rate, naming it', () => {
    const t = tableOf([
      ['A', 'poor_households', 2023, 10], ['A', 'total_households', 2023, 100],
      ['B', 'poverty_rate', 2023, 1],
    ]);
    expect(weightedRate(t, ['A', 'B'], 'poverty_rate', 2023)).toEqual({ ok: false, reason: 'only-rates', units: ['B'] });
  });

  it('refuses when a member has no data for the year', () => {
    const t = tableOf([['A', 'poor_households', 2023, 10], ['A', 'total_households', 2023, 100]]);
    expect(weightedRate(t, ['A', 'C'], 'poverty_rate', 2023)).toEqual({ ok: false, reason: 'missing', units: ['C'] });
  });

  it.each([
    ['poor_households', 'not-a-ratio'],
  ])('refuses %s: %s', (id, reason) => {
    const r = weightedRate(tableOf([]), ['A'], id, 2023);
    expect(r.ok ? 'ok' : r.reason).toBe(reason);
  });

  it('sums counts and names missing units', () => {
    const t = tableOf([['A', 'poor_households', 2023, 10], ['B', 'poor_households', 2023, 5]]);
    expect(sumCount(t, ['A', 'B'], 'poor_households', 2023)).toEqual({ ok: true, value: 15, kind: 'imported' });
    expect(sumCount(t, ['A', 'Z'], 'poor_households', 2023)).toEqual({ ok: false, units: ['Z'] });
  });

  it('takes the weakest provenance of the counts it sums (a group figure is derived)', () => {
    const t = withKinds([
      ['A', 'poor_households', 2025, 10, 'published'], ['A', 'total_households', 2025, 100, 'published'],
      ['B', 'poor_households', 2025, 5, 'illustrative'], ['B', 'total_households', 2025, 200, 'published'],
      ['C', 'poor_households', 2025, 4, 'expected'], ['C', 'total_households', 2025, 300, 'published'],
    ]);
    const kindOf = (units: string[]) => { const r = weightedRate(t, units, 'poverty_rate', 2025); return r.ok ? r.kind : r.reason; };
    expect(kindOf(['A'])).toBe('published');
    expect(kindOf(['A', 'C'])).toBe('expected');
    expect(kindOf(['A', 'B', 'C'])).toBe('illustrative');
    const sum = sumCount(t, ['A', 'C'], 'poor_households', 2025);
    expect(sum.ok && sum.kind).toBe('expected');
  });
});
