/**
 * Dataset ⇄ JSON for the offline report (typed arrays become tagged plain arrays), and the safe
 * embedding of JSON or script text inside an HTML <script> element.
 */
import type { Dataset } from '../../domain/dataset.ts';
import { ObservationTable, type TableColumns } from '../../domain/observations.ts';
import { UnitRegistry, type Unit } from '../../domain/units.ts';

const TYPED = { Uint32Array, Uint16Array, Float64Array } as const;
type TypedName = keyof typeof TYPED;

export interface ReportData {
  version: 1;
  madeAt: string;
  dataset: Omit<Dataset, 'units' | 'table'> & { units: Unit[]; columns: Record<string, unknown> };
  deck?: unknown;
  view?: string;
  /** The boundary file loaded on the map screen (as stored there), so the report shows the real map. */
  boundaries?: unknown;
  /** The locator map's TopoJSON (public/geo), so the map screen's locator shows from file://. */
  locator?: unknown;
}

export function encodeReport(ds: Dataset, madeAt: string, deck?: unknown, view?: string, boundaries?: unknown): ReportData {
  const { units, table, ...rest } = ds;
  const cols: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(table.toColumns())) {
    const name = v?.constructor?.name;
    cols[k] = name && name in TYPED ? { typed: name, values: Array.from(v as ArrayLike<number>) } : v;
  }
  return { version: 1, madeAt, dataset: { ...rest, units: units.all(), columns: cols }, ...(deck ? { deck } : {}), ...(view ? { view } : {}), ...(boundaries ? { boundaries } : {}) };
}

export function decodeReport(r: ReportData): Dataset {
  if (!r || r.version !== 1 || !r.dataset?.columns) throw new Error('not an offline report');
  const { units, columns, ...rest } = r.dataset;
  const cols: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(columns)) {
    const t = v as { typed?: TypedName; values?: number[] } | null;
    cols[k] = t && typeof t === 'object' && t.typed && t.typed in TYPED ? TYPED[t.typed].from(t.values ?? []) : v;
  }
  return { ...rest, units: new UnitRegistry(units), table: ObservationTable.fromColumns(cols as unknown as TableColumns) } as Dataset;
}

/** Text that cannot close the surrounding <script> or open a comment: "</" and "<!--" are broken up. */
export function scriptSafe(text: string): string {
  return text.replace(/<\/(script)/gi, '<\\/$1').replace(/<!--/g, '<\\!--');
}

/** JSON for a <script> element: <, >, & and the line separators are escaped as \uXXXX. */
export function jsonForScript(value: unknown): string {
  return JSON.stringify(value).replace(/[<>&\u2028\u2029]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
