/**
 * The facts a summary is written from: the root's headline, how many compared units have met or
 * are on track for their targets, and the unit furthest behind (needed cut vs recent pace).
 * Every status comes from the one status engine (headlineOf for the root, unitStatuses for the units).
 */
import { comparisonUnits, type Dataset } from '../dataset.ts';
import { headlineOf, type Headline } from '../progress.ts';
import type { ProvenanceKind } from '../provenance.ts';
import { unitStatuses, type UnitStatus } from '../status/index.ts';
import type { UnitLevel } from '../units.ts';
import type { AllocationMethod } from '../allocation/index.ts';

export interface LaggardFact {
  code: string;
  name: { vi: string; en: string };
  status: UnitStatus['status'];
  latest: number;
  target: number;
  targetYear: number;
  /** pp per year still needed. */
  required: number;
  /** pp per year cut recently (≤ 0 when the rate is not falling); undefined without a trend. */
  pace?: number;
  /** Provenance of the latest value (an expected figure is named as such). */
  kind?: ProvenanceKind;
}

export interface NarrativeFacts {
  year: number | null;
  root: { code: string; name: { vi: string; en: string } };
  headline: Headline;
  level: UnitLevel | null;
  total: number;
  counts: Record<UnitStatus['status'], number>;
  /** Units not achieved and not on track, worst first (lowest pace/required ratio). */
  behind: LaggardFact[];
  /** The unit that must cut the most per year among those not yet at target. */
  hardest?: LaggardFact;
  statuses: readonly UnitStatus[];
}

/** The name in force in `year` (46 is Thừa Thiên Huế in 2024, Huế in 2025). */
function nameOf(ds: Dataset, code: string, year?: number) {
  return { vi: ds.units.name(code, 'vi', year), en: ds.units.name(code, 'en', year) };
}

function laggard(ds: Dataset, s: UnitStatus): LaggardFact | undefined {
  if (!s.latest || !s.target || s.requiredPerYear === undefined) return undefined;
  return {
    code: s.unit, name: nameOf(ds, s.unit, s.latest.year), status: s.status, latest: s.latest.value, target: s.target.value,
    targetYear: s.target.year, required: s.requiredPerYear,
    ...(s.pacePerYear !== undefined ? { pace: s.pacePerYear } : {}),
    ...(s.provenance ? { kind: s.provenance.kind } : {}),
  };
}

/** Latest year with a poverty_rate for the root or any compared unit, not after `year` when given. */
export function narrativeYear(ds: Dataset, indicator = 'poverty_rate', year?: number | null): number | null {
  let best: number | null = null;
  for (const u of [ds.rootUnit, ...comparisonUnits(ds, year ?? undefined)]) {
    const y = ds.table.lastYear(u, indicator, year ?? undefined);
    if (y !== undefined && (best === null || y > best)) best = y;
  }
  return best;
}

export function narrativeFacts(ds: Dataset, opts: { year?: number | null; method?: AllocationMethod } = {}): NarrativeFacts {
  const year = narrativeYear(ds, 'poverty_rate', opts.year);
  const h = headlineOf(ds, ds.rootUnit, 'poverty_rate', year ?? undefined);
  const units = comparisonUnits(ds, year ?? undefined);
  const statuses = year === null ? [] : unitStatuses(ds, year, opts.method ? { method: opts.method } : {});
  const counts = { achieved: 0, 'on-track': 0, 'at-risk': 0, 'off-track': 0, 'no-data': 0 };
  for (const s of statuses) counts[s.status]++;
  const ratio = (s: UnitStatus) => s.ratio ?? -Infinity;
  const behind = statuses.filter((s) => s.status === 'at-risk' || s.status === 'off-track')
    .sort((a, b) => ratio(a) - ratio(b))
    .flatMap((s) => laggard(ds, s) ?? []);
  const open = statuses.filter((s) => s.status !== 'achieved' && s.requiredPerYear !== undefined)
    .sort((a, b) => b.requiredPerYear! - a.requiredPerYear!);
  const hardest = open[0] && laggard(ds, open[0]);
  const first = units[0] ? ds.units.get(units[0]) : undefined;
  return {
    year, root: { code: ds.rootUnit, name: nameOf(ds, ds.rootUnit, year ?? undefined) }, headline: h, level: first?.level ?? null,
    total: units.length, counts, behind, ...(hardest ? { hardest } : {}), statuses,
  };
}
