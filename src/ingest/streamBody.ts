/**
 * The streaming reader's data rows (stream.ts): each row's unit, indicator, year and number cells
 * written to typed columns as it is scanned. A class rather than closures inside the reader: a
 * worker keeps its optimised code between imports only for functions that outlive an import (a
 * closure made per import was compiled anew, ~35–85 ms of a second core, at every import).
 */
import { isNoteLabel, isTotalLabel } from './headers.ts';
import { LabelSlots } from './streamLabels.ts';
import type { Layout } from './layout.ts';
import type { Limits } from './limits.ts';
import { parseYearText } from './years.ts';
import type { RowView } from './streamScan.ts';
import type { Indicators } from './collect.ts';
import { bail } from './streamDecode.ts';
import type { NumberCells } from './streamValues.ts';
import { noteText, type Seen, type TextRow, type UnitMemo } from './streamRows.ts';
import type { Scratch } from './scratch.ts';
import { objects } from './lists.ts';

/** Where each field of a row is and what its value columns hold. */
export interface BodyPlan {
  /** File rows up to and including the header (data starts after). */
  headerRows: number;
  lay: Layout;
  /** Each value column's indicator index (-1: from the row) and year (null: from the row). */
  colInd: number[];
  colYear: (number | null)[];
  defaultInd: number;
}

const trimmed = (r: RowView, c: number) => (c >= 0 ? r.field(c).trim() : '');
/** collect.ts's fallback indicator (poverty_rate, the first the reader makes: streamPlan.ts), and what valueAt returns for a value whose indicator is not found. */
const FALLBACK = 0;
const UNKNOWN = -1;
const isTotal = (s: string) => s !== '' && isTotalLabel(s);

export class BodyRows {
  // Per data row: file row, unit, its distinct unit (index into memo.all; -1 for a total row). Per value: indicator, year.
  rFile: Int32Array; rUnit: Int32Array; rSeen: Int32Array;
  vInd: Int32Array; vYear: Float64Array;
  nRows = 0;
  readonly totals = new Map<number, TextRow>(); // data row → its text
  /** Data rows naming no unit (an error: missing_unit). */
  readonly unitless = new Map<number, TextRow>();
  /** Values whose year the checks refuse: the year as the row gives it (what their message quotes). */
  readonly yearTexts = new Map<number, string>();
  readonly pending = objects<TextRow>();
  readonly notes = objects<{ row: number; text: string }>();
  /** Each data row's indicator cell: an index into `slots.labels` (-1 without an indicator column). */
  rLabel: Int32Array;
  readonly slots: LabelSlots;
  readonly missingRaw = new Map<number, string>();
  /**
   * Values whose indicator cell names no indicator (blank, or a label that makes no id).
   * collect.ts gives them its fallback indicator and marks them not found; the checks reject their
   * rows (unknown_indicator, quoting the row's cell from `slots`).
   */
  readonly unknownInd = new Set<number>();
  private fileRow = 0;
  private rowCap: number;
  private valCap: number;
  private readonly yearRaw = new Map<string, number | null>();
  private readonly valueCols: number[];
  private readonly nv: number;
  private readonly needsRowYear: boolean;
  private readonly lay: Layout;

  constructor(
    private readonly plan: BodyPlan, private readonly limits: Limits, private readonly memo: UnitMemo,
    private readonly inds: Indicators, readonly numbers: NumberCells, private readonly mem: Scratch, rowCap: number,
  ) {
    this.lay = plan.lay;
    this.slots = new LabelSlots(inds);
    this.valueCols = plan.lay.values.map((v) => v.col);
    this.nv = this.valueCols.length;
    this.needsRowYear = plan.colYear.some((y) => y === null);
    this.rowCap = rowCap;
    this.valCap = rowCap * this.nv;
    // Written for each row and value before any is read: not zeroed.
    this.rFile = mem.i32(rowCap, false); this.rUnit = mem.i32(rowCap, false); this.rSeen = mem.i32(rowCap, false); this.rLabel = mem.i32(rowCap, false);
    this.vInd = mem.i32(this.valCap, false); this.vYear = mem.f64(this.valCap, false);
  }

  row(r: RowView): boolean {
    const { limits, lay } = this;
    const nv = this.nv;
    const fileRow = ++this.fileRow;
    if (fileRow > limits.maxRows || r.n > limits.maxColumns || r.end[r.n - 1]! - r.start[0]! > limits.maxLineChars) bail('limit');
    if (fileRow <= this.plan.headerRows) return true;
    let filled = 0;
    for (let c = 0; c < nv; c++) if (r.filled(this.valueCols[c]!)) filled++;
    if (filled === 0) {
      // Blank rows are skipped; other rows without values wait: notes, unless data follows (flushPending).
      if (!r.blank()) this.pending.push({ row: fileRow, cells: Array.from({ length: r.n }, (_, i) => r.field(i)), code: '', name: '' });
      return true;
    }
    if (this.pending.length) this.flushPending();
    const k = this.newRow(fileRow);
    const s = this.unitOf(r, k, fileRow);
    this.rUnit[k] = s ? s.u : 0;
    this.rSeen[k] = s ? s.idx : -1;
    const slot = lay.indicatorCol >= 0 ? this.slots.ofRow(r, lay.indicatorCol) : -1;
    this.rLabel[k] = slot;
    const rowInd = slot >= 0 ? this.slots.ind[slot]! : -1;
    const rowYear = this.needsRowYear ? this.rowYearOf(r) : null;
    const numbers = this.numbers;
    const kinds = this.inds.kinds;
    for (let c = 0; c < nv; c++) {
      const i = numbers.n;
      const found = this.valueAt(i, c, rowInd, rowYear);
      if (found === UNKNOWN) this.unknownInd.add(i);
      const ind = found === UNKNOWN ? FALLBACK : found;
      if (this.yearRefused(i)) this.yearTexts.set(i, this.yearTextOf(c, lay.yearCol >= 0 ? trimmed(r, lay.yearCol) : ''));
      const col = this.valueCols[c]!;
      if (filled < nv && !r.filled(col)) {
        // A blank cell: missing (a warning naming the unit and year); its text is what the warning quotes.
        this.missingRaw.set(i, r.field(col));
        numbers.missing(c, kinds[ind]!, col < r.n);
        continue;
      }
      const u = r.quoted ? r.unq[col] : null;
      const kind = kinds[ind]!;
      // A number that was never text (JSON) is read as it is, without a vote (collect.ts).
      const quoted = u !== null && u !== undefined;
      if (!quoted && r.typed) numbers.pushNumber(r.num[col]!, c);
      // A cell that is not plain digits is kept as its text (field: in the file's encoding).
      else if (!(quoted ? numbers.push(u, 0, u.length, c, kind) : r.bytes !== null ? numbers.pushBytes(r.bytes, r.start[col]!, r.end[col]!, c, kind) : numbers.push(r.text, r.start[col]!, r.end[col]!, c, kind))) {
        numbers.pushText(r.field(col), c, kind);
      }
    }
    return true;
  }

  /** A new data row (file row `fileRow`): its index. */
  private newRow(fileRow: number): number {
    if (this.nRows === this.rowCap) this.growRows();
    if (this.numbers.n + this.nv > this.valCap) this.growValues();
    const k = this.nRows++;
    this.rFile[k] = fileRow;
    return k;
  }

  /**
   * Value i, of value column c: its indicator and year written; the indicator returned, UNKNOWN
   * when none is found (collect.ts's fallback indicator is written, as it writes it).
   */
  private valueAt(i: number, c: number, rowInd: number, rowYear: number | null): number {
    const { colInd, colYear, defaultInd } = this.plan;
    const found = colInd[c]! >= 0 ? colInd[c]! : this.lay.indicatorCol >= 0 ? rowInd : defaultInd;
    const ind = found >= 0 ? found : FALLBACK;
    const year = colYear[c] ?? rowYear;
    this.vInd[i] = ind;
    this.vYear[i] = year ?? NaN;
    return found >= 0 ? ind : UNKNOWN;
  }

  /** Whether value i's year is one the checks refuse (bad_year, no_single_year). */
  private yearRefused(i: number): boolean {
    const y = this.vYear[i]!;
    return !(y >= 1900 && y <= 2100 && Number.isInteger(y));
  }

  /** Value column c's year as collect.ts quotes it: the column's own, else the row's year cell, else the file's. */
  private yearTextOf(c: number, cell: string): string {
    const y = this.plan.colYear[c];
    return y !== null && y !== undefined ? String(y) : this.lay.yearCol >= 0 ? cell : String(this.lay.defaultYear ?? '');
  }

  /**
   * Rows without values met before this data row: a note when its first filled cell says so, else
   * a data row whose values are all missing (pipeline.ts: only rows after the last value are notes).
   */
  flushPending(): void {
    for (const p of this.pending) {
      if (isNoteLabel(p.cells.find((c) => c.trim() !== '') ?? '')) { this.notes.push({ row: p.row, text: noteText(p.cells) }); continue; }
      const { codeCol, nameCol, yearCol, parentCol } = this.lay;
      const cell = (c: number) => (c >= 0 ? p.cells[c] ?? '' : '');
      const code = cell(codeCol).trim(), name = cell(nameCol).trim(), yt = cell(yearCol).trim();
      const k = this.newRow(p.row);
      // As unitOf has them: a unit met before, a total row (kept as text), a row naming no unit, a new unit.
      let s = this.memo.find(code, name, yt);
      if (!s && (isTotal(name) || (!name && isTotal(code)))) this.totals.set(k, { row: p.row, cells: p.cells, code, name });
      else if (!s && !(name || code)) this.unitless.set(k, { row: p.row, cells: [], code, name });
      else s ??= this.memo.add(p.row, code, name, yt, yearCol >= 0 ? Number(yt) : this.lay.defaultYear, cell(parentCol).trim());
      this.rUnit[k] = s ? s.u : 0;
      this.rSeen[k] = s ? s.idx : -1;
      const slot = this.lay.indicatorCol >= 0 ? this.slots.of(cell(this.lay.indicatorCol)) : -1;
      this.rLabel[k] = slot;
      const rowInd = slot >= 0 ? this.slots.ind[slot]! : -1;
      const rowYear = !this.needsRowYear ? null : yearCol < 0 ? this.lay.defaultYear : this.yearOfText(cell(yearCol));
      for (let c = 0; c < this.nv; c++) {
        const i = this.numbers.n;
        let ind = this.valueAt(i, c, rowInd, rowYear);
        if (ind === UNKNOWN) { this.unknownInd.add(i); ind = FALLBACK; }
        if (this.yearRefused(i)) this.yearTexts.set(i, this.yearTextOf(c, yt));
        const col = this.valueCols[c]!;
        this.missingRaw.set(i, cell(col));
        this.numbers.missing(c, this.inds.kinds[ind]!, col < p.cells.length);
      }
    }
    this.pending.length = 0;
  }

  /** The row's unit (resolved once per distinct unit); undefined for a total row, kept as text. */
  private unitOf(r: RowView, k: number, fileRow: number): Seen | undefined {
    const { memo, lay } = this;
    const { codeCol, nameCol, yearCol } = lay;
    let s = memo.inPlace(r, codeCol, nameCol);
    if (s) return s;
    const code = trimmed(r, codeCol);
    const name = trimmed(r, nameCol);
    const yt = yearCol >= 0 ? trimmed(r, yearCol) : '';
    s = memo.find(code, name, yt);
    if (!s && (isTotal(name) || (!name && isTotal(code)))) {
      this.totals.set(k, { row: fileRow, cells: Array.from({ length: r.n }, (_, i) => r.field(i)), code, name });
      return undefined;
    }
    if (!s) {
      if (!(name || code)) { this.unitless.set(k, { row: fileRow, cells: [], code, name }); return undefined; }
      s = memo.add(fileRow, code, name, yt, yearCol >= 0 ? Number(yt) : lay.defaultYear, trimmed(r, lay.parentCol));
    }
    memo.remember(r, codeCol, nameCol, s);
    return s;
  }

  private rowYearOf(r: RowView): number | null {
    const { yearCol } = this.lay;
    if (yearCol < 0) return this.lay.defaultYear;
    const y4 = r.year4(yearCol);
    return y4 >= 0 ? y4 : this.yearOfText(r.field(yearCol));
  }

  private yearOfText(raw: string): number | null {
    let y = this.yearRaw.get(raw);
    if (y === undefined) { y = parseYearText(raw); this.yearRaw.set(raw, y); }
    return y;
  }

  /** File rows read so far (data or not). */
  get fileRows(): number { return this.fileRow; }

  /** Counts `n` more file rows, read by another reader (streamMerge.ts). */
  skipRows(n: number): void {
    this.fileRow += n;
    if (this.fileRow > this.limits.maxRows) bail('limit');
  }

  /** Room for `rows` more data rows and `values` more values. */
  reserve(rows: number, values: number): void {
    while (this.nRows + rows > this.rowCap) this.growRows();
    while (this.numbers.n + values > this.valCap) this.growValues();
  }

  private growRows(): void {
    this.rowCap *= 2;
    const g = (a: Int32Array) => { const b = this.mem.i32(this.rowCap, false); b.set(a); return b; };
    this.rFile = g(this.rFile); this.rUnit = g(this.rUnit); this.rSeen = g(this.rSeen); this.rLabel = g(this.rLabel);
  }

  private growValues(): void {
    this.valCap *= 2;
    const a = this.mem.i32(this.valCap, false); a.set(this.vInd); this.vInd = a;
    const b = this.mem.f64(this.valCap, false); b.set(this.vYear); this.vYear = b;
  }
}
