/**
 * Crosswalks: which units of one vintage became which units of the next. A link is a whole merge
 * (all of the old unit went into the new one), a partial link (part of it did; a household share
 * makes it usable) or "unchanged". Crosswalks are data: read from conversion tables and saved
 * with the dataset.
 */
import type { IsoDate } from './units.ts';

export type LinkKind = 'whole' | 'partial' | 'unchanged';

export interface CrosswalkLink {
  /** Published code of the old unit when the source gives one. */
  fromCode?: string;
  /** Old unit's name as the source writes it ("Phường Thuận Lộc"). */
  fromName: string;
  /** Old unit's parent (e.g. its district's code), to tell same-named units apart. */
  fromParent?: string;
  /** Published code of the new unit. */
  toCode: string;
  toName?: string;
  kind: LinkKind;
  /** For a partial link: the share (0–1] of the old unit's households that moved along it. */
  share?: number;
}

export interface Crosswalk {
  id: string;
  label: { vi: string; en: string };
  /** First day of the new vintage. */
  effective: IsoDate;
  source: string;
  links: CrosswalkLink[];
}

/** The new units and the old units each was made of. */
export function predecessors(cw: Crosswalk): Map<string, CrosswalkLink[]> {
  const out = new Map<string, CrosswalkLink[]>();
  for (const l of cw.links) out.set(l.toCode, [...(out.get(l.toCode) ?? []), l]);
  return out;
}

/**
 * Groups of old parents (e.g. districts) and new units that nest: connected parts of the graph
 * "old parent — new unit". A group with one old parent and its new units carries that parent's
 * figures exactly; a group of several parents can only be compared as a whole.
 */
export interface NestGroup { oldParents: string[]; newUnits: string[]; splitUnits: string[] }

export function nestGroups(cw: Crosswalk): NestGroup[] {
  const parentOf = new Map<string, string>();
  const find = (k: string): string => {
    let r = k;
    while (parentOf.get(r) !== r) r = parentOf.get(r)!;
    parentOf.set(k, r);
    return r;
  };
  const add = (k: string) => { if (!parentOf.has(k)) parentOf.set(k, k); };
  const spans = new Map<string, Set<string>>();
  for (const l of cw.links) {
    if (!l.fromParent) continue;
    const a = `p:${l.fromParent}`;
    const b = `n:${l.toCode}`;
    add(a); add(b);
    parentOf.set(find(a), find(b));
    spans.set(l.toCode, (spans.get(l.toCode) ?? new Set()).add(l.fromParent));
  }
  const groups = new Map<string, NestGroup>();
  for (const k of parentOf.keys()) {
    const root = find(k);
    const g = groups.get(root) ?? { oldParents: [], newUnits: [], splitUnits: [] };
    if (k.startsWith('p:')) g.oldParents.push(k.slice(2));
    else {
      const code = k.slice(2);
      g.newUnits.push(code);
      if ((spans.get(code)?.size ?? 0) > 1) g.splitUnits.push(code);
    }
    groups.set(root, g);
  }
  return [...groups.values()].map((g) => ({ oldParents: g.oldParents.sort(), newUnits: g.newUnits.sort(), splitUnits: g.splitUnits.sort() }))
    .sort((a, b) => a.oldParents[0]!.localeCompare(b.oldParents[0]!));
}
