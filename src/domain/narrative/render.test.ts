import { describe, expect, it } from 'vitest';
import { loadBuiltin } from '../../data/builtin.ts';
import { narrativeFacts, narrativePhrases, renderPhrase, type Phrase } from './index.ts';

describe('rendering a sentence descriptor', () => {
  const rate: Phrase = {
    key: 'root.rate',
    params: { year: 2024, name: { text: { vi: 'Huế', en: 'Hue' } }, value: { percent: 1.4 }, qualifier: { key: 'root.expected' }, change: null },
  };

  it('fills the template per language: years as written, percentages with the language’s decimal mark', () => {
    expect(renderPhrase(rate, 'vi')).toBe('Năm 2024, tỷ lệ hộ nghèo của Huế là 1,40% (số liệu dự kiến, chưa phải kết quả).');
    expect(renderPhrase(rate, 'en')).toBe('In 2024, the poor-household rate of Hue was 1.40% (an expected figure, not a result).');
  });

  it('writes a point change as an unsigned size and a multiple with one decimal', () => {
    expect(renderPhrase({ key: 'root.down', params: { size: { pp: -0.874 }, year: 2023 } }, 'vi')).toBe(', giảm 0,87 điểm % so với 2023');
    expect(renderPhrase({ key: 'pace.times', params: { times: { number: 2.54, digits: 1 }, pace: { pp: 1 } } }, 'en'))
      .toBe('2.5 times its recent pace (1.00 pp a year)');
  });

  it('throws when a placeholder has no value, rather than printing {{…}}', () => {
    expect(() => renderPhrase({ key: 'root.unchanged' }, 'en')).toThrow(/root\.unchanged needs \{\{year\}\}/);
  });

  it('the built-in summary is one set of descriptors, rendered in either language', () => {
    const phrases = narrativePhrases(narrativeFacts(loadBuiltin(), { year: 2024 }));
    expect(phrases.map((p) => p.key)).toEqual(['root.rate', 'status.achieved', 'units.counts', 'units.hardest', 'units.noneBehind']);
    for (const lang of ['vi', 'en'] as const) {
      for (const p of phrases) expect(renderPhrase(p, lang)).not.toMatch(/\{\{|undefined|NaN/);
    }
  });
});
