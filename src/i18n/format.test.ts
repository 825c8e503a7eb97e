import { describe, expect, it } from 'vitest';
import { collator, formatPercent, formatPp, formatNumber } from './format.ts';

describe('formatters', () => {
  it.each([
    ['vi', 1.4, '1,40%'], ['en', 1.4, '1.40%'], ['vi', 3.17, '3,17%'], ['en', 49.98, '49.98%'],
  ] as const)('%s %f → %s', (lang, v, out) => expect(formatPercent(v, lang)).toBe(out));
  it('groups thousands per language', () => {
    expect(formatNumber(16006, 'vi')).toBe('16.006');
    expect(formatNumber(16006, 'en')).toBe('16,006');
  });
  it('signs percentage points', () => {
    expect(formatPp(-0.87, 'vi')).toBe('−0,87 điểm %');
    expect(formatPp(0.5, 'en')).toBe('+0.50 pp');
  });
  it('sorts Vietnamese names by Vietnamese rules', () => {
    const names = ['Phú Vang', 'A Lưới', 'Hương Trà', 'Huế', 'Đông Hà', 'Duy Xuyên'];
    expect([...names].sort(collator('vi').compare)).toEqual(['A Lưới', 'Duy Xuyên', 'Đông Hà', 'Huế', 'Hương Trà', 'Phú Vang']);
  });
});
