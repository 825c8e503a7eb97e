/**
 * Arrays made in the kind of elements they end with. V8 gives `[]` and `new Array(n)` elements for
 * small integers and changes the array's hidden class at the first object or text stored (or at a
 * gap). Code optimised during one import for the changed class was thrown away ("wrong map") when
 * the next import stored into a fresh array: the kept import worker recompiled its hottest
 * functions at each of its first imports (Chromium --trace-deopt).
 */

/** An empty array for objects or texts. */
export function objects<T>(): T[] {
  const a: unknown[] = [null];
  a.pop();
  return a as T[];
}

/** An array of `n` items, each `value` (a gap-free array for values written by index). */
export function filled<T>(n: number, value: T): T[] {
  const a = objects<T>();
  for (let i = 0; i < n; i++) a.push(value);
  return a;
}

/**
 * Items per call of a pass's loop over all values. A pass called once per import in one loop was
 * optimised on-stack anew at each of the kept worker's first imports; in parts, its loop is a
 * function called many times in the first import, optimised then and kept (Chromium --trace-opt).
 */
export const PART = 4096;
