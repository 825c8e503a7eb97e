import { describe, expect, it } from 'vitest';
import { NAMESPACES } from './index.ts';

function keys(o: object, prefix = ''): string[] {
  return Object.entries(o).flatMap(([k, v]) => (v && typeof v === 'object' ? keys(v, `${prefix}${k}.`) : [`${prefix}${k}`]));
}

describe('messages', () => {
  it.each(Object.entries(NAMESPACES))('%s has the same keys in vi and en, none empty', (_ns, m) => {
    expect(keys(m.en).sort()).toEqual(keys(m.vi).sort());
    const empty = [...keys(m.vi), ...keys(m.en)].filter((k) => {
      const v = k.split('.').reduce<unknown>((o, p) => (o as Record<string, unknown>)[p], m.vi);
      return v === '';
    });
    expect(empty).toEqual([]);
  });
});
