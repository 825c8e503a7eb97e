/** Timeline events on the overview trend's axis (built-in and the user's, src/domain/events.ts). */
import type { Dataset } from '../../domain/dataset.ts';
import { eventsFor, eventsInRange, eventYear } from '../../domain/events.ts';
import type { Lang } from '../../i18n/format.ts';

export interface AxisEvent { id: string; x: number; label: string; when: string }

// Making the date format took ~9 ms of the overview's first render (a cold Intl object): one per language.
const formats = new Map<Lang, Intl.DateTimeFormat>();
// By dataset, axis and language, so the stepped overview (useOverview.ts) can work them out before the render.
const kept = new WeakMap<Dataset, Map<string, AxisEvent[]>>();

function formatOf(lang: Lang): Intl.DateTimeFormat {
  let df = formats.get(lang);
  if (!df) formats.set(lang, (df = new Intl.DateTimeFormat(lang === 'vi' ? 'vi-VN' : 'en-GB', { dateStyle: 'medium', timeZone: 'UTC' })));
  return df;
}

export function eventsOnAxis(ds: Dataset, years: readonly [number, number], lang: Lang): AxisEvent[] {
  const key = `${years[0]}|${years[1]}|${lang}`;
  let byKey = kept.get(ds);
  if (!byKey) kept.set(ds, (byKey = new Map()));
  let hit = byKey.get(key);
  if (!hit) {
    const df = formatOf(lang);
    // Target years already have their own lines on this chart.
    hit = eventsInRange(eventsFor(ds), years[0], years[1]).filter((e) => e.kind !== 'target')
      .map((e) => ({ id: e.id, x: eventYear(e.date), label: e.label[lang], when: df.format(new Date(`${e.date}T00:00:00Z`)) }));
    byKey.set(key, hit);
  }
  return hit;
}
