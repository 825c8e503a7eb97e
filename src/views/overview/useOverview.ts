/**
 * The overview's derived figures for the view. A national file's are worked out in steps, a task
 * each (overviewOfSteps, then the summary and the year menu), so opening the overview is several
 * short tasks instead of one long one; the last overview of the dataset stays on screen meanwhile.
 * A small dataset's are derived at once, in the render, as before (no empty frame).
 */
import { useEffect, useState } from 'react';
import type { Dataset } from '../../domain/dataset.ts';
import { eventsOnAxis } from './trendEvents.ts';
import type { OverviewData, OverviewInput } from './overviewData.ts';
import { cachedOverview, lastOverview, noteShown, overviewOf, overviewOfSteps, summaryOf, yearsWithIndicator } from './overviewCache.ts';

/** From this many observations on, the derivation is split (the built-in data has a few hundred). */
export const STEPPED_ROWS = 50_000;

function* allSteps(input: OverviewInput): Generator<void, void> {
  const data = yield* overviewOfSteps(input);
  yield;
  if (input.indicator === 'poverty_rate') summaryOf(input.dataset, input.lang, data.year);
  yield;
  yearsWithIndicator(input.dataset, input.indicator);
  yield;
  // Kept for the render (its first date format alone took ~9 ms there).
  eventsOnAxis(input.dataset, data.trend.years, input.lang);
}

export function useOverview(dataset: Dataset, indicator: string, year: number | null, unit: string | null, lang: OverviewInput['lang']): OverviewData | undefined {
  const input = { dataset, indicator, year, unit, lang };
  const hit = cachedOverview(input);
  const stepped = !hit && dataset.table.size >= STEPPED_ROWS;
  const [, setDone] = useState(0);
  useEffect(() => {
    if (!stepped) return;
    const steps = allSteps({ dataset, indicator, year, unit, lang });
    let timer = 0;
    const next = () => {
      if (steps.next().done) setDone((n) => n + 1);
      else timer = window.setTimeout(next, 0);
    };
    timer = window.setTimeout(next, 0);
    return () => clearTimeout(timer);
  }, [stepped, dataset, indicator, year, unit, lang]);
  const current = hit ?? (stepped ? undefined : overviewOf(input));
  useEffect(() => { if (current) noteShown(dataset, current); }, [dataset, current]);
  return current ?? lastOverview(dataset);
}
