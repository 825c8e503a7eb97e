/**
 * Unit matching: by code first, then by name with diacritics, case, spacing and administrative
 * prefixes folded ("TP. Huế" = "Thành phố Huế" = "hue"). Unmatched names get the closest known
 * names (edit distance on the folded form) so the user can pick one or accept a new unit.
 */
import { foldName, referenceDate, validInYear, validOn, type Unit, type UnitLevel } from '../domain/units.ts';
import { UNIT_PREFIXES } from './synonyms.ts';
import type { UnitMatch } from './pipeline.ts';

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

/** Levels a name's administrative prefix allows; undefined when it has none. */
export function levelsOfPrefix(name: string): UnitLevel[] | undefined {
  const f = foldName(name);
  if (/^(xa|phuong|thi tran|dac khu|p\.|tt\.)\s/.test(f)) return ['commune'];
  if (/^(huyen|quan|thi xa|tx|h\.|q\.)[\s.]/.test(f)) return ['district'];
  if (/^(thanh pho|tp)[\s.]/.test(f)) return ['district', 'province'];
  if (/^tinh\s/.test(f)) return ['province'];
  return undefined;
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

interface NamedUnit { u: Unit; from: string | null; to: string | null }

export class UnitMatcher {
  private readonly byKey = new Map<string, Unit>();
  private readonly byOfficial = new Map<string, Unit[]>();
  private readonly byName = new Map<string, NamedUnit[]>();

  constructor(readonly units: readonly Unit[]) {
    const addName = (k: string, n: NamedUnit) => this.byName.set(k, [...(this.byName.get(k) ?? []), n]);
    for (const u of units) {
      this.byKey.set(u.code.toLowerCase(), u);
      const official = (u.officialCode ?? u.code).toLowerCase();
      this.byOfficial.set(official, [...(this.byOfficial.get(official) ?? []), u]);
      // Every name the unit has had, each with the dates it was in use ("Huế" only from 2025).
      const names = u.names?.length ? u.names : [{ ...u.name, from: null, to: null }];
      for (const n of names) {
        const k = foldUnitName(n.vi);
        addName(k, { u, from: n.from, to: n.to });
        const en = foldUnitName(n.en.replace(/\b(district|city|town|province|commune|ward)\b/gi, ''));
        if (en !== k) addName(en, { u, from: n.from, to: n.to });
      }
    }
  }

  /**
   * A unit by code: the registry key itself, else the one vintage carrying this published code in
   * `year` (codes are reused: 19753 is Thuận Lộc until mid-2025, Phú Xuân after).
   */
  byCodeOf(code: string, year?: number): Unit | undefined {
    const k = code.trim().toLowerCase();
    const exact = this.byKey.get(k);
    if (exact && (year === undefined || validInYear(exact, year))) return exact;
    const list = this.byOfficial.get(k) ?? [];
    const valid = year === undefined ? list : list.filter((u) => validInYear(u, year));
    if (valid.length === 1) return valid[0];
    return year === undefined ? exact : undefined;
  }

  /**
   * Whether a code or a folded name names more than one vintage: then a file's rows must be
   * resolved per year, not once per label.
   */
  hasVintages(code: string, foldedName: string): boolean {
    const k = `${code}\u0001${foldedName}`;
    let hit = this.vintaged.get(k);
    if (hit === undefined) this.vintaged.set(k, (hit = this.findVintages(code, foldedName)));
    return hit;
  }

  private readonly vintaged = new Map<string, boolean>();

  private findVintages(code: string, foldedName: string): boolean {
    if (code) {
      const list = this.byOfficial.get(code.trim().toLowerCase()) ?? [];
      return list.length > 1 || list.some((u) => u.validFrom !== null || u.validTo !== null);
    }
    return new Set((this.byName.get(foldedName) ?? []).map((n) => n.u)).size > 1 || (this.byName.get(foldedName) ?? []).some((n) => n.from !== null || n.to !== null || n.u.validFrom !== null || n.u.validTo !== null);
  }

  /** The first day a published code is in use by a known unit, when every holder starts after `year`. */
  codeTakenFrom(code: string, year: number): string | undefined {
    const list = this.byOfficial.get(code.trim().toLowerCase()) ?? [];
    if (!list.length || list.some((u) => u.validFrom === null || u.validFrom <= referenceDate(year))) return undefined;
    return list.map((u) => u.validFrom!).sort()[0];
  }

  /** A unique match by folded name, never across levels or vintages. */
  byNameOf(name: string, year?: number): Unit | undefined {
    const list = this.byName.get(foldUnitName(name));
    if (!list?.length) return undefined;
    // "Phường Hương Trà" is not "Thị xã Hương Trà"; "Huế" was not 46's name before 2025.
    const levels = levelsOfPrefix(name);
    const date = year === undefined ? undefined : referenceDate(year);
    const hits = new Set(list.filter((n) => (date === undefined || (validOn(n.u, date) && validOn({ validFrom: n.from, validTo: n.to }, date)))
      && (!levels || levels.includes(n.u.level))).map((n) => n.u));
    return hits.size === 1 ? [...hits][0] : undefined;
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

function dayBefore(iso: string): string {
  const d = new Date(`${iso}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() - 1);
  return d.toISOString().slice(0, 10);
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
  const y = year !== undefined && Number.isFinite(year) ? year : undefined;
  const byCode = code ? matcher.byCodeOf(code, y) : undefined;
  if (byCode) return { ...base, code: byCode.code, status: 'code' };
  // A code reused by a later unit (19753 in 2024 is Thuận Lộc, not Phú Xuân): a new unit of the
  // earlier vintage, ending the day before the code's later holder starts.
  const takenFrom = code && y !== undefined ? matcher.codeTakenFrom(code, y) : undefined;
  if (code && takenFrom) {
    const validTo = dayBefore(takenFrom);
    return { ...base, code: `${code}@-${validTo}`, status: 'new', validTo };
  }
  // A known code outside its unit's life (district 480 in 2025): refuse, never bind or re-create.
  if (code && y !== undefined && matcher.byCodeOf(code)) return { ...base, code: null, status: 'skipped', outOfTime: true };
  // A code the registry doesn't know is a different unit, even if a known unit has the same name
  // (two communes called "Tân Lập"; a commune named like a district): match by name only without a code.
  const byName = matcher.byNameOf(label, Number.isFinite(year) ? year : undefined);
  if (byName && !code) return { ...base, code: byName.code, status: 'name' };
  const suggestions = (suggest ? matcher.closest(label) : []).map((u) => ({ code: u.code, name: u.name.vi }));
  if (choice !== 'new' && unmatched === 'skip') return { ...base, suggestions, code: null, status: 'skipped' };
  return { ...base, suggestions, code: code || newUnitCode(label), status: 'new' };
}
