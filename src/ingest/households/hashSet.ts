/**
 * A set of strings kept as 64-bit hashes (two 32-bit FNV-style hashes) in an open-addressing table
 * of two Uint32Arrays: 8 bytes a slot instead of a JS string per entry, so 27 million household
 * codes take 256 MB (2²⁵ slots, filled up to 85%). Two different codes share a hash with odds of
 * about n²/2⁶⁵ (≈ 2·10⁻⁵ at 27 million): such a pair would be counted as one duplicate.
 */
export class HashSet64 {
  private cap = 1 << 12;
  private a = new Uint32Array(this.cap);
  /** Second hash, never 0: 0 marks an empty slot. */
  private b = new Uint32Array(this.cap);
  size = 0;

  /** Adds `s`; returns true when it was not in the set. */
  add(s: string): boolean {
    let h1 = 0x811c9dc5;
    let h2 = 0x01000193 ^ s.length;
    for (let i = 0; i < s.length; i++) {
      const c = s.charCodeAt(i);
      h1 = Math.imul(h1 ^ c, 0x01000193);
      h2 = Math.imul(h2 ^ c, 0x5bd1e995) ^ (h2 >>> 15);
    }
    h1 >>>= 0;
    h2 = (h2 | 1) >>> 0;
    if ((this.size + 1) * 20 > this.cap * 17) this.grow();
    return this.insert(h1, h2);
  }

  private insert(h1: number, h2: number): boolean {
    const mask = this.cap - 1;
    let i = (h1 ^ Math.imul(h2, 0x9e3779b1)) & mask;
    for (;;) {
      const b = this.b[i]!;
      if (b === 0) {
        this.a[i] = h1; this.b[i] = h2; this.size++;
        return true;
      }
      if (b === h2 && this.a[i] === h1) return false;
      i = (i + 1) & mask;
    }
  }

  private grow(): void {
    const { a, b } = this;
    this.cap *= 2;
    this.a = new Uint32Array(this.cap);
    this.b = new Uint32Array(this.cap);
    this.size = 0;
    for (let i = 0; i < a.length; i++) if (b[i] !== 0) this.insert(a[i]!, b[i]!);
  }
}
