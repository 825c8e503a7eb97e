import { describe, expect, it } from 'vitest';
import { derivedProvenance, isWeakerOrEqual, parseProvenanceStatus, provenanceKey, weakestKind, type ProvenanceKind } from './provenance.ts';

describe('provenance lattice', () => {
  it.each([
    [['published', 'published'], 'published'],
    [['published', 'imported'], 'imported'],
    [['published', 'expected'], 'expected'],
    [['imported', 'expected'], 'expected'],
    [['expected', 'illustrative'], 'illustrative'],
    [['published', 'illustrative'], 'illustrative'],
    [[], 'published'],
  ] as [ProvenanceKind[], ProvenanceKind][])('weakest of %j is %s', (kinds, out) => {
    expect(weakestKind(kinds)).toBe(out);
  });

  it('is an order: the weakest is weaker than or equal to every input', () => {
    const all: ProvenanceKind[] = ['published', 'imported', 'expected', 'illustrative'];
    for (const a of all) for (const b of all) {
      const m = weakestKind([a, b]);
      expect(isWeakerOrEqual(m, a) && isWeakerOrEqual(m, b)).toBe(true);
      expect(weakestKind([b, a])).toBe(m);
    }
  });

  it('a value derived from illustrative counts is illustrative and keeps derived: true', () => {
    const p = derivedProvenance('100 × poor / total', [
      { kind: 'published', source: 'a' }, { kind: 'illustrative', source: 'b' },
    ]);
    expect(p).toEqual({ kind: 'illustrative', source: '100 × poor / total', derived: true });
  });

  it('a value derived from an expected figure stays expected and carries its note', () => {
    const p = derivedProvenance('s', [{ kind: 'expected', source: 'x', note: 'stated Sept 2024, not final' }, { kind: 'published', source: 'y' }]);
    expect(p.kind).toBe('expected');
    expect(p.note).toBe('stated Sept 2024, not final');
  });

  it('carries the notes in Vietnamese too, and a source given in both languages', () => {
    const p = derivedProvenance({ en: 'Σ 2 units', vi: 'Σ 2 đơn vị' }, [
      { kind: 'expected', source: 'x', note: 'stated Sept 2024', noteVi: 'nêu tháng 9/2024' }, { kind: 'published', source: 'y', note: 'rounded' },
    ]);
    expect(p).toMatchObject({ source: 'Σ 2 units', sourceVi: 'Σ 2 đơn vị', note: 'stated Sept 2024; rounded', noteVi: 'nêu tháng 9/2024; rounded' });
    expect(derivedProvenance('s', [{ kind: 'published', source: 'y', note: 'n' }]).noteVi).toBeUndefined();
  });

  it('tells records apart by derived flag and as-reported rate (the dictionary key)', () => {
    const base = { kind: 'illustrative' as const, source: 's' };
    const keys = new Set([base, { ...base, derived: true }, { ...base, derived: true, asReported: 22.59 }].map(provenanceKey));
    expect(keys.size).toBe(3);
  });

  it.each([
    ['published', { kind: 'published' }], ['expected', { kind: 'expected' }], ['dự kiến', { kind: 'expected' }],
    ['derived', { kind: 'imported', derived: true }], ['nonsense', undefined], ['', undefined],
  ])('status column %j', (s, out) => {
    expect(parseProvenanceStatus(s)).toEqual(out);
  });
});
