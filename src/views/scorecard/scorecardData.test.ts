import { describe, expect, it } from 'vitest';
import { loadBuiltin } from '../../data/builtin.ts';
import { comparisonUnits } from '../../domain/dataset.ts';
import { unitStatuses } from '../../domain/status/index.ts';
import { deriveOverview } from '../overview/index.ts';
import { availableIndicators, chosenIndicators, deriveScorecard, parseSort } from './scorecardData.ts';

const ds = loadBuiltin();

describe('deriveScorecard on the built-in data', () => {
  const card = deriveScorecard({ dataset: ds, year: null, indicators: chosenIndicators(ds, undefined), lang: 'vi' });

  it('has the parent first, then one row per compared unit', () => {
    expect(card.rows[0]!.code).toBe(ds.rootUnit);
    expect(card.rows[0]!.parent).toBe(true);
    expect(card.rows.slice(1).map((r) => r.code).sort()).toEqual([...comparisonUnits(ds, card.year!)].sort());
  });

  it('takes every poverty-rate status from the status engine, as the overview does', () => {
    const byUnit = new Map(unitStatuses(ds, card.year!).map((s) => [s.unit, s.status]));
    for (const r of card.rows.slice(1)) expect(r.cells.poverty_rate!.status).toBe(byUnit.get(r.code));
    const o = deriveOverview({ dataset: ds, indicator: 'poverty_rate', year: card.year, unit: null, lang: 'vi' });
    expect(card.rows[0]!.cells.poverty_rate!.status).toBe(o.status!.status);
  });

  it('gives change and a trend arrow that agree in sign', () => {
    for (const r of card.rows) {
      const c = r.cells.poverty_rate!;
      if (c.change === undefined) continue;
      expect(c.trend).toBe(c.change < 0 ? 'down' : c.change > 0 ? 'up' : 'flat');
    }
  });

  it('filters units above or below the parent on the first indicator', () => {
    const parent = card.rows[0]!.cells.poverty_rate!.latest!.value;
    const above = deriveScorecard({ dataset: ds, year: null, indicators: ['poverty_rate'], lang: 'vi', filter: 'above' });
    const below = deriveScorecard({ dataset: ds, year: null, indicators: ['poverty_rate'], lang: 'vi', filter: 'below' });
    for (const r of above.rows.slice(1)) expect(r.cells.poverty_rate!.latest!.value).toBeGreaterThan(parent);
    for (const r of below.rows.slice(1)) expect(r.cells.poverty_rate!.latest!.value).toBeLessThan(parent);
    expect(above.rows.length + below.rows.length - 2).toBeLessThanOrEqual(card.total);
    expect(above.rows[0]!.parent && below.rows[0]!.parent).toBe(true);
  });

  it('sorts by value either way, and by name', () => {
    const asc = deriveScorecard({ dataset: ds, year: null, indicators: ['poverty_rate'], lang: 'vi', sort: { indicator: 'poverty_rate', key: 'value', desc: false } });
    const vals = asc.rows.slice(1).map((r) => r.cells.poverty_rate!.latest?.value ?? Infinity);
    expect(vals).toEqual([...vals].sort((a, b) => a - b));
    const byName = deriveScorecard({ dataset: ds, year: null, indicators: ['poverty_rate'], lang: 'vi', sort: { indicator: 'poverty_rate', key: 'name', desc: false } });
    const names = byName.rows.slice(1).map((r) => r.name);
    expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b, 'vi')));
  });

  it('reads the indicator list and sort from the URL, ignoring what is not there', () => {
    expect(availableIndicators(ds)).toContain('poverty_rate');
    expect(chosenIndicators(ds, 'poverty_rate,bogus')).toEqual(['poverty_rate']);
    expect(chosenIndicators(ds, 'bogus')).toEqual(availableIndicators(ds));
    expect(parseSort('poverty_rate:change:asc', ['poverty_rate'])).toEqual({ indicator: 'poverty_rate', key: 'change', desc: false });
    expect(parseSort('x:value:desc', ['poverty_rate'])).toBeUndefined();
  });
});
