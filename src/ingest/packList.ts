/**
 * A list of like objects as one array per field, for the worker's messages: structured clone
 * writes every object's keys, and 10,000 new units with their matches cost ~35–130 ms to clone
 * as objects against ~10–30 ms as columns (Node, the legacy bench file).
 *
 * `nested` fields (plain objects such as a unit's name) are flattened one level. Empty arrays all
 * point to one marker array in the message (the clone writes it once) and come back as new arrays.
 * A field that is undefined and one that is absent come back absent.
 */
import { filled } from './lists.ts';

/** Items per part message: small enough to unpack in a few ms. */
export const PART_SIZE = 2000;

/** A unit's nested fields, flattened when units are packed. */
export const UNIT_NESTED = ['name'];

export interface Packed {
  n: number;
  /** [field] or [field, subfield] for a flattened nested field, in first-met order. */
  paths: ([string] | [string, string])[];
  cols: Col[];
  /** Stands for an empty array (identity survives the clone within one message). */
  empty: unknown[];
}

/**
 * A column as sent: its values; or the same values as an earlier column (a unit's official code
 * is most often its code); or, when it holds few distinct values (a level, a status, null), one
 * byte per item into them; or, when it holds only texts, all of them as one text and where each
 * ends. The clone's time goes by the values it writes: 2,000 texts took it longer than one text of
 * their length (Node, the legacy bench file's report: 8–25 ms to clone before, 2–10 ms after).
 */
export type Col = unknown[] | { same: number } | { dict: unknown[]; codes: Uint8Array } | { text: string; ends: Uint32Array };

/** Fewer items than this are sent as they are. */
const DICT_MIN = 32;

/** `before`: the columns already encoded, in order. `empty` may be in a dictionary (it is one object). */
export function encodeCol(c: unknown[], before: readonly unknown[][], empty?: unknown[]): Col {
  for (let k = 0; k < before.length; k++) if (sameValues(before[k]!, c)) return { same: k };
  if (c.length < DICT_MIN) return c;
  return dictOf(c, empty) ?? textOf(c) ?? c;
}

/** One byte per item into the column's distinct values; null when they are too many or not all primitive. */
function dictOf(c: unknown[], empty?: unknown[]): Col | null {
  const at = new Map<unknown, number>();
  const codes = new Uint8Array(c.length);
  let last: unknown = at, lastK = 0; // `at` stands for no value yet
  for (let i = 0; i < c.length; i++) {
    const v = c[i];
    // A Map (and ===) takes -0 for 0: a column with -0 goes as it is.
    if (v === 0 && 1 / v < 0) return null;
    // Runs of one value (a level, null) need no lookup.
    if (v === last) { codes[i] = lastK; continue; }
    let k = at.get(v);
    if (k === undefined) {
      // Only values that are themselves after the clone: not objects (the empty marker is one object).
      // A column whose first items are mostly distinct (codes, names) is not looked at further.
      if (at.size === 255 || (at.size === DICT_MIN && i < 2 * DICT_MIN) || (typeof v === 'object' && v !== null && v !== empty)) return null;
      at.set(v, (k = at.size));
    }
    codes[i] = k;
    last = v;
    lastK = k;
  }
  return { dict: [...at.keys()], codes };
}

/** The texts joined, with each one's end; null when an item is not a text (or the column is too long to join). */
function textOf(c: unknown[]): Col | null {
  const ends = new Uint32Array(c.length);
  let end = 0;
  for (let i = 0; i < c.length; i++) {
    const v = c[i];
    if (typeof v !== 'string') return null;
    end += v.length;
    // The engine's longest string is 2^29 - 24 characters (V8).
    if (end > 1 << 28) return null;
    ends[i] = end;
  }
  return { text: (c as string[]).join(''), ends };
}

export function decodeCol(c: Col, before: readonly unknown[][]): unknown[] {
  if (Array.isArray(c)) return c;
  if ('same' in c) return before[c.same]!;
  if ('text' in c) {
    const out = new Array<string>(c.ends.length);
    for (let i = 0, from = 0; i < out.length; i++) { out[i] = c.text.slice(from, c.ends[i]!); from = c.ends[i]!; }
    return out;
  }
  const out = new Array<unknown>(c.codes.length);
  for (let i = 0; i < out.length; i++) out[i] = c.dict[c.codes[i]!];
  return out;
}

function sameValues(a: readonly unknown[], b: readonly unknown[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

/** Columns encoded one after another (each may refer to an earlier one). */
export function encodeCols(cols: readonly unknown[][], empty?: unknown[]): Col[] {
  return cols.map((c, k) => encodeCol(c, cols.slice(0, k), empty));
}

export function decodeCols(cols: readonly Col[]): unknown[][] {
  const out: unknown[][] = [];
  for (const c of cols) out.push(decodeCol(c, out));
  return out;
}

export function pack(items: readonly object[], nested: readonly string[] = []): Packed {
  const empty: unknown[] = [];
  const paths: Packed['paths'] = [];
  const cols: unknown[][] = [];
  // Column of each field, and of each nested field by its parent's name.
  const top = new Map<string, unknown[]>();
  const sub = new Map<string, Map<string, unknown[]>>();
  const add = (path: [string] | [string, string]) => { const c = filled<unknown>(items.length, undefined); paths.push(path); cols.push(c); return c; };
  // A list's items most often have the same fields in the same order: each field is first compared
  // with the one at its place in the item before, its column then taken without a map lookup (the
  // lookups were half of packing 10,000 new units and their matches). Nested fields likewise.
  const atKey: string[] = [], atCol: unknown[][] = [];
  const atParent: string[] = [], atSub: string[] = [], atSubCol: unknown[][] = [];
  for (let i = 0; i < items.length; i++) {
    const item = items[i] as Record<string, unknown>;
    let j = 0, q = 0;
    for (const key in item) {
      const v = item[key];
      if (v !== null && typeof v === 'object' && !Array.isArray(v) && nested.includes(key)) {
        let inner = sub.get(key);
        if (!inner) sub.set(key, (inner = new Map()));
        for (const name in v) {
          let c = atSub[q] === name && atParent[q] === key ? atSubCol[q] : undefined;
          if (!c) {
            c = inner.get(name);
            if (!c) inner.set(name, (c = add([key, name])));
            atParent[q] = key; atSub[q] = name; atSubCol[q] = c;
          }
          q++;
          const w = (v as Record<string, unknown>)[name];
          c[i] = Array.isArray(w) && w.length === 0 ? empty : w;
        }
        continue;
      }
      let c = atKey[j] === key ? atCol[j] : undefined;
      if (!c) {
        c = top.get(key);
        if (!c) top.set(key, (c = add([key])));
        atKey[j] = key; atCol[j] = c;
      }
      j++;
      c[i] = Array.isArray(v) && v.length === 0 ? empty : v;
    }
  }
  return { n: items.length, paths, cols: encodeCols(cols, empty), empty };
}

export function unpack<T>(p: Packed): T[] {
  const cols = decodeCols(p.cols);
  const out = new Array<T>(p.n);
  for (let i = 0; i < p.n; i++) {
    const item: Record<string, unknown> = {};
    for (let k = 0; k < p.paths.length; k++) {
      let v = cols[k]![i];
      if (v === undefined) continue;
      if (v === p.empty) v = [];
      const path = p.paths[k]!;
      if (path.length === 1) item[path[0]] = v;
      else ((item[path[0]] ??= {}) as Record<string, unknown>)[path[1]] = v;
    }
    out[i] = item as T;
  }
  return out;
}
