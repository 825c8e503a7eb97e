/**
 * Administrative units of any region and level, through time. A unit is a code *and* a validity:
 * codes are reused (19753 was Phường Thuận Lộc until 30 Jun 2025 and is Phường Phú Xuân since),
 * so the registry key (`code`) of a later vintage that reuses a code is `CODE@FROM`, while
 * `officialCode` keeps the published code. Names can change without the unit changing (46 is
 * "Thừa Thiên Huế" until 2024 and "Huế" from 2025): those are name vintages of one unit.
 * Names are kept in NFC; `ascii` is for matching.
 */
import { foldAsciiTitle, foldName } from './fold.ts';

export { foldName, squashSpaces } from './fold.ts';

export type UnitLevel = 'country' | 'region' | 'province' | 'district' | 'commune';

/** An ISO date, 'YYYY-MM-DD'. Compared as strings. */
export type IsoDate = string;

export interface UnitName { vi: string; en: string; ascii: string }

/** A name valid between two dates (inclusive; null = open-ended). */
export interface NameVintage extends UnitName {
  from: IsoDate | null;
  to: IsoDate | null;
}

export interface Unit {
  /** Registry key: the official code, or `CODE@FROM` for a later vintage that reuses a code. */
  code: string;
  /** The code as published by the statistics office. */
  officialCode: string;
  level: UnitLevel;
  parent: string | null;
  /** The latest name; `names` holds earlier ones when the unit was renamed. */
  name: UnitName;
  names?: NameVintage[];
  /** Inclusive validity dates; null = open-ended. */
  validFrom: IsoDate | null;
  validTo: IsoDate | null;
  /** Free tags such as "mountain" (used for filters and captions, never for maths). */
  tags: string[];
  /** A hand-made tile-map position [col, row] (data, e.g. data/hue-2025/tiles.csv), used when every unit drawn has one. */
  tile?: [number, number];
}

/** The date a year's figure refers to: poverty reviews are made at the end of the year. */
export function referenceDate(year: number): IsoDate {
  return `${String(year).padStart(4, '0')}-12-31`;
}

/** A year or a date as an ISO date: a bare year means its first day (from) or last day (to). */
export function toIsoDate(v: string | number | null | undefined, end: 'from' | 'to'): IsoDate | null {
  if (v === null || v === undefined || v === '') return null;
  const s = String(v).trim();
  if (/^\d{4}$/.test(s)) return end === 'from' ? `${s}-01-01` : `${s}-12-31`;
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s) ?? /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(s);
  if (!m) return null;
  return m[0].includes('/') ? `${m[3]}-${m[2]!.padStart(2, '0')}-${m[1]!.padStart(2, '0')}` : s;
}

export function validOn(u: Pick<Unit, 'validFrom' | 'validTo'>, date: IsoDate): boolean {
  return (u.validFrom === null || date >= u.validFrom) && (u.validTo === null || date <= u.validTo);
}

export function validInYear(u: Pick<Unit, 'validFrom' | 'validTo'>, year: number): boolean {
  return validOn(u, referenceDate(year));
}

/** The name in force on a date (the latest name when no vintage covers it). */
export function nameOn(u: Unit, date: IsoDate | null): UnitName {
  if (date === null || !u.names) return u.name;
  return u.names.find((n) => validOn({ validFrom: n.from, validTo: n.to }, date)) ?? u.name;
}

function makeName(vi: string, en?: string): UnitName {
  const v = nfc(vi).trim();
  return { vi: v, en: nfc(en ?? foldAsciiTitle(v)), ascii: foldName(v) };
}

/**
 * s in NFC, without asking the platform when every character is below U+0300 or a precomposed
 * Vietnamese letter (U+1E00–U+1EFF): none of them is a combining mark or one NFC replaces. A file's
 * 10,000 new units asked twice each (~0.1 µs a call).
 */
function nfc(s: string): string {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0x300 && (c < 0x1e00 || c > 0x1eff)) return s.normalize('NFC');
  }
  return s;
}

export function makeUnit(p: {
  code: string; officialCode?: string; level: UnitLevel; parent?: string | null; nameVi: string; nameEn?: string;
  validFrom?: string | number | null; validTo?: string | number | null; tags?: string[];
  names?: Array<{ from?: string | number | null; to?: string | number | null; vi: string; en?: string }>;
}): Unit {
  const code = p.code.trim();
  const unit: Unit = {
    code,
    officialCode: (p.officialCode ?? (code.includes('@') ? code.slice(0, code.indexOf('@')) : code)).trim(),
    level: p.level,
    parent: p.parent ?? null,
    name: makeName(p.nameVi, p.nameEn),
    validFrom: toIsoDate(p.validFrom, 'from'),
    validTo: toIsoDate(p.validTo, 'to'),
    tags: p.tags ?? [],
  };
  if (p.names?.length) {
    unit.names = p.names.map((n) => ({ ...makeName(n.vi, n.en), from: toIsoDate(n.from, 'from'), to: toIsoDate(n.to, 'to') }));
  }
  return unit;
}

/**
 * A unit from storage or a worker message, in today's shape: records saved before vintages had
 * years as validity and no official code.
 */
export function normalizeUnit(u: Unit): Unit {
  const from = typeof u.validFrom === 'number' ? toIsoDate(u.validFrom, 'from') : u.validFrom ?? null;
  const to = typeof u.validTo === 'number' ? toIsoDate(u.validTo, 'to') : u.validTo ?? null;
  if (from === u.validFrom && to === u.validTo && typeof u.officialCode === 'string') return u;
  return { ...u, officialCode: u.officialCode ?? u.code.split('@')[0]!, validFrom: from, validTo: to };
}


function overlaps(a: Pick<Unit, 'validFrom' | 'validTo'>, b: Pick<Unit, 'validFrom' | 'validTo'>): boolean {
  return (a.validFrom === null || b.validTo === null || a.validFrom <= b.validTo)
    && (b.validFrom === null || a.validTo === null || b.validFrom <= a.validTo);
}

/**
 * The registry key for a unit joining `existing`: its own code unless another vintage of the
 * same official code already holds it, then `CODE@FROM` (or `CODE@-TO` when it has no start).
 */
export function vintageKey(u: Unit, existing: UnitRegistry): string {
  const held = existing.get(u.code);
  if (!held || overlaps(held, u)) return u.code;
  return `${u.officialCode}@${u.validFrom ?? `-${u.validTo ?? ''}`}`;
}

export class UnitRegistry {
  private readonly byCode = new Map<string, Unit>();
  private byOfficial: Map<string, Unit[]> | null = null;
  private kids: Map<string | null, Unit[]> | null = null;

  constructor(units: Iterable<Unit> = []) {
    for (const u of units) {
      const n = normalizeUnit(u);
      this.byCode.set(n.code, n);
    }
  }

  get size(): number { return this.byCode.size; }
  get(code: string): Unit | undefined { return this.byCode.get(code); }
  has(code: string): boolean { return this.byCode.has(code); }
  all(): Unit[] { return [...this.byCode.values()]; }

  children(parent: string): Unit[] {
    if (!this.kids) {
      this.kids = new Map();
      for (const u of this.byCode.values()) {
        const list = this.kids.get(u.parent);
        if (list) list.push(u);
        else this.kids.set(u.parent, [u]);
      }
    }
    return this.kids.get(parent) ?? [];
  }

  /** Children valid at the end of `year` (the units a year's figures are reported by). */
  childrenIn(parent: string, year: number): Unit[] {
    return this.children(parent).filter((u) => validInYear(u, year));
  }

  /** Top-most units (no parent, or a parent that is not loaded). */
  roots(): Unit[] {
    return this.all().filter((u) => u.parent === null || !this.byCode.has(u.parent));
  }

  /** Every vintage that carries this published code. */
  withOfficialCode(official: string): Unit[] {
    if (!this.byOfficial) {
      this.byOfficial = new Map();
      for (const u of this.byCode.values()) {
        const k = u.officialCode.toLowerCase();
        this.byOfficial.set(k, [...(this.byOfficial.get(k) ?? []), u]);
      }
    }
    return this.byOfficial.get(official.trim().toLowerCase()) ?? [];
  }

  /** The unit carrying a published code on a date; undefined when none, or more than one, does. */
  resolveCode(official: string, date: IsoDate): Unit | undefined {
    const hits = this.withOfficialCode(official).filter((u) => validOn(u, date));
    return hits.length === 1 ? hits[0] : undefined;
  }

  isValidIn(code: string, year: number): boolean {
    const u = this.byCode.get(code);
    return u !== undefined && validInYear(u, year);
  }

  /** A new registry with these units added or replaced (registries are immutable for the store). */
  with(units: Iterable<Unit>): UnitRegistry {
    const next = new UnitRegistry(this.byCode.values());
    for (const u of units) {
      const n = normalizeUnit(u);
      next.byCode.set(n.code, n);
    }
    return next;
  }

  /** The name in force at the end of `year` when given, else the latest name. */
  name(code: string, lang: 'vi' | 'en', year?: number): string {
    const u = this.byCode.get(code);
    if (!u) return code;
    return nameOn(u, year === undefined ? null : referenceDate(year))[lang];
  }
}

/** Tile-map inputs for units: their hand-made positions when the data has them. */
export function tileInputs(ds: { units: UnitRegistry }, codes: readonly string[]): { code: string; tile?: [number, number] }[] {
  return codes.map((code) => {
    const tile = ds.units.get(code)?.tile;
    return tile ? { code, tile } : { code };
  });
}

const NAME_PREFIX = /^(Thành phố|Thị xã|Thị trấn|Huyện|Quận|Xã|Phường|Tỉnh|TP\.?|TX\.?)\s+/iu;
const NAME_SUFFIX = /\s+(District|Town|City|Province|Commune|Ward)$/iu;
/**
 * A unit's name without its level word, for small spaces (tiles, map labels):
 * "Thị xã Hương Thủy" → "Hương Thủy", "Phong Dien District" → "Phong Dien". A name that is only
 * a level word stays whole.
 */
export function shortUnitName(name: string): string {
  return name.replace(NAME_PREFIX, '').replace(NAME_SUFFIX, '') || name;
}
