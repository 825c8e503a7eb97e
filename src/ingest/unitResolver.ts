/**
 * One unit resolver for every ingest path (the full pipeline and the streaming path): each distinct
 * (code, folded name) is resolved once and cached; units accepted as new are collected; closest-name
 * suggestions are computed for the first few hundred unmatched names only; the unmatched warnings
 * come from here too.
 */
import { makeUnit, type Unit } from '../domain/units.ts';
import { UnitMatcher, foldUnitName, levelFromName, resolveUnit } from './unitMatch.ts';
import type { Issue } from './issues.ts';
import type { UnitMatch } from './types.ts';

/** Units for which closest-name suggestions are computed (each compares with every known unit). */
export const MAX_SUGGESTED = 300;

export interface ResolverOptions {
  /** [folded unit name, choice]: a known unit code, 'new' or 'skip'. */
  unitChoices?: [string, string][];
  unmatched?: 'new' | 'skip';
}

export class UnitResolver {
  readonly matcher: UnitMatcher;
  private readonly choices: Map<string, string>;
  private readonly unmatched: 'new' | 'skip';
  private readonly cache = new Map<string, UnitMatch>();
  private readonly fresh = new Map<string, Unit>();
  // Names repeat on every row of a long file: fold each distinct one once.
  private readonly folded = new Map<string, string>();
  private suggested = 0;

  constructor(known: readonly Unit[], opts: ResolverOptions = {}) {
    this.matcher = new UnitMatcher(known);
    this.choices = new Map(opts.unitChoices ?? []);
    this.unmatched = opts.unmatched ?? 'new';
  }

  /** The match for one row's unit (its row count incremented); `row` is the 1-based file row. */
  resolve(row: number, code: string, name: string, year: number | null | undefined): UnitMatch {
    const label = name || code;
    let key = this.folded.get(label);
    if (key === undefined) this.folded.set(label, (key = foldUnitName(label)));
    // Same name with another code is another unit: cache by both.
    const cacheKey = code ? `${code}\u0001${key}` : key;
    let m = this.cache.get(cacheKey);
    if (!m) {
      const y = year !== null && year !== undefined && Number.isFinite(year) ? year : undefined;
      m = resolveUnit(row, label, key, code, this.matcher, this.choices, this.suggested < MAX_SUGGESTED, this.unmatched, y);
      if (m.suggestions.length) this.suggested++;
      if (m.status === 'new' && m.code && !this.fresh.has(m.code) && !this.matcher.byCodeOf(m.code)) {
        this.fresh.set(m.code, makeUnit({ code: m.code, level: levelFromName(label), nameVi: name || code, parent: null }));
      }
      this.cache.set(cacheKey, m);
    }
    m.rows++;
    return m;
  }

  matches(): UnitMatch[] { return [...this.cache.values()]; }
  newUnits(): Unit[] { return [...this.fresh.values()]; }

  /** One warning per name accepted as a new unit, with the closest known names. */
  warnings(file: string): Issue[] {
    const out: Issue[] = [];
    for (const m of this.cache.values()) {
      if (m.status !== 'new') continue;
      out.push({ severity: 'warning', file, row: m.firstRow ?? 0, column: '', value: m.raw, code: 'unit_unmatched', params: { suggestions: m.suggestions.map((s) => s.name).join(', ') } });
    }
    return out;
  }
}
