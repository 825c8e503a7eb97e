/**
 * A set of strings kept as 64-bit hashes (two 32-bit FNV-1a variants) in an open-addressing table
 * of typed arrays: about 12 bytes a slot instead of a JS string per entry, so 27 million household
 * codes fit in a few hundred MB. Two different codes share a hash with odds of about n²/2⁶⁵
 * (≈ 2·10⁻⁵ at 27 million): such a pair would be counted as one duplicate.
 */
export class HashSet64 {
  private cap = 1 << 12;
  private a = new Uint32Array(this.cap);
  private b = new Uint32Array(this.cap);
  /** File row of the first occurrence (0 = empty slot). */
  private row = new Uint32Array(this.cap);
  size = 0;

  /** Adds `s`; returns 0 when it is new, else the row where it was first added. */
  add(s: string, fileRow: number): number {
    let h1 = 0x811c9dc5;
    let h2 = 0x01000193 ^ s.length;
    for (let i = 0; i < s.length; i++) {
      const c = s.charCodeAt(i);
      h1 = Math.imul(h1 ^ c, 0x01000193);
      h2 = Math.imul(h2 ^ c, 0x5bd1e995) ^ (h2 >>> 15);
    }
    h1 >>>= 0;
    h2 = (h2 | 1) >>> 0; // never 0, so b[] = 0 marks an empty slot together with row = 0
    if ((this.size + 1) * 4 > this.cap * 3) this.grow();
    return this.insert(h1, h2, Math.max(1, fileRow));
  }

  private insert(h1: number, h2: number, fileRow: number): number {
    const mask = this.cap - 1;
    let i = (h1 ^ Math.imul(h2, 0x9e3779b1)) & mask;
    for (;;) {
      if (this.row[i] === 0) {
        this.a[i] = h1; this.b[i] = h2; this.row[i] = fileRow; this.size++;
        return 0;
      }
      if (this.a[i] === h1 && this.b[i] === h2) return this.row[i]!;
      i = (i + 1) & mask;
    }
  }

  private grow(): void {
    const { a, b, row } = this;
    this.cap *= 2;
    this.a = new Uint32Array(this.cap);
    this.b = new Uint32Array(this.cap);
    this.row = new Uint32Array(this.cap);
    this.size = 0;
    for (let i = 0; i < a.length; i++) if (row[i] !== 0) this.insert(a[i]!, b[i]!, row[i]!);
  }
}
