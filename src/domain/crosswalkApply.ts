/**
 * Saving a crosswalk with a dataset: the units it names as merged away end the day before it takes
 * effect (so "today's units" treats them as the past), and it replaces a stored crosswalk that
 * describes the same change (one that leads into any of the same new units), else it is added.
 */
import type { Crosswalk, CrosswalkLink } from './crosswalk.ts';
import type { Dataset } from './dataset.ts';
import { foldName, UnitRegistry, type IsoDate, type Unit } from './units.ts';

export function dayBefore(d: IsoDate): IsoDate {
  const t = new Date(`${d}T00:00:00Z`);
  t.setUTCDate(t.getUTCDate() - 1);
  return t.toISOString().slice(0, 10);
}

const leaves = (u: Unit, l: CrosswalkLink) => l.kind !== 'unchanged' && l.toCode !== u.officialCode
  && (l.fromCode !== undefined ? l.fromCode === u.officialCode : foldName(l.fromName) === u.name.ascii);

/**
 * Units a crosswalk names as merged away, open-ended and begun before it took effect, end the day
 * before. A unit that already has an end date keeps it (the file knew better); a later vintage
 * that reuses an old code is not touched.
 */
export function endMergedUnits(units: readonly Unit[], cws: readonly Crosswalk[]): Unit[] {
  return units.map((u) => {
    if (u.validTo !== null) return u;
    const cw = cws.find((c) => (u.validFrom === null || u.validFrom < c.effective) && c.links.some((l) => leaves(u, l)));
    return cw ? { ...u, validTo: dayBefore(cw.effective) } : u;
  });
}

export interface CrosswalkApplied {
  dataset: Dataset;
  /** Ids of stored crosswalks the new one replaced. */
  replaced: string[];
  /** Registry codes of the units that now end the day before it takes effect. */
  ended: string[];
}

export function addCrosswalk(ds: Dataset, cw: Crosswalk): CrosswalkApplied {
  const targets = new Set(cw.links.map((l) => l.toCode));
  const kept: Crosswalk[] = [];
  const replaced: string[] = [];
  for (const c of ds.crosswalks ?? []) {
    if (c.id === cw.id || c.links.some((l) => targets.has(l.toCode))) replaced.push(c.id);
    else kept.push(c);
  }
  const before = ds.units.all();
  const after = endMergedUnits(before, [cw]);
  const ended = after.filter((u, i) => u !== before[i]).map((u) => u.code);
  const units = ended.length ? new UnitRegistry(after) : ds.units;
  return { dataset: { ...ds, units, crosswalks: [...kept, cw] }, replaced, ended };
}

/** What a crosswalk holds, for a preview. */
export interface CrosswalkCounts { links: number; whole: number; partial: number; partialWithShare: number; unchanged: number; oldUnits: number; newUnits: number }

export function crosswalkCounts(cw: Crosswalk): CrosswalkCounts {
  const c = { links: cw.links.length, whole: 0, partial: 0, partialWithShare: 0, unchanged: 0, oldUnits: 0, newUnits: 0 };
  const olds = new Set<string>();
  const news = new Set<string>();
  for (const l of cw.links) {
    c[l.kind]++;
    if (l.kind === 'partial' && l.share !== undefined) c.partialWithShare++;
    olds.add(l.fromCode ?? `${l.fromParent ?? ''}\u0001${foldName(l.fromName)}`);
    news.add(l.toCode);
  }
  return { ...c, oldUnits: olds.size, newUnits: news.size };
}
