/**
 * Rows of the streaming reader that are not plain data: each distinct unit resolved once (as
 * collect.ts does it, so that matches and their row counts come out the same), total rows and
 * notes kept as text (they are few), and rows without values held until the reader knows whether
 * a data row follows them (pipeline.ts: rows after the last row with a value are notes).
 */
import type { UnitMatch } from './types.ts';
import type { UnitResolver } from './unitResolver.ts';
import { IntMap } from './intMap.ts';
import { StrMap } from './strMap.ts';
import type { RowView } from './streamScan.ts';
import { objects } from './lists.ts';
import { errorOf } from './collect.ts';

/** One distinct unit of the file (a code and name, and its year when the answer depends on it); `err`: its rows' error (collect.ts ROW_ERRORS). */
export interface Seen { m: UnitMatch; u: number; hits: number; code: string; name: string; idx: number; free: boolean; err: number }

/** A unit as the reader met it first: `UnitMemo.add`'s arguments. */
export interface AddedUnit { row: number; code: string; name: string; yearText: string; year: number | null; parent: string }

export class UnitMemo {
  /** Unit codes by index; 0 is '' (a total row's unit), as in collect.ts. */
  readonly units = [''];
  readonly all = objects<Seen>();
  /** Whether a unit's rows have an error (skipped, out of time, ambiguous, a breakdown). */
  anyError = false;
  // By unit code and by the file's code: 10,000 of each in a commune file (StrMap: no large tables).
  private readonly at = new StrMap<number>().set('', 0);
  private readonly free = new StrMap<Seen | Map<string, Seen>>();
  private readonly perYear = new Map<string, Seen>();

  /**
   * Set on the reader of a file's later part (streamSplit.ts): what `add` was given for each unit,
   * in order, for the first part's reader to add them in turn (its resolver decides what they are).
   */
  log: AddedUnit[] | null = null;

  constructor(private readonly resolver: UnitResolver) {}

  /** The unit already resolved for this code and name (and year text), its hit counted. */
  find(code: string, name: string, yearText: string): Seen | undefined {
    const e = this.free.get(code);
    let s = e === undefined ? undefined : e instanceof Map ? e.get(name) : e.name === name ? e : undefined;
    if (!s && this.perYear.size) s = this.perYear.get(`${code}\u0001${name}\u0001${yearText}`);
    if (s) s.hits++;
    return s;
  }

  /** Resolves a unit met for the first time; a unit whose rows are errors (skipped, ambiguous…) keeps that error in `err`. */
  add(row: number, code: string, name: string, yearText: string, year: number | null, parent: string): Seen {
    this.log?.push({ row, code, name, yearText, year, parent });
    const m = this.resolver.resolve(row, code, name, year, parent);
    const c = m.code ?? '';
    let u = this.at.get(c);
    if (u === undefined) { u = this.units.length; this.units.push(c); this.at.set(c, u); }
    const free = this.resolver.yearFree(code, name);
    const s: Seen = { m, u, hits: 0, code, name, idx: this.all.length, free, err: errorOf(m) };
    if (s.err) this.anyError = true;
    this.all.push(s);
    if (free) {
      const e = this.free.get(code);
      if (e === undefined) this.free.set(code, s);
      else if (e instanceof Map) e.set(name, s);
      else this.free.set(code, new Map([[e.name, e], [name, s]]));
    } else this.perYear.set(`${code}\u0001${name}\u0001${yearText}`, s);
    return s;
  }

  // A row whose code and name cells are exactly those of a year-free unit met before is that unit:
  // most rows repeat a unit, and this finds it without a string or a trim (hashed, compared in place).
  private readonly byCells = new IntMap(1024);
  // Each remembered unit's code and name cells, their characters one after the other in `chars`:
  // per unit index, where they start and each one's length (-1: not remembered). Compared with a
  // row's text, this reads one string, not two: cells kept as slices of their chunk's text made the
  // comparison ~2x slower (Chromium worker profile, legacy file).
  private chars = new Uint16Array(1 << 14);
  private nChars = 0;
  private cellAt = new Int32Array(1024).fill(-1);
  private codeLen = new Int32Array(1024);
  private nameLen = new Int32Array(1024);

  private last: Seen | null = null;
  /** Whether the last row's unit was found as the one that followed the row before's. */
  private moved = false;
  /**
   * The unit whose row followed each unit's row last time (by index, -1 for none): a file ordered
   * year by year lists its units in the same order every year, so the next row's unit is that one.
   */
  private nextOf = new Int32Array(1024).fill(-1);

  private sameCells(r: RowView, codeCol: number, nameCol: number, i: number): boolean {
    const at = this.cellAt[i]!;
    if (at < 0) return false;
    const n = this.codeLen[i]!;
    return r.isChars(codeCol, this.chars, at, n) && r.isChars(nameCol, this.chars, at + n, this.nameLen[i]!);
  }

  private growUnits(i: number): void {
    const n = Math.max(i + 1, 2 * this.cellAt.length);
    const at = new Int32Array(n).fill(-1); at.set(this.cellAt); this.cellAt = at;
    const c = new Int32Array(n); c.set(this.codeLen); this.codeLen = c;
    const m = new Int32Array(n); m.set(this.nameLen); this.nameLen = m;
  }

  private follow(s: Seen): void {
    const last = this.last;
    if (last) {
      if (last.idx >= this.nextOf.length) { const a = new Int32Array(this.nextOf.length * 2).fill(-1); a.set(this.nextOf); this.nextOf = a; }
      this.nextOf[last.idx] = s.idx;
    }
    this.last = s;
  }

  inPlace(r: RowView, codeCol: number, nameCol: number): Seen | undefined {
    if (r.quoted) return r.typed ? this.sameTyped(r, codeCol, nameCol) : undefined;
    // Rows of one unit most often come together: the last unit's cells first, then the unit that
    // followed it before (first, while each row moves on to the next unit: a file ordered year by
    // year). Either is the unit the hashed lookup below would find: remembered units' cells differ.
    const last = this.last;
    if (last) {
      const next = last.idx < this.nextOf.length ? this.nextOf[last.idx]! : -1;
      if (!this.moved && this.sameCells(r, codeCol, nameCol, last.idx)) { last.hits++; return last; }
      if (next >= 0 && this.sameCells(r, codeCol, nameCol, next)) { const s = this.all[next]!; s.hits++; this.last = s; this.moved = true; return s; }
      if (this.moved && this.sameCells(r, codeCol, nameCol, last.idx)) { last.hits++; this.moved = false; return last; }
    }
    this.moved = false;
    const i = this.byCells.get(r.hash(codeCol, nameCol));
    if (i === undefined || !this.sameCells(r, codeCol, nameCol, i)) return undefined;
    const s = this.all[i]!;
    s.hits++;
    this.follow(s);
    return s;
  }

  // A JSON row's unit: the last row's when its code and name texts are the same (rows of a unit come together).
  private typedLast: Seen | null = null;
  private typedCode = '';
  private typedName = '';

  private sameTyped(r: RowView, codeCol: number, nameCol: number): Seen | undefined {
    const s = this.typedLast;
    if (s === null || r.raw(codeCol) !== this.typedCode || r.raw(nameCol) !== this.typedName) return undefined;
    s.hits++;
    return s;
  }

  /** Lets `inPlace` find unit `s` by this row's cells. */
  remember(r: RowView, codeCol: number, nameCol: number, s: Seen): void {
    if (r.typed && s.free) { this.typedLast = s; this.typedCode = r.raw(codeCol); this.typedName = r.raw(nameCol); }
    if (r.quoted || !s.free) return;
    this.byCells.set(r.hash(codeCol, nameCol), s.idx);
    const i = s.idx;
    if (i >= this.cellAt.length) this.growUnits(i);
    const need = this.nChars + r.width(codeCol) + r.width(nameCol);
    if (need > this.chars.length) { const c = new Uint16Array(Math.max(need, 2 * this.chars.length)); c.set(this.chars); this.chars = c; }
    this.cellAt[i] = this.nChars;
    this.codeLen[i] = r.copyChars(codeCol, this.chars, this.nChars);
    this.nChars += this.codeLen[i]!;
    this.nameLen[i] = r.copyChars(nameCol, this.chars, this.nChars);
    this.nChars += this.nameLen[i]!;
    this.follow(s);
  }

  /** Each match's row count, as collect.ts leaves it (the resolver counted each first row). */
  finish(): void { for (const s of this.all) s.m.rows += s.hits; }
}

/** A row kept as text: a total row, or a row without values (a note, unless a data row follows). */
export interface TextRow { row: number; cells: string[]; code: string; name: string }

export const noteText = (cells: string[]) => cells.filter((s) => s.trim()).join(' ');

/** Rows without values after the last row with values: notes (pipeline.ts). */
export function flushValueless(pending: TextRow[], notes: { row: number; text: string }[]): void {
  for (const p of pending) notes.push({ row: p.row, text: noteText(p.cells) });
  pending.length = 0;
}
