/**
 * A map by string kept as 32 smaller Maps, picked by a few of the key's characters. One Map that
 * grows to the 10,000 units of a commune file reallocates its table into fresh large blocks as it
 * doubles (~2.5 ms per map per import in Node, more in the page: touching new memory is slow);
 * 32 Maps of a few hundred entries each stay small.
 */
export class StrMap<V> {
  private readonly parts: Map<string, V>[] = [];

  constructor() { for (let i = 0; i < 32; i++) this.parts.push(new Map()); }

  private part(k: string): Map<string, V> {
    const n = k.length;
    if (n === 0) return this.parts[0]!;
    return this.parts[(k.charCodeAt(n - 1) * 31 + k.charCodeAt(n >> 1) * 7 + k.charCodeAt(0) * 3 + n) & 31]!;
  }

  get(k: string): V | undefined { return this.part(k).get(k); }

  set(k: string, v: V): this { this.part(k).set(k, v); return this; }
}
