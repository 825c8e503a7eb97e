/** A dataset: units, observations, targets and what the data is. Immutable; the store swaps whole values. */
import { ObservationTable, type TableColumns } from './observations.ts';
import { UnitRegistry, referenceDate, validOn, type Unit } from './units.ts';
import type { Crosswalk } from './crosswalk.ts';
import type { Target } from './targets.ts';
import { VN_STANDARDS, normalizeStandards, type PovertyStandard } from './standards.ts';
import type { PeriodGoal } from './goals.ts';

/** A user's timeline event as stored on the dataset: one language, as typed (see events.ts). */
export interface UserEvent { id: string; date: string; label: string; note?: string }

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
  /** How units of one vintage became the next (saved with the data; see crosswalk.ts). */
  crosswalks?: Crosswalk[];
  /** The user's own timeline events (src/domain/events.ts); optional, saved with the data. */
  events?: UserEvent[];
  /** Goals of a period stated in words, with their source (goals.ts); optional, saved with the data. */
  goals?: PeriodGoal[];
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
  // Records saved before standards and validity were data carry old ids and year validity.
  return { ...rest, standards: normalizeStandards(rest.standards), units: new UnitRegistry(units), table: ObservationTable.fromColumns(columns) };
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

const compared = new WeakMap<Dataset, Map<number, readonly string[]>>();

/**
 * The root's direct children that have data and were valid in `year` (default: the latest year
 * with data): the units compared on the overview. A year's figures belong to the units of its
 * time, so 2024 compares Huế's nine districts and 2025 its 40 communes. The same array comes back
 * for the same dataset and year (callers cache by it).
 */
export function comparisonUnits(ds: Dataset, year?: number): readonly string[] {
  const y = year ?? ds.table.years().at(-1) ?? 0;
  let byYear = compared.get(ds);
  if (!byYear) compared.set(ds, (byYear = new Map()));
  let hit = byYear.get(y);
  if (!hit) {
    const found = findComparisonUnits(ds, y);
    // Years of one vintage share one array, so a year change keeps what views memoise on it.
    // Compared element by element: joining 10,600 codes into a key, year after year, was slow.
    hit = [...new Set(byYear.values())].find((a) => sameList(a, found)) ?? found;
    byYear.set(y, hit);
  }
  return hit;
}

function sameList(a: readonly string[], b: readonly string[]): boolean {
  if (a === b) return true;
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

// What does not depend on the year, once per dataset: findComparisonUnits runs for every year of
// a trend, and a national file has 10,600 units.
interface Candidates {
  withData: ReadonlySet<string>;
  children: Unit[];
  /** The children's codes when none has a validity bound: then every year compares them all. */
  always?: readonly string[];
  topLevel?: { code: string; unit: Unit | undefined }[];
  /** The same for the top-level units, when they are compared (no children). */
  alwaysTop?: readonly string[];
}
const candidatesOf = new WeakMap<Dataset, Candidates>();

function candidates(ds: Dataset): Candidates {
  let hit = candidatesOf.get(ds);
  if (!hit) {
    const withData = new Set(ds.table.unitCodes);
    const children = ds.units.children(ds.rootUnit).filter((u) => withData.has(u.code));
    hit = { withData, children };
    if (children.length > 0 && children.every((u) => u.validFrom === null && u.validTo === null)) hit.always = children.map((u) => u.code);
    candidatesOf.set(ds, hit);
  }
  return hit;
}

/** Units with data and no parent, the root as parent, or a parent without data. */
function topLevel(ds: Dataset, c: Candidates): NonNullable<Candidates['topLevel']> {
  c.topLevel ??= [...c.withData].flatMap((code) => {
    const unit = ds.units.get(code);
    const parent = unit?.parent;
    return code !== ds.rootUnit && (!parent || parent === ds.rootUnit || !c.withData.has(parent)) ? [{ code, unit }] : [];
  });
  return c.topLevel;
}

function findComparisonUnits(ds: Dataset, year: number): readonly string[] {
  const date = referenceDate(year);
  const c = candidates(ds);
  if (c.always) return c.always;
  const kids = c.children.filter((u) => validOn(u, date)).map((u) => u.code);
  if (kids.length > 0) return kids;
  // No children under the root (e.g. a file of several provinces): compare the top-level units.
  if (c.alwaysTop) return c.alwaysTop;
  const top = topLevel(ds, c);
  if (top.every(({ unit }) => !unit || (unit.validFrom === null && unit.validTo === null))) return (c.alwaysTop = top.map(({ code }) => code));
  return top.filter(({ unit }) => !unit || validOn(unit, date)).map(({ code }) => code);
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

/** "Huế, 2021–2025": the root's name in force in `year` and the years the data spans (else the title). */
export function datasetLabel(ds: Dataset, lang: 'vi' | 'en', year?: number | null): string {
  const years = ds.table.years();
  if (!ds.units.has(ds.rootUnit) || years.length === 0) return ds.title[lang];
  const span = years.length > 1 ? `${years[0]}–${years.at(-1)}` : String(years[0]);
  return `${ds.units.name(ds.rootUnit, lang, year ?? years.at(-1))}, ${span}`;
}
