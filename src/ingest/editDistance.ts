/** Edit distances (Levenshtein) between unit names, for the closest-name suggestions. */

// Two rows reused by every call: suggestions compare hundreds of names with every known unit.
let rowA = new Int32Array(64);
let rowB = new Int32Array(64);

/** The edit distance, exact when below `limit`; else some number at or above it (the work stops early). */
export function levenshtein(a: string, b: string, limit = Infinity): number {
  if (a === b) return 0;
  if (Math.abs(a.length - b.length) >= limit) return Math.abs(a.length - b.length);
  if (rowA.length <= b.length) { rowA = new Int32Array(b.length + 1); rowB = new Int32Array(b.length + 1); }
  let prev = rowA;
  let cur = rowB;
  for (let j = 0; j <= b.length; j++) prev[j] = j;
  for (let i = 1; i <= a.length; i++) {
    cur[0] = i;
    let low = i;
    const ca = a.charCodeAt(i - 1);
    for (let j = 1; j <= b.length; j++) {
      const d = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + (ca === b.charCodeAt(j - 1) ? 0 : 1));
      cur[j] = d;
      if (d < low) low = d;
    }
    // Every way to the end passes through this row, and never gets cheaper.
    if (low >= limit) return low;
    const t = prev; prev = cur; cur = t;
  }
  return prev[b.length]!;
}

/**
 * Edit distances from one text to many. A text of at most 32 UTF-16 units is held as one bit mask
 * per letter (bit i: the letter at i), and each other text is read once, every column of the
 * distance table as two masks of +1/-1 steps down it (Myers' bit-parallel method, in Hyyrö's form
 * for the distance between whole texts): ~16 operations per letter instead of a row of the table.
 */
export class EditDistance {
  private readonly ascii = new Int32Array(128);
  private readonly other = new Map<number, number>();
  private readonly top: number;

  constructor(private readonly a: string) {
    const m = a.length;
    this.top = m >= 1 && m <= 32 ? 1 << (m - 1) : 0;
    if (!this.top) return;
    for (let i = 0; i < m; i++) {
      const c = a.charCodeAt(i);
      if (c < 128) this.ascii[c]! |= 1 << i;
      else this.other.set(c, (this.other.get(c) ?? 0) | (1 << i));
    }
  }

  /** The distance to `b`; beyond 32 units, as levenshtein(a, b, limit) (exact below the limit). */
  to(b: string, limit = Infinity): number {
    if (!this.top) return levenshtein(this.a, b, limit);
    // Vertical steps of the current column (row i to i+1): +1 where pv, -1 where mv, else 0.
    // Column 0 is 0, 1, 2, …: all +1. `score` is the column's last cell.
    let pv = -1, mv = 0, score = this.a.length;
    for (let j = 0; j < b.length; j++) {
      const c = b.charCodeAt(j);
      const eq = c < 128 ? this.ascii[c]! : this.other.get(c) ?? 0;
      const xv = eq | mv;
      // Where a diagonal step is free: a match, or a run of -1 steps carried down (the addition).
      const xh = (((eq & pv) + pv) ^ pv) | eq;
      // Horizontal steps (column j to j+1) at each row: +1 where ph, -1 where mh.
      let ph = mv | ~(xh | pv);
      let mh = pv & xh;
      if (ph & this.top) score++;
      else if (mh & this.top) score--;
      // Row 0 grows by one per column; shifted in below the other rows' steps.
      ph = (ph << 1) | 1;
      mh <<= 1;
      pv = mh | ~(xv | ph);
      mv = ph & xv;
    }
    return score;
  }
}
