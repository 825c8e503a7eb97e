/**
 * JSON inputs: an array of records, `{data: [...]}`, `{meta, records}`, DHIS2's `{dataValues: [...]}`,
 * or an array of arrays.
 * Records become a grid whose first row is the keys (so record i is file row i + 2, as if the keys
 * were a header row). Keys are read only as own properties and never assigned onto objects, so
 * `__proto__` or `constructor` keys cannot pollute anything.
 */
import type { Cell, Grid } from './grid.ts';
import { checkColumns, DEFAULT_LIMITS, type Limits } from './limits.ts';

export interface JsonSheet { grid: Grid; meta: Map<string, string> }

const own = (o: object, k: string): boolean => Object.prototype.hasOwnProperty.call(o, k);

function toCell(v: unknown): Cell {
  if (v === null || v === undefined) return null;
  if (typeof v === 'number') return Number.isFinite(v) ? v : null;
  if (typeof v === 'string') return v.normalize('NFC');
  if (typeof v === 'boolean') return String(v);
  return JSON.stringify(v);
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

export function jsonToSheet(text: string, limits: Limits = DEFAULT_LIMITS): JsonSheet {
  const root: unknown = JSON.parse(text);
  const meta = new Map<string, string>();
  let list: unknown;
  if (Array.isArray(root)) list = root;
  else if (isRecord(root) && own(root, 'records') && Array.isArray(root.records)) {
    list = root.records;
    const m = own(root, 'meta') ? root.meta : null;
    if (isRecord(m)) for (const k of Object.keys(m)) { const c = toCell(m[k]); if (c !== null) meta.set(k, String(c)); }
  } else if (isRecord(root) && own(root, 'data') && Array.isArray(root.data)) list = root.data;
  // DHIS2 dataValueSets: {dataValues: [{dataElement, period, orgUnit, value}]}.
  else if (isRecord(root) && own(root, 'dataValues') && Array.isArray(root.dataValues)) list = root.dataValues;
  else throw new Error('JSON must be an array of records, {data: [...]}, {meta, records} or {dataValues: [...]}');
  const items = list as unknown[];
  if (items.every(Array.isArray)) return { grid: items.map((r) => (r as unknown[]).map(toCell)), meta };
  const keys: string[] = [];
  const seen = new Set<string>();
  for (const r of items) if (isRecord(r)) for (const k of Object.keys(r)) if (!seen.has(k)) { seen.add(k); keys.push(k); }
  // Records with thousands of distinct keys would make a grid of keys × records.
  checkColumns(keys.length, limits);
  const grid: Grid = [keys];
  for (const r of items) grid.push(isRecord(r) ? keys.map((k) => (own(r, k) ? toCell(r[k]) : null)) : keys.map(() => null));
  return { grid, meta };
}
