/**
 * Unit matching: by code first, then by name folded (unitNames.ts). A match never crosses levels
 * or vintages: a commune-level name ("Xã …", "Phường …", "Thị trấn …", "Đặc khu …") only matches a commune, a
 * district-level name only a district (a "Thành phố" also a province), and only units valid at the
 * row's reference date (31 Dec of its year) are candidates; among units sharing a reused code, the
 * one valid then. What stays ambiguous is listed for the user ('ambiguous'), never guessed.
 */
import { referenceDate, validInYear, validOn, type IsoDate, type Unit } from '../domain/units.ts';
import { EditDistance } from './editDistance.ts';
import { breakdownBase, fits, foldUnitName, levelHint, newUnitCode } from './unitNames.ts';
import type { UnitMatch } from './types.ts';

const push = <K, V>(m: Map<K, V[]>, k: K, v: V) => { const l = m.get(k); if (l) { if (!l.includes(v)) l.push(v); } else m.set(k, [v]); };

/** A unit under one of its names, with the dates that name was in use ("Huế" is 46's name only from 2025). */
interface NamedUnit { u: Unit; from: IsoDate | null; to: IsoDate | null }

export class UnitMatcher {
  private readonly byKey = new Map<string, Unit>();
  private readonly byCode = new Map<string, Unit[]>();
  private readonly byName = new Map<string, NamedUnit[]>();
  /** Every key and published code (lower case): a code outside it is no known unit's, in one lookup. */
  private readonly codes = new Set<string>();
  private longest = 0;
  private foldedVi: string[] | undefined;

  constructor(readonly units: readonly Unit[]) {
    for (const u of units) {
      const key = u.code.toLowerCase(), published = (u.officialCode ?? u.code.split('@')[0]!).toLowerCase();
      this.byKey.set(key, u);
      push(this.byCode, published, u);
      this.codes.add(key).add(published);
      this.longest = Math.max(this.longest, key.length, published.length);
      // Every name the unit has had, each with the dates it was in use.
      const names = u.names?.length ? u.names : [{ ...u.name, from: null, to: null }];
      for (const n of names) {
        const at = { u, from: n.from, to: n.to };
        const vi = foldUnitName(n.vi);
        if (!this.byName.get(vi)?.some((x) => x.u === u && x.from === n.from)) push(this.byName, vi, at);
        const en = foldUnitName(n.en.replace(/\b(district|city|town|province|commune|ward)\b/gi, ''));
        if (en !== vi) push(this.byName, en, at);
      }
    }
  }

  /**
   * Whether some known unit has this code as its key or its published code. When not, byCodeOf is
   * undefined and withCode empty for it (then hasVintages and codeTakenFrom say no too).
   */
  knowsCode(code: string): boolean {
    if (!this.units.length) return false;
    const t = code.trim();
    // A name is most often far longer than any code: then no need to lower-case it (a character's
    // lower case takes at least half as many UTF-16 units, so the text stays longer than every code).
    return t.length <= 2 * this.longest && this.codes.has(t.toLowerCase());
  }

  /**
   * A unit by code: the registry key itself, else the one vintage carrying this published code in
   * `year` (codes are reused: 19753 is Thuận Lộc until mid-2025, Phú Xuân after).
   */
  byCodeOf(code: string, year?: number): Unit | undefined {
    // No known units (a first import): every code of the file is new, 10,000 of them in a commune file.
    if (!this.units.length) return undefined;
    const k = code.trim().toLowerCase();
    const exact = this.byKey.get(k);
    if (exact && (year === undefined || validInYear(exact, year))) return exact;
    const list = this.byCode.get(k);
    if (!list) return year === undefined ? exact : undefined;
    const valid = year === undefined ? list : list.filter((u) => validInYear(u, year));
    if (valid.length === 1) return valid[0];
    return year === undefined ? exact : undefined;
  }

  /**
   * Whether a code or a folded name names more than one vintage: then a file's rows must be
   * resolved per year, not once per label.
   */
  hasVintages(code: string, foldedName: string): boolean {
    if (!this.units.length) return false;
    // A code alone decides, in one lookup (most codes of a file are unknown: the list is empty).
    if (code) {
      const list = this.withCode(code);
      return list.length > 1 || (list.length === 1 && (list[0]!.validFrom !== null || list[0]!.validTo !== null));
    }
    // Only known names are remembered (a file's 10,000 new names would each be a miss, then a set).
    if (!this.byName.has(foldedName)) return false;
    let hit = this.vintaged.get(foldedName);
    if (hit === undefined) this.vintaged.set(foldedName, (hit = this.nameVintages(foldedName)));
    return hit;
  }

  /** By folded name, for rows without a code. */
  private readonly vintaged = new Map<string, boolean>();

  private nameVintages(foldedName: string): boolean {
    const named = this.byName.get(foldedName) ?? [];
    return new Set(named.map((n) => n.u)).size > 1 || named.some((n) => n.from !== null || n.to !== null || n.u.validFrom !== null || n.u.validTo !== null);
  }

  /** The first day a published code is in use by a known unit, when every holder starts after `year`. */
  codeTakenFrom(code: string, year: number): string | undefined {
    const list = this.withCode(code);
    if (!list.length || list.some((u) => u.validFrom === null || u.validFrom <= referenceDate(year))) return undefined;
    return list.map((u) => u.validFrom!).sort()[0];
  }

  /** Units with this published code (several when a code was reused by a later vintage). */
  withCode(code: string): Unit[] {
    if (!this.units.length) return [];
    return this.byCode.get(code.trim().toLowerCase()) ?? [];
  }

  /**
   * Units whose folded name is this one's, at the level its prefix says; given a year, only units
   * valid at its reference date and under a name in use then.
   */
  withName(name: string, year?: number): Unit[] {
    const hint = levelHint(name);
    const date = year === undefined || !Number.isFinite(year) ? undefined : referenceDate(year);
    const hits = (this.byName.get(foldUnitName(name)) ?? [])
      .filter((n) => fits(n.u.level, hint) && (date === undefined || (validOn(n.u, date) && validOn({ validFrom: n.from, validTo: n.to }, date))));
    return [...new Set(hits.map((n) => n.u))];
  }

  /** A unique match by folded name, never across levels or vintages. */
  byNameOf(name: string, year?: number): Unit | undefined {
    const list = this.withName(name, year);
    return list.length === 1 ? list[0] : undefined;
  }

  /** Up to `n` known units closest to the name (`folded`: its foldUnitName), at a level the name allows. */
  closest(name: string, n = 3, folded?: string): Unit[] {
    // No known units (a first import into an empty dataset): nothing to compare, nothing to fold.
    if (!this.units.length) return [];
    const f = folded ?? foldUnitName(name);
    const hint = levelHint(name);
    // Known names folded once per matcher, not once per name asked about (hundreds are asked).
    const known = (this.foldedVi ??= this.units.map((u) => foldUnitName(u.name.vi)));
    // The n nearest, ties in the registry's order (as a stable sort by distance gives them), kept
    // as they come; past 32 letters a unit is measured only as far as it could still be one of them.
    // (Typed arrays: plain ones changed their hidden class as they filled, a deoptimisation per import.)
    const near = new Int32Array(n + 1);
    const dist = new Float64Array(n + 1);
    let count = 0;
    const from = new EditDistance(f);
    for (let i = 0; i < this.units.length; i++) {
      if (!fits(this.units[i]!.level, hint)) continue;
      const full = count >= n;
      const d = from.to(known[i]!, full ? dist[n - 1]! : Infinity);
      if (full && d >= dist[n - 1]!) continue;
      let at = count;
      while (at > 0 && dist[at - 1]! > d) { near[at] = near[at - 1]!; dist[at] = dist[at - 1]!; at--; }
      near[at] = i;
      dist[at] = d;
      if (count < n) count++;
    }
    const out: Unit[] = [];
    for (let k = 0; k < count; k++) out.push(this.units[near[k]!]!);
    return out;
  }
}

function validAt(list: Unit[], year?: number): Unit[] {
  if (year === undefined || !Number.isFinite(year)) return list;
  return list.filter((u) => validInYear(u, year));
}

function dayBefore(iso: string): string {
  const d = new Date(`${iso}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() - 1);
  return d.toISOString().slice(0, 10);
}

const brief = (u: Unit) => ({ code: u.code, name: u.name.vi });
const NO_CHOICES = new Map<string, string>();

/**
 * How one unit label of a file resolves: the user's choice, then code, then name (only without a code), else new or skipped.
 * `known` false says no known unit has the code (matcher.knowsCode): its lookups are skipped.
 */
export function resolveUnit(firstRow: number, label: string, key: string, code: string, matcher: UnitMatcher, choices: Map<string, string>, suggest: boolean, unmatched: 'new' | 'skip', year?: number, known = true): UnitMatch {
  const base = { raw: label, key, rows: 0, firstRow, suggestions: [] as UnitMatch['suggestions'] };
  // Most imports have no choices: then no lookup (it would hash the fresh key, ~0.5 µs in the page).
  const choice = choices.size ? choices.get(key) : undefined;
  if (choice) {
    // What the import would have done without the choice, so the screen can show the guess next to it.
    const auto = resolveUnit(firstRow, label, key, code, matcher, NO_CHOICES, suggest, unmatched, year, known);
    const guessed = { ...base, suggestions: auto.suggestions, guess: auto.status };
    if (choice === 'skip') return { ...guessed, code: null, status: 'skipped' };
    const chosen = choice !== 'new' ? matcher.byCodeOf(choice) : undefined;
    if (chosen) return { ...guessed, code: chosen.code, status: 'chosen' };
    if (choice === 'new' && (auto.status === 'name' || auto.status === 'ambiguous')) return { ...guessed, code: code || newUnitCode(label), status: 'new' };
    return { ...auto, guess: auto.status };
  }
  if (code && known) {
    const u = matcher.byCodeOf(code, year);
    if (u) {
      const part = breakdownBase(label);
      if (part && foldUnitName(part) === foldUnitName(u.name.vi) && foldUnitName(label) !== foldUnitName(u.name.vi)) return { ...base, code: u.code, status: 'breakdown' };
      return { ...base, code: u.code, status: 'code' };
    }
    const all = matcher.withCode(code);
    if (all.length) {
      const valid = validAt(all, year);
      if (valid.length > 1) return { ...base, code: null, status: 'ambiguous', suggestions: valid.map(brief) };
      // A code reused by a later unit (19753 in 2024 is Thuận Lộc, not Phú Xuân): a new unit of the
      // earlier vintage, ending the day before the code's later holder starts.
      const takenFrom = year !== undefined && Number.isFinite(year) ? matcher.codeTakenFrom(code, year) : undefined;
      if (takenFrom) {
        const validTo = dayBefore(takenFrom);
        return { ...base, code: `${code}@-${validTo}`, status: 'new', validTo };
      }
      // A known code outside its unit's life (district 480 in 2026): refused, never bound or re-created.
      return { ...base, code: null, status: 'skipped', outOfTime: true, suggestions: all.map(brief) };
    }
  } else if (!code) {
    // A code the registry doesn't know is a different unit, even if a known unit has the same name
    // (two communes called "Tân Lập"; a commune named like a district): match by name only without a code.
    const part = breakdownBase(label);
    const whole = part ? matcher.byNameOf(part, year) : undefined;
    if (whole && foldUnitName(label) !== foldUnitName(whole.name.vi)) return { ...base, code: whole.code, status: 'breakdown' };
    const named = matcher.withName(label, year);
    if (named.length === 1) return { ...base, code: named[0]!.code, status: 'name', suggestions: [brief(named[0]!)] };
    if (named.length > 1) return { ...base, code: null, status: 'ambiguous', suggestions: named.map(brief) };
  }
  const suggestions = suggest ? matcher.closest(label, 3, key).map(brief) : [];
  if (unmatched === 'skip') return { ...base, suggestions, code: null, status: 'skipped' };
  // Written out, not spread: a file of 10,000 new units makes 10,000 of these, most before the code is optimised.
  return { raw: label, key, rows: 0, firstRow, suggestions, code: code || newUnitCode(label), status: 'new' };
}
