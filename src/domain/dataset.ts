/** A dataset: units, observations, targets and what the data is. Immutable; the store swaps whole values. */
import { ObservationTable, type TableColumns } from './observations.ts';
import { UnitRegistry, type Unit } from './units.ts';
import type { Target } from './targets.ts';
import { VN_STANDARDS, type PovertyStandard } from './standards.ts';
import type { UserEvent } from './events.ts';

export type DataStatus = 'illustrative' | 'published' | 'mixed' | 'imported';

export interface DatasetSource {
  label: string;
  url?: string;
}

export interface Dataset {
  id: string;
  title: { vi: string; en: string };
  /** Unit whose headline figures open the dashboard (a province, or a country). */
  rootUnit: string;
  units: UnitRegistry;
  table: ObservationTable;
  targets: Target[];
  standards: PovertyStandard[];
  status: DataStatus;
  sources: DatasetSource[];
  /** The user's own timeline events (src/domain/events.ts); optional, saved with the data. */
  events?: UserEvent[];
}

/** Structured-cloneable form (for a worker message or IndexedDB): registry → array, table → columns. */
export type PlainDataset = Omit<Dataset, 'units' | 'table'> & { units: Unit[]; columns: TableColumns };

export function toPlain(ds: Dataset): PlainDataset {
  const { units, table, ...rest } = ds;
  return { ...rest, units: units.all(), columns: table.toColumns() };
}

/** Trusts the columns (see ObservationTable.fromColumns); check stored data before calling. */
export function fromPlain(p: PlainDataset): Dataset {
  const { units, columns, ...rest } = p;
  return { ...rest, units: new UnitRegistry(units), table: ObservationTable.fromColumns(columns) };
}

export function emptyDataset(): Dataset {
  return {
    id: 'empty',
    title: { vi: 'Chưa có dữ liệu', en: 'No data' },
    rootUnit: '',
    units: new UnitRegistry(),
    table: ObservationTable.empty(),
    targets: [],
    standards: VN_STANDARDS,
    status: 'imported',
    sources: [],
  };
}

const compared = new WeakMap<Dataset, readonly string[]>();

/** The root's direct children that have data; the units compared on the overview. Computed once per dataset value. */
export function comparisonUnits(ds: Dataset): readonly string[] {
  let hit = compared.get(ds);
  if (!hit) {
    hit = findComparisonUnits(ds);
    compared.set(ds, hit);
  }
  return hit;
}

function findComparisonUnits(ds: Dataset): string[] {
  const withData = new Set(ds.table.unitCodes);
  const kids = ds.units.children(ds.rootUnit).map((u) => u.code).filter((c) => withData.has(c));
  if (kids.length > 0) return kids;
  // No children under the root (e.g. a file of several provinces): compare the top-level units.
  return [...withData].filter((c) => {
    if (c === ds.rootUnit) return false;
    const parent = ds.units.get(c)?.parent;
    return !parent || parent === ds.rootUnit || !withData.has(parent);
  });
}

/** Latest year with any value of this indicator across the dataset. */
export function latestYear(ds: Dataset, indicator: string): number | undefined {
  let best: number | undefined;
  for (const u of ds.table.unitsWith(indicator)) {
    const y = ds.table.lastYear(u, indicator);
    if (y !== undefined && (best === undefined || y > best)) best = y;
  }
  return best;
}
