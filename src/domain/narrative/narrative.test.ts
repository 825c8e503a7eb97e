import { describe, expect, it } from 'vitest';
import { loadBuiltin } from '../../data/builtin.ts';
import { narrativeFacts, narrativeText, summarize, type NarrativeFacts } from './index.ts';

const ds = loadBuiltin();

describe('narrative on the built-in data', () => {
  it('2024: province meets 1.84%, 8 of 9 districts met, A Lưới (an expected figure) has the largest yearly cut left', () => {
    const f = narrativeFacts(ds, { year: 2024 });
    expect(f.year).toBe(2024);
    expect(f.total).toBe(9);
    expect(f.counts.achieved).toBe(8);
    expect(f.hardest?.kind).toBe('expected');
    expect(f.hardest?.code).toBe('481');
    const en = summarize(ds, 'en', { year: 2024 }).text;
    expect(en).toContain('In 2024, the poor-household rate of');
    expect(en).toContain('1.40%, down 0.87 pp from 2023');
    expect(en).toContain('already meets the 2025 target of 1.84%');
    expect(en).toContain('9 of 9 districts have met or are on track for their targets (8 already met)');
    expect(en).toMatch(/A Luoi District \(on an expected figure\) must cut 2\.24 pp a year to reach 12\.10% by 2025, less than its recent pace of 11\.88 pp a year/);
    expect(en).toContain('None of the districts is off track.');
  });

  it('2025: the verdict on the expected city figure reads as a forecast of the verdict, not a result', () => {
    const en = summarize(ds, 'en', { year: 2025 }).text;
    expect(en).toContain('The 2025 target (1.84%) is expected to be met');
    expect(en).not.toContain('The 2025 target (1.84%) was met');
    const vi = summarize(ds, 'vi', { year: 2025 }).text;
    expect(vi).toContain('Chỉ tiêu năm 2025 (1,84%) dự kiến đạt');
    // 2023 is published: its verdict is a result.
    expect(summarize(ds, 'en', { year: 2023 }).text).toContain('The 2023 target (3.17%) was met');
  });

  it('vi uses decimal commas and the same facts', () => {
    const vi = summarize(ds, 'vi', { year: 2024 }).text;
    expect(vi).toContain('Năm 2024, tỷ lệ hộ nghèo của');
    expect(vi).toContain('1,40%, giảm 0,87 điểm % so với 2023');
    expect(vi).toContain('9/9 huyện đã đạt hoặc đúng tiến độ chỉ tiêu (8 đã đạt)');
    expect(vi).toMatch(/A Lưới \(theo số liệu dự kiến\) còn phải giảm 2,24 điểm % mỗi năm/);
    expect(vi).not.toMatch(/giảm −/);
  });

  it('2023: the 2023 target is judged at its year (met, by how much)', () => {
    expect(summarize(ds, 'en', { year: 2023 }).text).toContain('The 2023 target (3.17%) was met, 0.90 pp below it.');
    expect(summarize(ds, 'vi', { year: 2023 }).text).toContain('Chỉ tiêu năm 2023 (3,17%) đã đạt, thấp hơn 0,90 điểm %.');
  });

  it('2022: A Lưới is at risk and named as behind', () => {
    const f = narrativeFacts(ds, { year: 2022 });
    expect(f.behind.map((b) => b.code)).toEqual(['481']);
    expect(narrativeText(f, 'en').text).toContain('Off track or at risk: A Luoi District.');
  });
});

describe('pace comparison templates', () => {
  const base = narrativeFacts(ds, { year: 2022 });
  const withPace = (required: number, pace: number | undefined): NarrativeFacts => ({
    ...base,
    hardest: { code: 'x', name: { vi: 'Xã X', en: 'X' }, status: 'off-track', latest: 10, target: 5, targetYear: 2025, required,
      ...(pace === undefined ? {} : { pace }) },
  });
  it.each([
    [4.2, 2.1, 'twice its recent pace (2.10 pp a year)', 'gấp đôi tốc độ gần đây'],
    [3, 1, '3 times its recent pace', 'gấp 3 lần'],
    [2.5, 1, '2.5 times its recent pace', 'gấp 2,5 lần'],
    [1, 1, 'about its recent pace', 'tương đương tốc độ gần đây'],
    [1, 3, 'less than its recent pace of 3.00 pp a year', 'thấp hơn tốc độ gần đây'],
    [1, -0.5, 'while its rate is not falling', 'trong khi tỷ lệ chưa giảm'],
    [1, undefined, 'with no comparable trend yet', 'chưa có xu hướng so sánh được'],
  ])('required %s vs pace %s', (req, pace, en, vi) => {
    expect(narrativeText(withPace(req, pace), 'en').text).toContain(en);
    expect(narrativeText(withPace(req, pace), 'vi').text).toContain(vi);
  });

  it('an empty dataset says there is no rate, in both languages', () => {
    const f: NarrativeFacts = { ...base, year: null, total: 0, headline: { unit: '', indicator: 'poverty_rate', status: 'no-data' }, behind: [], statuses: [] };
    delete f.hardest;
    expect(narrativeText(f, 'en').sentences).toHaveLength(1);
    expect(narrativeText(f, 'vi').text).toMatch(/^Chưa có số liệu/);
  });
});
