/** Timeline events on the overview trend's axis (built-in and the user's, src/domain/events.ts). */
import type { Dataset } from '../../domain/dataset.ts';
import { eventsFor, eventsInRange, eventYear } from '../../domain/events.ts';
import type { Lang } from '../../i18n/format.ts';

export interface AxisEvent { id: string; x: number; label: string; when: string }

export function eventsOnAxis(ds: Dataset, years: readonly [number, number], lang: Lang): AxisEvent[] {
  const df = new Intl.DateTimeFormat(lang === 'vi' ? 'vi-VN' : 'en-GB', { dateStyle: 'medium', timeZone: 'UTC' });
  // Target years already have their own lines on this chart.
  return eventsInRange(eventsFor(ds), years[0], years[1]).filter((e) => e.kind !== 'target')
    .map((e) => ({ id: e.id, x: eventYear(e.date), label: e.label[lang], when: df.format(new Date(`${e.date}T00:00:00Z`)) }));
}
