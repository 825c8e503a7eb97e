import { describe, expect, it } from 'vitest';
import { parseUrlState, toSearch, type UrlState } from './url.ts';

describe('URL state', () => {
  it.each<[string, UrlState, string]>([
    ['?view=overview&lang=vi', { view: 'overview', year: null, indicator: 'poverty_rate', unit: null, lang: 'vi', extra: {} }, '?view=overview&lang=vi'],
    ['?view=map&year=2023&indicator=near_poor_rate&unit=481&lang=en&class=quantile',
      { view: 'map', year: 2023, indicator: 'near_poor_rate', unit: '481', lang: 'en', extra: { class: 'quantile' } },
      '?view=map&year=2023&indicator=near_poor_rate&unit=481&lang=en&class=quantile'],
    // The default indicator is left out of the URL; extra keys are written in name order.
    ['?view=allocation&year=2023&lang=vi&target=3.17&method=equal-pp&indicator=poverty_rate',
      { view: 'allocation', year: 2023, indicator: 'poverty_rate', unit: null, lang: 'vi', extra: { target: '3.17', method: 'equal-pp' } },
      '?view=allocation&year=2023&lang=vi&method=equal-pp&target=3.17'],
  ])('reads %s as the expected state and writes it back canonically', (q, state, canonical) => {
    expect(parseUrlState(q)).toEqual(state);
    expect(toSearch(state)).toBe(canonical);
    expect(parseUrlState(canonical)).toEqual(state);
  });
  it('falls back on bad values', () => {
    const s = parseUrlState('?view=hack&year=abc&lang=fr&indicator=<script>');
    expect(s).toMatchObject({ view: 'overview', year: null, lang: 'vi', indicator: 'poverty_rate' });
  });
  it('keeps view-specific keys and drops unsafe ones', () => {
    expect(parseUrlState('?method=proportional&__proto__=x&Bad=1').extra).toEqual({ method: 'proportional' });
  });
});
