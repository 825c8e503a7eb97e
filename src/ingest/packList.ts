/**
 * A list of like objects as one array per field, for the worker's messages: structured clone
 * writes every object's keys, and 10,000 new units with their matches cost ~35–130 ms to clone
 * as objects against ~10–30 ms as columns (Node, the legacy bench file).
 *
 * `nested` fields (plain objects such as a unit's name) are flattened one level. Empty arrays all
 * point to one marker array in the message (the clone writes it once) and come back as new arrays.
 * A field that is undefined and one that is absent come back absent.
 */
/** Items per part message: small enough to unpack in a few ms. */
export const PART_SIZE = 2000;

/** A unit's nested fields, flattened when units are packed. */
export const UNIT_NESTED = ['name'];

export interface Packed {
  n: number;
  /** [field] or [field, subfield] for a flattened nested field, in first-met order. */
  paths: ([string] | [string, string])[];
  cols: unknown[][];
  /** Stands for an empty array (identity survives the clone within one message). */
  empty: unknown[];
}

export function pack(items: readonly object[], nested: readonly string[] = []): Packed {
  const empty: unknown[] = [];
  const paths: Packed['paths'] = [];
  const cols: unknown[][] = [];
  // Column of each field, and of each nested field by its parent's name.
  const top = new Map<string, unknown[]>();
  const sub = new Map<string, Map<string, unknown[]>>();
  const add = (path: [string] | [string, string]) => { const c = new Array<unknown>(items.length); paths.push(path); cols.push(c); return c; };
  for (let i = 0; i < items.length; i++) {
    const item = items[i] as Record<string, unknown>;
    for (const key in item) {
      const v = item[key];
      if (v !== null && typeof v === 'object' && !Array.isArray(v) && nested.includes(key)) {
        let inner = sub.get(key);
        if (!inner) sub.set(key, (inner = new Map()));
        for (const name in v) {
          let c = inner.get(name);
          if (!c) inner.set(name, (c = add([key, name])));
          const w = (v as Record<string, unknown>)[name];
          c[i] = Array.isArray(w) && w.length === 0 ? empty : w;
        }
        continue;
      }
      let c = top.get(key);
      if (!c) top.set(key, (c = add([key])));
      c[i] = Array.isArray(v) && v.length === 0 ? empty : v;
    }
  }
  return { n: items.length, paths, cols, empty };
}

export function unpack<T>(p: Packed): T[] {
  const out = new Array<T>(p.n);
  for (let i = 0; i < p.n; i++) {
    const item: Record<string, unknown> = {};
    for (let k = 0; k < p.paths.length; k++) {
      let v = p.cols[k]![i];
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
