/** Timeline events for a trend chart's year range, in the chart's terms. */
import type { Dataset } from '../../domain/dataset.ts';
import { eventsFor, eventsInRange, eventYear } from '../../domain/events.ts';
import type { Lang } from '../../i18n/format.ts';
import type { ChartEvent } from './charts.tsx';

export function trendEvents(ds: Dataset, years: readonly [number, number], lang: Lang): ChartEvent[] {
  return eventsInRange(eventsFor(ds), years[0], years[1])
    .map((e) => ({ id: e.id, x: eventYear(e.date), label: e.label[lang], kind: e.kind, date: e.date }));
}
