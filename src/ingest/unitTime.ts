/**
 * Adapter to the unit model's time helpers. The lead is moving `Unit.validFrom/validTo` from years
 * to ISO dates and adding `officialCode`, `unitValidOn` and `referenceDate` to domain/units.ts;
 * until then these read both shapes. Switching is one import line in unitMatch.ts.
 */
import type { Unit } from '../domain/units.ts';

/** An end-of-year review's reference date: 31 Dec of its year. */
export function referenceDate(year: number): string {
  return `${String(year).padStart(4, '0')}-12-31`;
}

const asDate = (v: unknown, end: boolean): string | null => {
  if (v === null || v === undefined || v === '') return null;
  if (typeof v === 'number') return end ? `${v}-12-31` : `${v}-01-01`;
  return String(v);
};

/** Valid on an ISO date (validity bounds inclusive; null = open-ended). */
export function unitValidOn(u: Unit, isoDate: string): boolean {
  const from = asDate(u.validFrom, false);
  const to = asDate(u.validTo, true);
  return (from === null || from <= isoDate) && (to === null || isoDate <= to);
}

/** The published code (the registry key may be 'CODE@YYYY-MM-DD' for a later vintage reusing a code). */
export function officialCode(u: Unit): string {
  const own = (u as Unit & { officialCode?: string }).officialCode;
  return own ?? u.code.split('@')[0]!;
}
