/**
 * Events on the timeline: the 2025 reform, changes of poverty standard, the plan's target years
 * (built in, as data) and the user's own (saved with the dataset as `events`).
 *
 * Position on a yearly axis: a year's figures are the review at the end of that year, so the axis
 * tick Y stands for 31 December of Y, and an event dated day d of year Y sits at Y − 1 + d / days(Y)
 * (1 Jan 2025 just after the 2024 review, 31 Dec 2021 on the 2021 review).
 */
import type { Dataset, UserEvent } from './dataset.ts';

export type EventKind = 'reform' | 'standard' | 'target' | 'user';

export interface TimelineEvent {
  id: string;
  /** ISO date, yyyy-mm-dd. */
  date: string;
  label: { vi: string; en: string };
  note?: { vi: string; en: string };
  kind: EventKind;
  /** Shown only when the dataset's root is one of these units (province codes); absent = everywhere. */
  roots?: readonly string[];
  source?: string;
}

export type { UserEvent };

export const BUILTIN_EVENTS: readonly TimelineEvent[] = [
  {
    id: 'std-2022-2025', date: '2021-12-31', kind: 'standard',
    label: { vi: 'Chuẩn nghèo 2022–2025 (rà soát cuối 2021)', en: '2022–2025 standard (end-2021 review)' },
    note: { vi: 'Rà soát cuối năm 2021 theo chuẩn đa chiều 2022–2025 (NĐ 07/2021/NĐ-CP); không so xu hướng qua mốc này.', en: 'The end-2021 review used the 2022–2025 multidimensional standard (Decree 07/2021); no trend across this line.' },
    source: 'Decree 07/2021/NĐ-CP, Art. 2',
  },
  {
    id: 'std-2026-2030', date: '2027-01-01', kind: 'standard',
    label: { vi: 'Chuẩn nghèo 2026–2030 (số liệu từ 2027)', en: '2026–2030 standard (from the 2027 figures)' },
    note: { vi: 'Chuẩn 2022–2025 áp dụng đến hết 31/12/2026; từ 2027 áp dụng ngưỡng mới.', en: 'The 2022–2025 standard applies until 31 Dec 2026; new thresholds from 2027.' },
    source: 'huengaynay.vn, chuẩn nghèo đa chiều quốc gia giai đoạn 2026–2030',
  },
  {
    id: 'hue-city-2025', date: '2025-01-01', kind: 'reform', roots: ['46'],
    label: { vi: 'Huế thành thành phố trực thuộc trung ương', en: 'Huế becomes a centrally run city' },
    note: { vi: 'Nghị quyết 175/2024/QH15, từ 1/1/2025.', en: 'Resolution 175/2024/QH15, from 1 Jan 2025.' },
    source: 'Resolution 175/2024/QH15',
  },
  {
    id: 'districts-end-2025', date: '2025-07-01', kind: 'reform',
    label: { vi: 'Bỏ cấp huyện', en: 'Districts abolished' },
    note: { vi: 'Từ 1/7/2025 không còn cấp huyện; số liệu từ cuối 2025 theo đơn vị cấp xã mới.', en: 'No district level from 1 Jul 2025; figures from end-2025 are by the new commune-level units.' },
    source: 'Resolution 1675/NQ-UBTVQH15 (Huế)',
  },
];

const ISO = /^\d{4}-\d{2}-\d{2}$/;

export function isIsoDate(s: string): boolean {
  if (!ISO.test(s)) return false;
  const d = new Date(`${s}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s;
}

/** Axis position of a date (see the header comment). */
export function eventYear(date: string): number {
  if (!isIsoDate(date)) return NaN;
  const y = Number(date.slice(0, 4));
  const start = Date.UTC(y, 0, 1);
  const day = (Date.parse(`${date}T00:00:00Z`) - start) / 86_400_000 + 1;
  const days = (Date.UTC(y + 1, 0, 1) - start) / 86_400_000;
  return y - 1 + day / days;
}

/** The plan's target years at the root, one event per year. */
export function targetEvents(ds: Dataset): TimelineEvent[] {
  const years = [...new Set(ds.targets.filter((t) => t.unit === ds.rootUnit).map((t) => t.year))].sort((a, b) => a - b);
  return years.map((y) => ({
    id: `target-${y}`, date: `${y}-12-31`, kind: 'target' as const,
    label: { vi: `Năm chỉ tiêu ${y}`, en: `Target year ${y}` },
  }));
}

/** Check a user event from a form or a file; returns the reason it is refused. */
export function checkUserEvent(e: Partial<UserEvent>): 'date' | 'label' | null {
  if (typeof e.date !== 'string' || !isIsoDate(e.date)) return 'date';
  if (typeof e.label !== 'string' || e.label.trim() === '' || e.label.length > 120) return 'label';
  return null;
}

/** Stored user events, untrusted: keep the valid ones, cut long notes. */
export function readUserEvents(raw: unknown): UserEvent[] {
  if (!Array.isArray(raw)) return [];
  const out: UserEvent[] = [];
  for (const r of raw.slice(0, 500)) {
    if (!r || typeof r !== 'object') continue;
    const o = r as Record<string, unknown>;
    const e = { id: typeof o.id === 'string' ? o.id.slice(0, 64) : '', date: o.date as string, label: o.label as string };
    if (!e.id || checkUserEvent(e)) continue;
    out.push({ ...e, label: e.label.trim(), ...(typeof o.note === 'string' && o.note ? { note: o.note.slice(0, 1000) } : {}) });
  }
  return out;
}

/** Every event that applies to this dataset, by date: built-in, target years, the user's. */
export function eventsFor(ds: Dataset): TimelineEvent[] {
  const user = readUserEvents(ds.events).map((e): TimelineEvent => ({
    id: e.id, date: e.date, kind: 'user', label: { vi: e.label, en: e.label },
    ...(e.note ? { note: { vi: e.note, en: e.note } } : {}),
  }));
  const builtin = BUILTIN_EVENTS.filter((e) => !e.roots || e.roots.includes(ds.rootUnit));
  return [...builtin, ...targetEvents(ds), ...user].sort((a, b) => a.date.localeCompare(b.date) || a.id.localeCompare(b.id));
}

/** Events inside a yearly axis [from, to]. */
export function eventsInRange(events: readonly TimelineEvent[], from: number, to: number): TimelineEvent[] {
  return events.filter((e) => { const x = eventYear(e.date); return x >= from && x <= to; });
}

/** A dataset with the user's events replaced (a new value; the store saves it). */
export function withUserEvents<D extends Dataset>(ds: D, events: readonly UserEvent[]): D & { events: UserEvent[] } {
  return { ...ds, events: [...events].sort((a, b) => a.date.localeCompare(b.date)) };
}
