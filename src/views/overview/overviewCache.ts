/**
 * The overview's derived figures kept per dataset: the overview by view state, the one last on
 * screen, the year menu's years and the summary's text. Pure data, no React.
 */
import type { Dataset } from '../../domain/dataset.ts';
import type { Lang } from '../../i18n/format.ts';
import { summarize } from '../../domain/narrative/index.ts';
import { deriveOverview, overviewSteps, type OverviewData, type OverviewInput } from './overviewData.ts';

// Derived overviews by dataset and view state. React drops a render's memos when the render is
// thrown away (a store update during a concurrent render restarts it), and a national dataset's
// overview then cost its whole derivation again in the next task.
const derived = new WeakMap<Dataset, Map<string, OverviewData>>();
const KEPT = 12;

const keyOf = (input: OverviewInput) => `${input.indicator}|${input.year}|${input.unit}|${input.lang}`;

function kept(ds: Dataset): Map<string, OverviewData> {
  let byKey = derived.get(ds);
  if (!byKey) derived.set(ds, (byKey = new Map()));
  return byKey;
}

function keep(input: OverviewInput, value: OverviewData): OverviewData {
  const byKey = kept(input.dataset);
  if (byKey.size >= KEPT) byKey.delete(byKey.keys().next().value!);
  byKey.set(keyOf(input), value);
  return value;
}

/** The overview already derived for this dataset and view state, if any (no work). */
export function cachedOverview(input: OverviewInput): OverviewData | undefined {
  return derived.get(input.dataset)?.get(keyOf(input));
}

// The overview the screen last showed, per dataset: going A, B, back to A (kept), then C, the
// screen shows A while C is derived, not B, which was derived last but is no longer on screen.
const shown = new WeakMap<Dataset, OverviewData>();

/** Notes the overview on screen (the view calls it once it is drawn). */
export function noteShown(ds: Dataset, data: OverviewData): void {
  shown.set(ds, data);
}

/** The overview last on screen for this dataset, else the one derived last; shown while the next one is derived. */
export function lastOverview(ds: Dataset): OverviewData | undefined {
  return shown.get(ds) ?? [...(derived.get(ds)?.values() ?? [])].at(-1);
}

/** deriveOverview, the same object again for the same dataset and view state (a few kept per dataset). */
export function overviewOf(input: OverviewInput): OverviewData {
  return cachedOverview(input) ?? keep(input, deriveOverview(input));
}

/** overviewOf in steps (overviewSteps), kept like overviewOf when the last step is done. */
export function* overviewOfSteps(input: OverviewInput): Generator<void, OverviewData> {
  const hit = cachedOverview(input);
  if (hit) return hit;
  return keep(input, yield* overviewSteps(input));
}

const withYears = new WeakMap<Dataset, Map<string, ReadonlySet<number>>>();

/** Years in which any unit has a value of the indicator (the year menu), by one pass over the rows. */
export function yearsWithIndicator(ds: Dataset, indicator: string): ReadonlySet<number> {
  let byInd = withYears.get(ds);
  if (!byInd) withYears.set(ds, (byInd = new Map()));
  let hit = byInd.get(indicator);
  if (!hit) {
    const k = ds.table.indicatorIds.indexOf(indicator);
    const cols = ds.table.cols;
    const seen = new Uint8Array(65536);
    if (k >= 0) for (let r = 0; r < ds.table.size; r++) if (cols.indicator[r] === k) seen[cols.year[r]!] = 1;
    hit = new Set(ds.table.years().filter((y) => seen[y]));
    byInd.set(indicator, hit);
  }
  return hit;
}

const summaries = new WeakMap<Dataset, Map<string, string>>();

/** The generated summary's text (summarize), kept per dataset, language and year like overviewOf. */
export function summaryOf(ds: Dataset, lang: Lang, year: number | null): string {
  const key = `${lang}|${year}`;
  let byKey = summaries.get(ds);
  if (!byKey) summaries.set(ds, (byKey = new Map()));
  let hit = byKey.get(key);
  if (hit === undefined) {
    hit = summarize(ds, lang, { year }).text;
    if (byKey.size >= KEPT) byKey.delete(byKey.keys().next().value!);
    byKey.set(key, hit);
  }
  return hit;
}
