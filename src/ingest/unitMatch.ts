/**
 * Unit matching: by code first, then by name with diacritics, case, spacing and administrative
 * prefixes folded ("TP. Huế" = "Thành phố Huế" = "hue"). Unmatched names get the closest known
 * names (edit distance on the folded form) so the user can pick one or accept a new unit.
 */
import { foldName, type Unit, type UnitLevel } from '../domain/units.ts';
import { UNIT_PREFIXES } from './synonyms.ts';
import type { UnitMatch } from './types.ts';

export function foldUnitName(name: string): string {
  let f = foldName(name).replace(/[.,]/g, (m) => (m === '.' ? '. ' : ' ')).replace(/\s+/g, ' ').trim();
  for (let again = true; again;) {
    again = false;
    for (const p of UNIT_PREFIXES) {
      const bare = p.replace(/\.$/, '');
      if (f.startsWith(`${bare}. `) || f.startsWith(`${bare} `)) {
        const rest = f.slice(f.startsWith(`${bare}. `) ? bare.length + 2 : bare.length + 1).trim();
        if (rest) { f = rest; again = true; break; }
      }
    }
  }
  return f.replace(/\./g, '').replace(/\s+/g, ' ').trim();
}

/** Level suggested by a name's prefix, for units accepted as new. */
export function levelFromName(name: string): UnitLevel {
  const f = foldName(name);
  if (/^(xa|phuong|thi tran|p\.|tt\.)\s/.test(f)) return 'commune';
  if (/^(tinh)\s/.test(f)) return 'province';
  if (/^(huyen|quan|thi xa|thanh pho|tp|tx|h\.|q\.)[\s.]/.test(f)) return 'district';
  return 'district';
}

export function levenshtein(a: string, b: string): number {
  if (a === b) return 0;
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    for (let j = 1; j <= b.length; j++) {
      cur[j] = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    prev = cur;
  }
  return prev[b.length]!;
}

export class UnitMatcher {
  private readonly byCode = new Map<string, Unit>();
  private readonly byName = new Map<string, Unit[]>();

  constructor(readonly units: readonly Unit[]) {
    for (const u of units) {
      this.byCode.set(u.code.toLowerCase(), u);
      const k = foldUnitName(u.name.vi);
      this.byName.set(k, [...(this.byName.get(k) ?? []), u]);
      const en = foldUnitName(u.name.en.replace(/\b(district|city|town|province|commune|ward)\b/gi, ''));
      if (en !== k) this.byName.set(en, [...(this.byName.get(en) ?? []), u]);
    }
  }

  byCodeOf(code: string): Unit | undefined {
    return this.byCode.get(code.trim().toLowerCase());
  }

  /** A unique match by folded name; among several, the one valid in `year` or at the same level. */
  byNameOf(name: string, year?: number): Unit | undefined {
    const list = this.byName.get(foldUnitName(name));
    if (!list?.length) return undefined;
    if (list.length === 1) return list[0];
    const valid = list.filter((u) => year === undefined || ((u.validFrom ?? -Infinity) <= year && year <= (u.validTo ?? Infinity)));
    return valid.length === 1 ? valid[0] : undefined;
  }

  /** Up to `n` known units closest to the name. */
  closest(name: string, n = 3): Unit[] {
    const f = foldUnitName(name);
    return this.units
      .map((u) => ({ u, d: levenshtein(f, foldUnitName(u.name.vi)) }))
      .sort((a, b) => a.d - b.d)
      .slice(0, n)
      .map((x) => x.u);
  }
}

/** A stable code for a unit accepted as new, from its name. */
export function newUnitCode(name: string): string {
  return `new-${foldUnitName(name).replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '') || 'unit'}`;
}

/** How one unit label of a file resolves: the user's choice, then code, then name (only without a code), else new or skipped. */
export function resolveUnit(firstRow: number, label: string, key: string, code: string, matcher: UnitMatcher, choices: Map<string, string>, suggest: boolean, unmatched: 'new' | 'skip', year?: number): UnitMatch {
  const base = { raw: label, key, rows: 0, firstRow, suggestions: [] as UnitMatch['suggestions'] };
  const choice = choices.get(key);
  if (choice === 'skip') return { ...base, code: null, status: 'skipped' };
  if (choice && choice !== 'new' && matcher.byCodeOf(choice)) return { ...base, code: matcher.byCodeOf(choice)!.code, status: 'chosen' };
  const byCode = code ? matcher.byCodeOf(code) : undefined;
  if (byCode) return { ...base, code: byCode.code, status: 'code' };
  // A code the registry doesn't know is a different unit, even if a known unit has the same name
  // (two communes called "Tân Lập"; a commune named like a district): match by name only without a code.
  const byName = matcher.byNameOf(label, Number.isFinite(year) ? year : undefined);
  if (byName && !code) return { ...base, code: byName.code, status: 'name' };
  const suggestions = (suggest ? matcher.closest(label) : []).map((u) => ({ code: u.code, name: u.name.vi }));
  if (choice !== 'new' && unmatched === 'skip') return { ...base, suggestions, code: null, status: 'skipped' };
  return { ...base, suggestions, code: code || newUnitCode(label), status: 'new' };
}
