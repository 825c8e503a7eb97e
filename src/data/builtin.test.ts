import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { readTidyObservations, readTidyUnits, readTidyTargets } from '../ingest/tidy.ts';
import { deriveRates } from '../domain/derive.ts';
import { weightedRate, sumCount } from '../domain/weightedRate.ts';
import { provenanceLines, sourceText } from '../ui/figureText.ts';

const read = (f: string) => readFileSync(new URL(`../../data/thua-thien-hue/${f}`, import.meta.url), 'utf8');

describe('built-in Thừa Thiên Huế data', () => {
  const { table, disagreements } = deriveRates(readTidyObservations(read('observations.csv'), 'observations.csv'));
  const districts = readTidyUnits(read('units.csv')).filter((u) => u.parent === '46').map((u) => u.code);

  it('has nine districts', () => expect(districts).toHaveLength(9));

  it.each([[2021, 16006, 4.93], [2022, 11735, 3.56], [2023, 7540, 2.27], [2024, 4689, 1.4]])(
    '%i: districts add up to the published %i poor households and rate %f (percent)', (year, poor, rate) => {
      expect(sumCount(table, districts, 'poor_households', year)).toEqual({ ok: true, value: poor, kind: 'illustrative' });
      expect(sumCount(table, districts, 'total_households', year)).toEqual({ ok: true, value: table.value('46', 'total_households', year), kind: 'illustrative' });
      const r = weightedRate(table, districts, 'poverty_rate', year);
      expect(r.ok && Math.round(r.value * 100) / 100).toBe(rate);
    });

  // The published A Lưới 2023 near-poor rate (15.65%) and count (2,253) imply a different number of
  // households than its poor rate and count do; the app shows that as a warning rather than hiding it.
  it('flags only the one published inconsistency', () => {
    expect(disagreements.map((d) => [d.unit, d.indicator, d.year, d.given])).toEqual([['481', 'near_poor_rate', 2023, 15.65]]);
  });

  it('marks A Lưới poor households published and other districts illustrative', () => {
    expect(table.at(table.find('481', 'poor_households', 2021)).provenance.kind).toBe('published');
    expect(table.at(table.find('474', 'poor_households', 2021)).provenance.kind).toBe('illustrative');
  });

  it('A Lưới end-2024 (14.34%, 2,057) is expected, not published, and its note says so', () => {
    for (const ind of ['poverty_rate', 'poor_households']) {
      const p = table.at(table.find('481', ind, 2024)).provenance;
      expect(p.kind).toBe('expected');
      expect(p.note).toMatch(/stated in Sept 2024/);
      expect(p.noteVi).toMatch(/tháng 9\/2024/);
    }
  });

  it('gives every note in Vietnamese too, and the Vietnamese screen reads that one', () => {
    const all = [read('observations.csv'), readFileSync(new URL('../../data/hue-2025/observations.csv', import.meta.url), 'utf8'),
      readFileSync(new URL('../../data/hue-2025/deprivation.csv', import.meta.url), 'utf8')].map((text) => readTidyObservations(text, 'x.csv'));
    let noted = 0;
    for (const t of all) for (let i = 0; i < t.size; i++) {
      const p = t.at(i).provenance;
      if (!p.note) continue;
      noted++;
      expect(p.noteVi, p.note).toMatch(/\S/);
      expect(p.noteVi).not.toBe(p.note);
    }
    expect(noted).toBeGreaterThan(10);
    const p = table.at(table.find('481', 'poverty_rate', 2023)).provenance;
    const t = (k: string, o?: Record<string, unknown>) => `${k}|${String(o?.note ?? '')}`;
    expect(provenanceLines(p, t as never, 'vi')).toContain('common:truth.note|nongnghiep.vn ghi 24,3%');
    expect(provenanceLines(p, t as never, 'en')).toContain('common:truth.note|nongnghiep.vn gives 24.3%');
  });

  it('gives every source that is words, not a link, in Vietnamese; a derived rate names its indicators', () => {
    const all = [read('observations.csv'), readFileSync(new URL('../../data/hue-2025/observations.csv', import.meta.url), 'utf8'),
      readFileSync(new URL('../../data/hue-2025/deprivation.csv', import.meta.url), 'utf8')].map((text) => readTidyObservations(text, 'x.csv'));
    let worded = 0;
    for (const tb of all) for (let i = 0; i < tb.size; i++) {
      const p = tb.at(i).provenance;
      if (/^https?:/.test(p.source)) { expect(p.sourceVi).toBeUndefined(); continue; }
      worded++;
      expect(sourceText(p, 'vi'), p.source).toMatch(/^minh họa: xem data\/README\.md \(/);
      expect(sourceText(p, 'en')).toBe(p.source);
    }
    expect(worded).toBeGreaterThan(500);
    const derived = table.at(table.find('474', 'poverty_rate', 2023)).provenance;
    expect(sourceText(derived, 'vi')).toBe('100 × Số hộ nghèo / Tổng số hộ');
    expect(sourceText(derived, 'en')).toBe('100 × Poor households / Total households');
  });

  it('rates derived from illustrative counts are illustrative (derived: true); published rates stay published', () => {
    for (const d of districts.filter((c) => c !== '481')) {
      for (const y of [2021, 2022, 2023, 2024]) expect(table.at(table.find(d, 'poverty_rate', y)).provenance).toMatchObject({ kind: 'illustrative', derived: true });
    }
    expect(table.at(table.find('481', 'poverty_rate', 2022)).provenance).toMatchObject({ kind: 'illustrative', derived: true });
    expect(table.at(table.find('46', 'poverty_rate', 2023)).provenance).toEqual(expect.objectContaining({ kind: 'published' }));
  });

  it('cites the founding article by title and date, and speaks of the project only', () => {
    const targets = read('targets.csv');
    expect(targets).toContain('Phát huy sức mạnh hệ thống chính trị trong công tác giảm nghèo bền vững');
    expect(targets).toContain('22/12/2024');
    const readme = readFileSync(new URL('../../data/README.md', import.meta.url), 'utf8');
    for (const text of [targets, read('observations.csv'), readme]) expect(text).not.toMatch(/shared\/|development (repo|workspace)/);
  });

  it('holds the 3.17% (2023) and 1.84% (2025) province targets', () => {
    const t = readTidyTargets(read('targets.csv'), 'targets.csv').filter((x) => x.unit === '46' && x.indicator === 'poverty_rate');
    expect(t.map((x) => [x.year, x.value])).toEqual([[2023, 3.17], [2025, 1.84]]);
  });
});
