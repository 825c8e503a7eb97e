import { describe, expect, it } from 'vitest';
import { assess } from './assess.ts';
import { recentPace } from './pace.ts';
import { VN_STANDARDS } from '../standards.ts';

const s = (pairs: [number, number][]) => ({ years: pairs.map((p) => p[0]), values: pairs.map((p) => p[1]) });
const T = { year: 2025, value: 2 };

describe('assess', () => {
  const T36 = { year: 2025, value: 3.6 };
  it.each([
    // name, series, atYear, target, expected status
    ['achieved: at or below the target', [[2021, 5], [2022, 3], [2023, 2]], 2023, T, 'achieved'],
    ['on-track: pace ≥ 95% of the required cut', [[2021, 6], [2022, 5], [2023, 4]], 2023, T, 'on-track'], // need 1/yr, do 1/yr
    ['at-risk: pace between 50% and 95%', [[2021, 5.4], [2022, 5], [2023, 4.6]], 2023, T36, 'at-risk'], // need 0.5/yr, do 0.4/yr
    ['off-track: pace below half of the required cut', [[2021, 6], [2022, 5.9], [2023, 5.8]], 2023, T, 'off-track'],
    ['off-track: rate rising', [[2022, 4], [2023, 4.5]], 2023, T, 'off-track'],
    ['off-track: target year passed, unmet', [[2024, 3], [2025, 2.5]], 2025, T, 'off-track'],
    ['no-data: no value', [], 2023, T, 'no-data'],
    ['no-data: one year only, no trend', [[2023, 4]], 2023, T, 'no-data'],
  ] as [string, [number, number][], number, { year: number; value: number }, string][])('%s', (_name, pairs, at, target, expected) => {
    expect(assess(s(pairs), target, VN_STANDARDS, at).status).toBe(expected);
  });

  it('computes required cut, pace, ratio and years to target', () => {
    const a = assess(s([[2021, 6], [2022, 5.5], [2023, 5]]), T, VN_STANDARDS, 2023);
    expect(a.requiredPerYear).toBeCloseTo(1.5, 10); // (5 − 2) / 2
    expect(a.pacePerYear).toBeCloseTo(0.5, 10);
    expect(a.ratio).toBeCloseTo(1 / 3, 10);
    expect(a.yearsToTarget).toBeCloseTo(6, 10);
    expect(a.gap).toBeCloseTo(3, 10);
    expect(a.status).toBe('off-track');
  });

  it('at-risk between the thresholds', () => {
    // need (4.6 − 3.6)/2 = 0.5/yr; pace (5.4 − 4.6)/2 = 0.4/yr → ratio 0.8
    const a = assess(s([[2021, 5.4], [2022, 5], [2023, 4.6]]), { year: 2025, value: 3.6 }, VN_STANDARDS, 2023);
    expect(a.ratio).toBeCloseTo(0.8, 10);
    expect(a.status).toBe('at-risk');
  });

  it('never draws a trend across a change of standard (2020 under 2016–2020, 2021 under 2022–2025)', () => {
    // 2020 at 10% then 2021 at 5% looks like a 5 pp cut, but the standards differ.
    const p = recentPace([2020, 2021], [10, 5], VN_STANDARDS, 2021);
    expect(p).toBeUndefined();
    const a = assess(s([[2019, 11], [2020, 10], [2021, 5]]), { year: 2023, value: 3 }, VN_STANDARDS, 2021);
    expect(a.status).toBe('no-data');
    expect(a.reason).toBe('no-trend');
    // With 2022 the trend uses 2021→2022 only.
    const b = assess(s([[2019, 11], [2020, 10], [2021, 5], [2022, 4]]), { year: 2023, value: 3 }, VN_STANDARDS, 2022);
    expect(b.pace?.from.year).toBe(2021);
    expect(b.pacePerYear).toBeCloseTo(1, 10);
    expect(b.status).toBe('on-track');
  });

  it('refuses to judge a value against a target under another standard', () => {
    const a = assess(s([[2019, 8], [2020, 7]]), { year: 2023, value: 3 }, VN_STANDARDS, 2020);
    expect(a).toMatchObject({ status: 'no-data', reason: 'standard-break' });
  });

  it('skips missing years: pace divides by the real gap and ignores later years than asked', () => {
    const a = assess(s([[2021, 6], [2023, 4], [2024, 1]]), T, VN_STANDARDS, 2023);
    expect(a.latest).toEqual({ year: 2023, value: 4 });
    expect(a.pacePerYear).toBeCloseTo(1, 10); // (6 − 4) / 2 years
    expect(a.status).toBe('on-track');
  });

  it('uses at most the last three years', () => {
    const p = recentPace([2021, 2022, 2023, 2024, 2025], [9, 6, 5, 4, 3], VN_STANDARDS, 2025);
    expect(p?.from.year).toBe(2022);
    expect(p?.perYear).toBeCloseTo(-1, 10);
  });

  it('says no target when there is none', () => {
    expect(assess(s([[2022, 3]]), undefined, VN_STANDARDS, 2022)).toMatchObject({ status: 'no-data', reason: 'no-target' });
  });
});
