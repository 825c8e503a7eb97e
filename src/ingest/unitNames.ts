/**
 * What a unit's name says by itself: its bracketed qualifier, its folded key for matching (diacritics,
 * case, spacing and administrative prefixes folded: "TP. Huế" = "Thành phố Huế" = "hue"), the level
 * its prefix names, a breakdown's base, and the code of a unit accepted as new.
 */
import { foldName, squashSpaces, type UnitLevel } from '../domain/units.ts';
import { UNIT_PREFIXES } from './synonyms.ts';

/** "Hương Phong (xã, huyện A Lưới)" → base "Hương Phong", qualifier "xã", parent "huyện A Lưới". */
export function splitQualifier(name: string): { base: string; qualifier: string | null; parent: string | null } {
  const m = /^(.*\S)\s*\(([^()]*)\)\s*$/.exec(name.trim());
  if (!m) return { base: name.trim(), qualifier: null, parent: null };
  const [q, ...rest] = m[2]!.split(',').map((s) => s.trim());
  return { base: m[1]!, qualifier: q || null, parent: rest.join(', ') || null };
}

/** Each prefix as it may start a folded name: "huyen. " or "huyen " (built once: names are folded by the thousand). */
const PREFIX_FORMS = UNIT_PREFIXES.map((p) => { const bare = p.replace(/\.$/, ''); return [`${bare}. `, `${bare} `] as const; });

/** splitQualifier(name).base, without the split when there is no bracket (most names). */
const baseOf = (name: string) => (name.includes('(') ? splitQualifier(name).base : name.trim());

export function foldUnitName(name: string): string {
  let f = foldName(baseOf(name));
  if (f.includes('.') || f.includes(',')) f = squashSpaces(f.replace(/[.,]/g, (m) => (m === '.' ? '. ' : ' '))).trim();
  for (let again = true; again;) {
    again = false;
    const c0 = f.charCodeAt(0);
    for (let p = 0; p < PREFIX_FORMS.length; p++) {
      // Indexed, not destructured (an iterator in code not yet optimised), and by first letter first.
      const forms = PREFIX_FORMS[p]!;
      const dotted = forms[0], spaced = forms[1];
      if (c0 !== dotted.charCodeAt(0) && c0 !== spaced.charCodeAt(0)) continue;
      const len = f.startsWith(dotted) ? dotted.length : f.startsWith(spaced) ? spaced.length : 0;
      if (len) {
        const rest = f.slice(len).trim();
        if (rest) { f = rest; again = true; break; }
      }
    }
  }
  return f.includes('.') ? squashSpaces(f.replace(/\./g, '')).trim() : f;
}

export type LevelHint = 'commune' | 'district' | 'district-or-province' | 'province' | null;

/** The level a name's prefix (or its bracketed qualifier: "A Lưới (huyện)") says, or null when it says none. */
export function levelHint(name: string): LevelHint {
  const { base, qualifier } = name.includes('(') ? splitQualifier(name) : { base: name.trim(), qualifier: null };
  const f = foldName(qualifier ? `${qualifier} ${base}` : base);
  if (/^(xa|phuong|thi tran|dac khu|p\.|tt\.)\s/.test(f)) return 'commune';
  if (/^(tinh|toan tinh)\s/.test(f)) return 'province';
  if (/^(huyen|quan|thi xa|tx|h\.|q\.)[\s.]/.test(f)) return 'district';
  if (/^(thanh pho|tp)[\s.]/.test(f)) return 'district-or-province';
  return null;
}

/** Levels a name's administrative prefix allows; undefined when it has none. */
export function levelsOfPrefix(name: string): UnitLevel[] | undefined {
  const h = levelHint(name);
  return h === null ? undefined : h === 'district-or-province' ? ['district', 'province'] : [h];
}

/** Whether a unit of `level` may carry a name with this hint. */
export const fits = (level: UnitLevel, hint: LevelHint): boolean => hint === null || level === hint || (hint === 'district-or-province' && (level === 'district' || level === 'province'));

/** Level suggested by a name's prefix, for units accepted as new. */
export function levelFromName(name: string): UnitLevel {
  const h = levelHint(name);
  return h === 'commune' || h === 'province' ? h : 'district';
}

/** A stable code for a unit accepted as new, from its name. */
export function newUnitCode(name: string): string {
  return `new-${foldUnitName(name).replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '') || 'unit'}`;
}

/** "Quảng Bình – thành thị": a breakdown of a unit (urban part, a group of districts), not the unit. */
export function breakdownBase(label: string): string | null {
  const m = /^(.+?)\s+[–—]\s+(.+)$/.exec(label.trim());
  return m ? m[1]! : null;
}
