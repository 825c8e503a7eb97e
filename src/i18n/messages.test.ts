import { describe, expect, it } from 'vitest';
import { NAMESPACES } from './index.ts';

function keys(o: object, prefix = ''): string[] {
  return Object.entries(o).flatMap(([k, v]) => (v && typeof v === 'object' ? keys(v, `${prefix}${k}.`) : [`${prefix}${k}`]));
}

const at = (tree: object, k: string) => k.split('.').reduce<unknown>((o, p) => (o as Record<string, unknown>)[p], tree);

/** Empty messages, each language read in its own catalogue ("vi:key" / "en:key"). */
function emptyMessages(m: { vi: object; en: object }): string[] {
  return (['vi', 'en'] as const).flatMap((lang) => keys(m[lang]).filter((k) => at(m[lang], k) === '').map((k) => `${lang}:${k}`));
}

/** Keys whose vi and en messages name different {{placeholders}} (a value one language would drop or never fill). */
function placeholderMismatches(m: { vi: object; en: object }): string[] {
  const names = (s: unknown) => [...String(s).matchAll(/\{\{\s*(\w+)/g)].map((x) => x[1]).sort().join(',');
  return keys(m.vi).filter((k) => names(at(m.vi, k)) !== names(at(m.en, k)));
}

describe('messages', () => {
  it('finds an empty message in either language', () => {
    expect(emptyMessages({ vi: { a: 'x', b: { c: 'y' } }, en: { a: 'x', b: { c: '' } } })).toEqual(['en:b.c']);
    expect(emptyMessages({ vi: { a: '' }, en: { a: 'x' } })).toEqual(['vi:a']);
  });

  it.each(Object.entries(NAMESPACES))('%s has the same keys in vi and en, none empty', (_ns, m) => {
    expect(keys(m.en).sort()).toEqual(keys(m.vi).sort());
    expect(emptyMessages(m)).toEqual([]);
  });

  it('finds a placeholder one language lacks', () => {
    expect(placeholderMismatches({ vi: { a: 'Năm {{year}}', b: '{{n}}' }, en: { a: 'In {{ year }}', b: '{{count, number}}' } })).toEqual(['b']);
  });

  /** Deliberate differences, each with its reason. */
  const ALLOWED: Record<string, string> = {
    'narrative:status.on-track': 'English says "It" where Vietnamese repeats {{name}}',
    'narrative:status.at-risk': 'English says "It" where Vietnamese repeats {{name}}',
  };
  it.each(Object.entries(NAMESPACES))('%s names the same placeholders in vi and en', (ns, m) => {
    expect(placeholderMismatches(m).filter((k) => !(`${ns}:${k}` in ALLOWED))).toEqual([]);
  });
});
