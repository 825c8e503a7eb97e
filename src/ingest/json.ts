/**
 * JSON inputs: an array of records, `{data: [...]}`, `{meta, records}`, DHIS2's `{dataValues: [...]}`,
 * or an array of arrays.
 * Records become rows whose first row is the keys (so record i is file row i + 2, as if the keys
 * were a header row). Keys are read only as own properties and never assigned onto objects, so
 * `__proto__` or `constructor` keys cannot pollute anything.
 */
import type { Cell, Grid } from './grid.ts';
import { checkColumns, DEFAULT_LIMITS, type Limits } from './limits.ts';

export interface JsonSheet { grid: Grid; meta: Map<string, string> }

/**
 * The rows of a JSON file before any grid is made: its items, and the keys of its records (null
 * when every item is an array). Keys and texts are NFC however the text was decoded.
 */
export interface JsonList { items: unknown[]; keys: string[] | null; meta: Map<string, string> }

const own = (o: object, k: string): boolean => Object.prototype.hasOwnProperty.call(o, k);

export function toCell(v: unknown): Cell {
  if (v === null || v === undefined) return null;
  if (typeof v === 'number') return Number.isFinite(v) ? v : null;
  if (typeof v === 'string') return nfc(v);
  if (typeof v === 'boolean') return String(v);
  return nfc(JSON.stringify(v));
}

/**
 * s in NFC. Text of U+0000–U+02FF (no combining marks there) and of Latin Extended Additional
 * (precomposed Vietnamese letters) is NFC already and is not handed to normalize(), which cost
 * ~40 ms over the 800,000 texts of a 265,000-record file (Node).
 */
export function nfc(s: string): string {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x300 || (c >= 0x1e00 && c <= 0x1eff)) continue;
    return s.normalize('NFC');
  }
  return s;
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

export function jsonList(text: string, limits: Limits = DEFAULT_LIMITS): JsonList {
  const root: unknown = JSON.parse(text);
  const meta = new Map<string, string>();
  let list: unknown;
  if (Array.isArray(root)) list = root;
  else if (isRecord(root) && own(root, 'records') && Array.isArray(root.records)) {
    list = root.records;
    const m = own(root, 'meta') ? root.meta : null;
    if (isRecord(m)) for (const k of Object.keys(m)) { const c = toCell(m[k]); if (c !== null) meta.set(nfc(k), String(c)); }
  } else if (isRecord(root) && own(root, 'data') && Array.isArray(root.data)) list = root.data;
  // DHIS2 dataValueSets: {dataValues: [{dataElement, period, orgUnit, value}]}.
  else if (isRecord(root) && own(root, 'dataValues') && Array.isArray(root.dataValues)) list = root.dataValues;
  else throw new Error('JSON must be an array of records, {data: [...]}, {meta, records} or {dataValues: [...]}');
  const items = list as unknown[];
  if (items.every(Array.isArray)) return { items, keys: null, meta };
  const keys: string[] = [];
  const seen = new Set<string>();
  // Most records have the keys met so far, in that order: each key is compared with the one
  // expected at its place (parsed keys are one string each) before the set is asked.
  for (const r of items) {
    if (!isRecord(r)) continue;
    let j = 0;
    for (const k in r) {
      if (!own(r, k)) continue;
      if (keys[j] === k) { j++; continue; }
      if (!seen.has(k)) { seen.add(k); keys.push(k); }
      j = keys.length;
    }
  }
  // Records with thousands of distinct keys would make a grid of keys × records.
  checkColumns(keys.length, limits);
  return { items, keys, meta };
}

/** Row `i` of the list (0: the keys' row when there are records) as cells. */
export function jsonRow(list: JsonList, i: number): Cell[] {
  const { items, keys } = list;
  if (!keys) return (items[i] as unknown[]).map(toCell);
  if (i === 0) return keys.map(nfc);
  const r = items[i - 1];
  return isRecord(r) ? keys.map((k) => (own(r, k) ? toCell(r[k]) : null)) : keys.map(() => null);
}

/** Rows in the list (the keys' row counts). */
export const jsonRows = (list: JsonList): number => list.items.length + (list.keys ? 1 : 0);

export function jsonToSheet(text: string, limits: Limits = DEFAULT_LIMITS): JsonSheet {
  const list = jsonList(text, limits);
  const n = jsonRows(list);
  const grid: Grid = new Array(n);
  for (let i = 0; i < n; i++) grid[i] = jsonRow(list, i);
  return { grid, meta: list.meta };
}
