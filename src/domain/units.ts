/** Administrative units of any region and level. Names are kept in NFC; `ascii` is for matching. */

export type UnitLevel = 'country' | 'region' | 'province' | 'district' | 'commune';

export interface Unit {
  code: string;
  level: UnitLevel;
  parent: string | null;
  name: { vi: string; en: string; ascii: string };
  /** Inclusive validity years; null = open-ended. Units are merged and split over time. */
  validFrom: number | null;
  validTo: number | null;
  /** Free tags such as "mountain" (used for filters and captions, never for maths). */
  tags: string[];
}

/** Strip tone marks and đ for matching: "Hương Thủy" → "huong thuy". */
export function foldName(s: string): string {
  return s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}

export function makeUnit(p: {
  code: string; level: UnitLevel; parent?: string | null; nameVi: string; nameEn?: string;
  validFrom?: number | null; validTo?: number | null; tags?: string[];
}): Unit {
  const vi = p.nameVi.normalize('NFC').trim();
  return {
    code: p.code.trim(),
    level: p.level,
    parent: p.parent ?? null,
    name: { vi, en: (p.nameEn ?? foldAsciiTitle(vi)).normalize('NFC'), ascii: foldName(vi) },
    validFrom: p.validFrom ?? null,
    validTo: p.validTo ?? null,
    tags: p.tags ?? [],
  };
}

function foldAsciiTitle(s: string): string {
  return s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/đ/g, 'd').replace(/Đ/g, 'D');
}

export class UnitRegistry {
  private readonly byCode = new Map<string, Unit>();

  constructor(units: Iterable<Unit> = []) {
    for (const u of units) this.byCode.set(u.code, u);
  }

  get size(): number { return this.byCode.size; }
  get(code: string): Unit | undefined { return this.byCode.get(code); }
  has(code: string): boolean { return this.byCode.has(code); }
  all(): Unit[] { return [...this.byCode.values()]; }

  children(parent: string): Unit[] {
    return this.all().filter((u) => u.parent === parent);
  }

  /** Top-most units (no parent, or a parent that is not loaded). */
  roots(): Unit[] {
    return this.all().filter((u) => u.parent === null || !this.byCode.has(u.parent));
  }

  isValidIn(code: string, year: number): boolean {
    const u = this.byCode.get(code);
    if (!u) return false;
    return (u.validFrom === null || year >= u.validFrom) && (u.validTo === null || year <= u.validTo);
  }

  /** A new registry with these units added or replaced (registries are immutable for the store). */
  with(units: Iterable<Unit>): UnitRegistry {
    const next = new UnitRegistry(this.byCode.values());
    for (const u of units) next.byCode.set(u.code, u);
    return next;
  }

  name(code: string, lang: 'vi' | 'en'): string {
    const u = this.byCode.get(code);
    return u ? u.name[lang] : code;
  }
}
