/**
 * "Today's units": a table re-expressed in the units valid on a date. Counts are summed along
 * whole merges (or split by a stated household share); rates are re-derived from the sums. A unit
 * that can only be reached through a partial link without a share, or whose predecessors are
 * missing a year, is listed as not comparable with the reason; nothing is filled with a guess.
 */
import { derivedProvenance } from './provenance.ts';
import { bothLanguages, phrase } from './narrative/render.ts';
import { ratioSource } from './derive.ts';
import type { Crosswalk, CrosswalkLink } from './crosswalk.ts';
import type { Dataset } from './dataset.ts';
import { describeIndicator } from './catalogue.ts';
import { INDICATORS, INDICATOR_IDS } from './indicators.ts';
import type { ObservationTable } from './observations.ts';
import { TableBuilder } from './tableBuilder.ts';
import { foldName, referenceDate, UnitRegistry, validOn, type IsoDate, type Unit } from './units.ts';

export interface NotComparable {
  code: string;
  reason: 'partial-without-share' | 'missing-predecessor' | 'reported-by-parent' | 'not-a-count';
  /** Years concerned, and the old units or indicators the reason is about. */
  years: number[];
  detail: string[];
}

export interface Reexpressed {
  asOf: IsoDate;
  units: Unit[];
  table: ObservationTable;
  /** Rows that moved through a crosswalk (unit, indicator, year keys), for `via: "crosswalk"`. */
  moved: Set<string>;
  notComparable: NotComparable[];
}

interface Pred { link: CrosswalkLink; old?: Unit; share: number | null }

export const movedKey = (unit: string, indicator: string, year: number) => `${unit}\u0001${indicator}\u0001${year}`;

const fold = (s: string) => foldName(s).replace(/^(xa|phuong|thi tran|dac khu|huyen|quan|thi xa|thanh pho|tinh)\s+/, '');

/** Crosswalk links that start at this old unit (by code, else by name within its parent). */
function linksFrom(u: Unit, registry: UnitRegistry, cws: readonly Crosswalk[]): { cw: Crosswalk; link: CrosswalkLink }[] {
  const out: { cw: Crosswalk; link: CrosswalkLink }[] = [];
  const parent = u.parent ? registry.get(u.parent)?.officialCode ?? u.parent : undefined;
  for (const cw of cws) {
    if (u.validTo !== null && u.validTo >= cw.effective) continue; // still valid after the change
    for (const link of cw.links) {
      const byCode = link.fromCode !== undefined && link.fromCode === u.officialCode;
      // "Xã Hương Phong" (A Lưới) is not "Phường Hương Phong" (Huế): prefixes count when both have one.
      const sameName = fold(u.name.vi) === u.name.ascii || fold(link.fromName) === foldName(link.fromName)
        ? fold(link.fromName) === fold(u.name.vi)
        : foldName(link.fromName) === u.name.ascii;
      const byName = link.fromCode === undefined && sameName
        && (link.fromParent === undefined || parent === undefined || link.fromParent === parent);
      if (byCode || byName) out.push({ cw, link });
    }
  }
  return out;
}

/** The unit valid on `asOf` that a crosswalk's new code names (the new vintage of a reused code). */
function target(code: string, cw: Crosswalk, registry: UnitRegistry, asOf: IsoDate): Unit | undefined {
  return registry.withOfficialCode(code).find((u) => validOn(u, cw.effective) && validOn(u, asOf))
    ?? registry.resolveCode(code, asOf);
}

export function reexpress(ds: Pick<Dataset, 'units' | 'table'>, crosswalks: readonly Crosswalk[], asOf: IsoDate): Reexpressed {
  const { units: registry, table } = ds;
  const today = registry.all().filter((u) => validOn(u, asOf));
  const todayCodes = new Set(today.map((u) => u.code));
  const b = new TableBuilder(table.size);
  const moved = new Set<string>();
  const notComparable = new Map<string, NotComparable>();
  const flag = (code: string, reason: NotComparable['reason'], year: number, detail: string) => {
    const k = `${code}\u0001${reason}`;
    const nc = notComparable.get(k) ?? { code, reason, years: [], detail: [] };
    if (!nc.years.includes(year)) nc.years.push(year);
    if (!nc.detail.includes(detail)) nc.detail.push(detail);
    notComparable.set(k, nc);
  };

  // Today's units keep their own rows.
  b.addTable(table, (r) => !todayCodes.has(table.cols.units[table.cols.unit[r]!]!));

  // Old units: where does each go, and who are each new unit's predecessors?
  const preds = new Map<string, Pred[]>();
  const reached = new Map<string, { cw: Crosswalk; official: string }>();
  const oldOnes = table.unitCodes.filter((c) => !todayCodes.has(c));
  for (const code of oldOnes) {
    const u = registry.get(code);
    if (!u) continue;
    const links = linksFrom(u, registry, crosswalks);
    if (links.length === 0) {
      // A parent of the old vintage (a district): its figures can't be split among new units.
      const viaKids = crosswalks.flatMap((cw) => cw.links.filter((l) => l.fromParent === u.officialCode).map((l) => ({ cw, l })));
      for (const { cw, l } of viaKids) {
        const t = target(l.toCode, cw, registry, asOf);
        if (t) for (const y of table.years()) if (table.value(code, 'poor_households', y) !== undefined || table.value(code, 'poverty_rate', y) !== undefined) flag(t.code, 'reported-by-parent', y, u.officialCode);
      }
      continue;
    }
    for (const { cw, link } of links) {
      const t = target(link.toCode, cw, registry, asOf);
      if (!t) continue;
      const share = link.kind === 'partial' ? (link.share ?? null) : 1;
      preds.set(t.code, [...(preds.get(t.code) ?? []), { link, old: u, share }]);
      reached.set(t.code, { cw, official: link.toCode });
    }
  }
  // Every old unit a new one was made of must be there, not only those the file happens to hold.
  for (const [code, { cw, official }] of reached) {
    const list = preds.get(code)!;
    for (const link of cw.links) {
      if (link.toCode === official && !list.some((p) => p.link === link)) list.push({ link, share: link.kind === 'partial' ? (link.share ?? null) : 1 });
    }
  }

  // Sum counts per new unit and year; only when every predecessor has the value.
  const counts = new Set(table.indicatorIds.filter((id) => describeIndicator(id).kind === 'count' && !describeIndicator(id).isTarget));
  for (const [code, list] of preds) {
    const years = new Set<number>();
    for (const p of list) if (p.old) for (const id of table.indicatorIds) for (const y of table.series(p.old.code, id).years) years.add(y);
    for (const year of [...years].sort((a, b) => a - b)) {
      if (table.find(code, 'poverty_rate', year) >= 0 || table.find(code, 'poor_households', year) >= 0) continue; // own figure wins
      const noShare = list.filter((p) => p.share === null);
      if (noShare.length) {
        for (const p of noShare) flag(code, 'partial-without-share', year, p.link.fromName);
        continue;
      }
      for (const id of table.indicatorIds) {
        const value = (p: Pred) => (p.old ? table.value(p.old.code, id, year) : undefined);
        const have = list.filter((p) => value(p) !== undefined);
        if (have.length === 0) continue;
        if (isRatio(id)) continue; // re-derived from the summed counts below
        if (!counts.has(id)) { flag(code, 'not-a-count', year, id); continue; }
        if (have.length < list.length) {
          for (const p of list) if (!have.includes(p)) flag(code, 'missing-predecessor', year, p.link.fromName);
          continue;
        }
        let sum = 0;
        for (const p of list) sum += value(p)! * p.share!;
        // A moved value takes the weakest provenance of its predecessors (provenance.ts).
        const inputs = list.map((p) => table.provenance(table.find(p.old!.code, id, year)));
        const codesOf = list.map((p) => p.old!.officialCode).join(' + ');
        b.add(code, id, year, list.every((p) => p.share === 1) ? sum : Math.round(sum),
          derivedProvenance(bothLanguages(phrase('source.crosswalk', { codes: { text: { vi: codesOf, en: codesOf } } })), inputs));
        moved.add(movedKey(code, id, year));
      }
    }
  }
  const built = b.build();
  return { asOf, units: today, table: rederiveRates(built, moved), moved, notComparable: [...notComparable.values()] };
}

const isRatio = (id: string) => INDICATOR_IDS.some((k) => k === id && INDICATORS[k].ratio !== undefined);

/** Rates of moved units from their summed counts (a rate is never summed). */
function rederiveRates(table: ObservationTable, moved: Set<string>): ObservationTable {
  const b = new TableBuilder(table.size + moved.size);
  b.addTable(table);
  for (const rateId of INDICATOR_IDS) {
    const ratio = INDICATORS[rateId].ratio;
    if (!ratio) continue;
    for (const key of moved) {
      const [unit, id, y] = key.split('\u0001') as [string, string, string];
      if (id !== ratio.numerator) continue;
      const year = Number(y);
      const num = table.value(unit, ratio.numerator, year)!;
      const den = table.value(unit, ratio.denominator, year);
      if (den === undefined || den <= 0) continue;
      const inputs = [table.provenance(table.find(unit, ratio.numerator, year)), table.provenance(table.find(unit, ratio.denominator, year))];
      b.add(unit, rateId, year, (100 * num) / den, derivedProvenance(ratioSource(rateId, 'source.ratioCrosswalk'), inputs));
      moved.add(movedKey(unit, rateId, year));
    }
  }
  return b.build();
}

/**
 * The dataset seen in today's units: the units valid on `asOf` (valid for every year of the
 * view, since they are the frame), the re-expressed table, and what could not be carried.
 */
export function todaysUnitsDataset(ds: Dataset, asOf: IsoDate): { dataset: Dataset; notComparable: NotComparable[] } {
  const r = reexpress(ds, ds.crosswalks ?? [], asOf);
  const units = new UnitRegistry(r.units.map((u) => ({ ...u, validFrom: null, validTo: null })));
  return { dataset: { ...ds, units, table: r.table, targets: ds.targets.filter((t) => units.has(t.unit)) }, notComparable: r.notComparable };
}

/** The last day of the latest year with data: "today" for a dataset. */
export function latestDate(ds: Pick<Dataset, 'table'>): IsoDate {
  return referenceDate(ds.table.years().at(-1) ?? new Date().getFullYear());
}
