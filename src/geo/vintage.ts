/**
 * Does a boundary file belong to the units of the year on screen? A file drawn for another vintage
 * (the 2019 districts on a 2025 view of 40 communes) may still match a few units by name, and
 * silently paint a district's shape for a commune of the same name. The check joins the file twice:
 * with the units of the year, and with every other unit the data knows (other vintages, other
 * levels). Areas that only the other units explain, as many or more than the year's units explain
 * by code, mean the file is of another vintage; the year's units left without a shape are named.
 */
import type { IsoDate, Unit, UnitRegistry } from '../domain/units.ts';
import { joinFeatures, type JoinResult, type JoinUnit } from './join.ts';
import { featureKey, type BoundaryFeature } from './boundaries.ts';

export interface VintageCheck {
  /** The year's units that got no shape. */
  missing: string[];
  /** Areas matching a unit of another vintage or level (and not a unit of the year by code). */
  other: { areas: number; units: string[]; validFrom: IsoDate | null; validTo: IsoDate | null };
  /** Units of the year joined only by a name that also names a unit of another vintage (e.g. a district). */
  doubtful: { unit: string; other: string }[];
  /** The file seems to be of another vintage than the year's units. */
  mismatch: boolean;
}

const joinUnit = (u: Unit): JoinUnit => ({ code: u.code, names: [u.name.vi, u.name.en, u.name.ascii] });

export function checkVintage(features: readonly BoundaryFeature[], prop: string, now: JoinResult, yearUnits: readonly string[], registry: UnitRegistry): VintageCheck {
  const inYear = new Set(yearUnits);
  const others = registry.all().filter((u) => !inYear.has(u.code));
  const then = joinFeatures(features, prop, others.map(joinUnit));
  const byCodeNow = new Set<number>();
  features.forEach((f, i) => {
    const code = now.featureUnit[i];
    const key = featureKey(f, prop);
    if (code && key !== null && (key.trim() === code || key.trim() === registry.get(code)?.officialCode)) byCodeNow.add(i);
  });
  const otherUnits: string[] = [];
  const doubtful: VintageCheck['doubtful'] = [];
  features.forEach((_, i) => {
    const o = then.featureUnit[i];
    if (!o || byCodeNow.has(i)) return;
    otherUnits.push(o);
    const n = now.featureUnit[i];
    if (n) doubtful.push({ unit: n, other: o });
  });
  const units = otherUnits.map((c) => registry.get(c)!);
  const froms = units.map((u) => u.validFrom);
  const tos = units.map((u) => u.validTo);
  // One bound for the other vintage only when every unit of it has one (else it is open on that side).
  const validFrom = froms.length && froms.every((d) => d !== null) ? froms.sort()[0]! : null;
  const validTo = tos.length && tos.every((d) => d !== null) ? tos.sort().at(-1)! : null;
  const mismatch = otherUnits.length > 0 && otherUnits.length >= byCodeNow.size && (now.unmatchedUnits.length > 0 || doubtful.length > 0);
  return { missing: now.unmatchedUnits, other: { areas: otherUnits.length, units: otherUnits, validFrom, validTo }, doubtful, mismatch };
}
