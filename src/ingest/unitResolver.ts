/**
 * One unit resolver for every ingest path (the full pipeline and the streaming path): each distinct
 * (code, folded name) is resolved once and cached; units accepted as new are collected with a level
 * and a parent (the user's choice, else a parent column, else the name's qualifier: "Hương Phong
 * (xã, huyện A Lưới)"); closest-name suggestions are computed for the first few hundred unmatched
 * names only; the unmatched warnings come from here too.
 */
import { makeUnit, type Unit, type UnitLevel } from '../domain/units.ts';
import { UnitMatcher, resolveUnit } from './unitMatch.ts';
import { breakdownBase, foldUnitName, levelFromName, splitQualifier } from './unitNames.ts';
import type { Issue, IssueItems } from './issues.ts';
import { StrMap } from './strMap.ts';
import { objects, PART } from './lists.ts';
import type { UnitMatch } from './types.ts';

/** Units for which closest-name suggestions are computed (each compares with every known unit). */
export const MAX_SUGGESTED = 300;

export interface ResolverOptions {
  /** [folded unit name, choice]: a known unit code, 'new' or 'skip'. */
  unitChoices?: [string, string][];
  newUnitPlaces?: [string, string | null, UnitLevel][];
  unmatched?: 'new' | 'skip';
}

interface CodeEntry {
  /** The first folded name (and year, when the answer depends on it) resolved with this code, and its match. */
  sub: string;
  m: UnitMatch | undefined;
  /** The other names' (or years') matches: most codes have one. */
  more: Map<string, UnitMatch> | undefined;
  /** The folded name of the first label accepted as new with this code, to tell "Việt Nam – huyện nghèo" from "Việt Nam". */
  first: string | undefined;
  /** The new unit made with this code. */
  unit: Unit | undefined;
}

export class UnitResolver {
  readonly matcher: UnitMatcher;
  private readonly choices: Map<string, string>;
  private readonly places: Map<string, [string | null, UnitLevel]>;
  private readonly unmatched: 'new' | 'skip';
  /**
   * Per code of the file ('' for rows without one), in one map (a map that grows to 10,000 entries
   * costs more than all its lookups; see StrMap): its matches by folded name (and year), and the new
   * unit made with it as a unit code.
   */
  private readonly byCode = new StrMap<CodeEntry>();
  /** Every match, in the order first met (the warnings list them so). */
  private readonly order = objects<UnitMatch>();
  /**
   * New units' order (index into freshUnits) by code and by folded name (the first one of each), for
   * parentOf; filled only when a parent is looked up (most files have no parent to find among them).
   */
  private readonly freshByCode = new Map<string, number>();
  private readonly freshByName = new Map<string, number>();
  private readonly freshUnits = objects<Unit>();
  /** Each new unit's folded name when it is its label's (already folded), else ''. */
  private readonly freshKeys = objects<string>();
  private indexed = 0;
  // The last label folded, for yearFree (called right after resolve). Callers resolve each distinct
  // label once (or once a year when it has vintages), so a map of folded labels would only grow.
  private lastLabel = '';
  private lastKey = '';
  /** The last code resolve looked up, and whether a known unit has it (yearFree asks again). */
  private lastCode = '';
  private lastKnown = false;
  private suggested = 0;
  /** Whether the last resolved label depends on the row's year (the streaming path then resolves every row). */
  lastVintaged = false;

  constructor(known: readonly Unit[], opts: ResolverOptions = {}) {
    this.matcher = new UnitMatcher(known);
    this.choices = new Map(opts.unitChoices ?? []);
    this.places = new Map((opts.newUnitPlaces ?? []).map(([k, p, l]) => [k, [p, l]]));
    this.unmatched = opts.unmatched ?? 'new';
  }

  /**
   * The match for one row's unit (its row count incremented); `row` is the 1-based file row,
   * `parent` the row's parent cell (code or name) when the file has a parent column.
   */
  resolve(row: number, code: string, name: string, year: number | null | undefined, parent = ''): UnitMatch {
    // A name cell that is a known code and nothing else ("481" in DHIS2's orgUnit) is that code.
    if (!code && /^[\w@.-]+$/.test(name) && this.matcher.withCode(name).length) { code = name; name = ''; }
    const label = name || code;
    const key = this.fold(label);
    // Most codes of a file are no known unit's: one lookup, then none of the code's others.
    const known = code !== '' && this.knows(code);
    // Same name with another code is another unit: kept by both. A code or name with several
    // vintages resolves per year (19753 is two units).
    const y0 = year ?? 0;
    const vintaged = code ? known && (this.matcher.hasVintages(code, key) || this.matcher.codeTakenFrom(code, Number.isFinite(y0) ? y0 : 0) !== undefined) : this.matcher.hasVintages(code, key);
    const sub = vintaged ? `${key}\u0001${year}` : key;
    this.lastVintaged = vintaged;
    let e = this.byCode.get(code);
    let m = e?.m === undefined ? undefined : e.sub === sub ? e.m : e.more?.get(sub);
    if (!m) {
      const y = year !== null && year !== undefined && Number.isFinite(year) ? year : undefined;
      m = resolveUnit(row, label, key, code, this.matcher, this.choices, this.suggested < MAX_SUGGESTED, this.unmatched, y, known);
      if (m.suggestions.length && m.status !== 'name') this.suggested++;
      if (e === undefined) this.byCode.set(code, (e = { sub, m: undefined, more: undefined, first: undefined, unit: undefined }));
      if (m.status === 'new' && code) {
        if (e.first === undefined) e.first = key;
        else {
          const part = breakdownBase(label);
          if (part && foldUnitName(part) === e.first) m = { ...m, status: 'breakdown' };
        }
      }
      const made = m.status === 'new' && m.code ? (m.code === code ? e : this.byCode.get(m.code)) : undefined;
      // The file's code itself, when no known unit has it, needs no second look in the registry.
      if (m.status === 'new' && m.code && made?.unit === undefined && !(m.code === code && !known ? undefined : this.matcher.byCodeOf(m.code))) {
        const place = this.places.size ? this.places.get(key) : undefined;
        const level = place?.[1] ?? levelFromName(label);
        const parentCode = place ? place[0] : this.parentOf(parent, label, y);
        // A new object with its final fields (adding two fields to the one resolveUnit made was a slow
        // shape change), written out where it has no others (a spread is slow before optimisation).
        const newCode = m.code;
        m = m.validTo === undefined && m.guess === undefined
          ? { raw: m.raw, key: m.key, rows: m.rows, firstRow: m.firstRow, suggestions: m.suggestions, code: newCode, status: 'new', level, parent: parentCode }
          : { ...m, level, parent: parentCode };
        const unit = makeUnit({ code: newCode, level, nameVi: label.includes('(') ? splitQualifier(label).base : label.trim(), parent: parentCode, validTo: m.validTo ?? null });
        if (made) made.unit = unit;
        else this.byCode.set(newCode, { sub: '', m: undefined, more: undefined, first: undefined, unit });
        this.freshUnits.push(unit);
        // The name is most often the label itself, already folded above.
        this.freshKeys.push(unit.name.vi === label ? key : '');
      }
      if (e.m === undefined) { e.sub = sub; e.m = m; } else (e.more ??= new Map()).set(sub, m);
      this.order.push(m);
    }
    m.rows++;
    return m;
  }

  private knows(code: string): boolean {
    if (code !== this.lastCode) { this.lastKnown = this.matcher.knowsCode(code); this.lastCode = code; }
    return this.lastKnown;
  }

  private fold(label: string): string {
    if (label !== this.lastLabel) { this.lastKey = foldUnitName(label); this.lastLabel = label; }
    return this.lastKey;
  }

  /**
   * True when the answer for this code and name cannot depend on the row's year (no known unit has
   * the code, the name is no known code, and neither has several vintages): callers may reuse it.
   */
  yearFree(code: string, name: string): boolean {
    // No known units (a first import into an empty dataset): nothing can depend on the year.
    if (!this.matcher.units.length) return true;
    if (this.matcher.knowsCode(name) && this.matcher.withCode(name).length) return false;
    // A code's vintages are its units' (withCode): a code no known unit has has none.
    if (code) return !this.knows(code) || this.matcher.withCode(code).length === 0;
    return this.matcher.withCode(code).length === 0 && !this.matcher.hasVintages(code, this.fold(name || code));
  }

  /** A new unit's parent: the parent cell (a code or a name), else the name's qualifier ("…, huyện A Lưới"). */
  private parentOf(cell: string, label: string, year?: number): string | null {
    const text = cell.trim() || (label.includes('(') ? splitQualifier(label).parent : null) || '';
    if (!text) return null;
    const byCode = this.matcher.withCode(text);
    if (byCode.length === 1) return byCode[0]!.code;
    const known = this.matcher.byNameOf(text, year)?.code;
    if (known) return known;
    // A parent that is itself new in this file ("Tiên Phước (huyện, Quảng Nam)" under the file's "Quảng Nam").
    // The first new unit (in file order) with that code or that folded name.
    for (; this.indexed < this.freshUnits.length; this.indexed++) {
      const u = this.freshUnits[this.indexed]!;
      if (!this.freshByCode.has(u.code)) this.freshByCode.set(u.code, this.indexed);
      const f = this.freshKeys[this.indexed] || foldUnitName(u.name.vi);
      if (!this.freshByName.has(f)) this.freshByName.set(f, this.indexed);
    }
    const a = this.freshByCode.get(text);
    const b = this.freshByName.get(foldUnitName(text));
    const first = a === undefined ? b : b === undefined ? a : Math.min(a, b);
    return first === undefined ? null : this.freshUnits[first]!.code;
  }

  matches(): UnitMatch[] { return [...this.order]; }
  newUnits(): Unit[] { return [...this.freshUnits]; }

  /**
   * The names accepted as new units, in one warning listing each with its first row, its column
   * (the name column, or the code column when the row had no name) and the closest known names;
   * none when every name matched.
   */
  warnings(file: string, column: (m: UnitMatch) => string = () => ''): Issue[] {
    const items: IssueItems = { value: [], row: [], column: [], suggestions: [] };
    // In parts (lists.ts PART): one loop over 10,000 matches, run once per import, was optimised late.
    for (let i = 0; i < this.order.length; i += PART) newOnes(this.order, i, Math.min(this.order.length, i + PART), items, column);
    const n = items.value.length;
    if (!n) return [];
    // Names are met in file order, but a name first resolved for another year may come later.
    if (!items.row.every((r, k) => k === 0 || items.row[k - 1]! <= r)) {
      const order = items.row.map((_, k) => k).sort((a, b) => items.row[a]! - items.row[b]! || a - b);
      for (const key of ['value', 'row', 'column', 'suggestions'] as const) { const c = items[key] as unknown[]; const copy = [...c]; order.forEach((o, k) => { c[k] = copy[o]; }); }
    }
    return [{ severity: 'warning', file, row: items.row[0]!, column: items.column[0]!, value: '', code: 'units_unmatched', params: { n, first: items.value.slice(0, 3).join(', ') + (n > 3 ? ', …' : '') }, items }];
  }
}

/** The matches from..to accepted as new, into the warning's columns. */
function newOnes(order: readonly UnitMatch[], from: number, to: number, items: IssueItems, column: (m: UnitMatch) => string): void {
  for (let i = from; i < to; i++) {
    const m = order[i]!;
    if (m.status !== 'new') continue;
    items.value.push(m.raw);
    items.row.push(m.firstRow ?? 0);
    items.column.push(column(m));
    // Most new units have none (only the first few hundred are compared with the known ones).
    items.suggestions.push(m.suggestions.length ? m.suggestions.map((s) => s.name).join(', ') || '–' : '–');
  }
}
