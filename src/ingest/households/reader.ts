/**
 * Reads a household list from text chunks, the same way in the worker (chunks of a File's bytes)
 * and in the CLI (chunks of a file stream, bounded memory): the first rows are searched for the
 * header under any title rows, then every row goes to the aggregator and is forgotten.
 */
import { scanRows, RowView, BAD } from '../streamScan.ts';
import { detectDelimiter, isDelimiter } from '../papa.ts';
import { findHouseholdHeader, type HouseholdColumns, type PersonalKind } from './columns.ts';
import { HouseholdAggregator } from './aggregate.ts';

export interface TitleRow { row: number; text: string }

/** What the head of a file says: whether it is a household list, where its header is. */
export interface HouseholdHead {
  headerRow: number;
  headers: string[];
  columns: HouseholdColumns;
  titleRows: TitleRow[];
  year: number | null;
}

/** A year in a title ("… NĂM 2024"), else in the file name. */
export function yearFromContext(texts: readonly string[]): number | null {
  for (const t of texts) {
    const m = /(?:^|\D)(20\d{2})(?:\D|$)/.exec(t);
    if (m) return Number(m[1]);
  }
  return null;
}

export function headOf(rows: readonly string[][], file: string, fallbackYear: number | null): HouseholdHead | null {
  const found = findHouseholdHeader(rows);
  if (!found) return null;
  const titleRows = rows.slice(0, found.row).flatMap((r, i) => (r.every((c) => c.trim() === '') ? [] : [{ row: i + 1, text: r.filter((s) => s.trim()).join(' ').normalize('NFC').slice(0, 200) }]));
  const year = yearFromContext([...titleRows.map((t) => t.text), file]) ?? fallbackYear;
  return { headerRow: found.row + 1, headers: rows[found.row]!.map((s) => s.trim().normalize('NFC')), columns: found.columns, titleRows, year };
}

/** A row of column numbers under the header ("(1)", "2", …). */
function isNumbersRow(cells: readonly string[]): boolean {
  let seen = 0;
  for (const c of cells) {
    const t = c.trim();
    if (!t) continue;
    if (!/^\(?\d{1,3}\)?$/.test(t)) return false;
    seen++;
  }
  return seen >= 3;
}

export class HouseholdTextReader {
  head: HouseholdHead | null = null;
  agg: HouseholdAggregator | null = null;
  /** Set once the head was read and is not a household list. */
  notHouseholds = false;
  private rest = '';
  private headRows: string[][] = [];
  private fileRow = 0;
  private delim = 0;
  private view = new RowView();
  private readonly get = (i: number): string => this.view.field(i);

  constructor(private readonly file: string, private readonly fallbackYear: number | null, delimiter?: string) {
    if (delimiter && isDelimiter(delimiter)) this.delim = delimiter.charCodeAt(0);
  }

  /** Feeds decoded text; `final` on the last chunk. Throws on text the scanner cannot read. */
  push(chunk: string, final: boolean): void {
    if (this.notHouseholds) return;
    let text = this.rest + chunk;
    if (this.fileRow === 0 && this.headRows.length === 0) text = text.replace(/^\uFEFF/, '');
    if (!this.delim) {
      if (!final && text.length < 1 << 15) { this.rest = text; return; }
      this.delim = detectDelimiter(text.slice(0, 1 << 16)).charCodeAt(0);
    }
    const used = scanRows(text, this.delim, final, this.view, (r) => this.onRow(r));
    if (used === BAD) {
      if (this.notHouseholds) return;
      throw new Error('unreadable_csv');
    }
    this.rest = text.slice(used);
    if (final && !this.head && !this.notHouseholds) this.decideHead(true);
  }

  /** One row (public for grids already in memory: a spreadsheet). */
  onRow(r: RowView): boolean {
    this.view = r;
    this.fileRow++;
    if (!this.agg) {
      this.headRows.push(Array.from({ length: r.n }, (_, i) => r.field(i)));
      if (this.headRows.length >= 40) this.decideHead(false);
      return !this.notHouseholds;
    }
    this.dataRow(r.n, this.get, this.fileRow);
    return true;
  }

  private dataRow(n: number, get: (i: number) => string, row: number): void {
    if (n <= 1 && get(0).trim() === '') return;
    if (row === this.head!.headerRow + 1) {
      const cells = Array.from({ length: n }, (_, i) => get(i));
      if (isNumbersRow(cells)) return;
    }
    const f = this.head!.columns.field;
    // A row with neither a household code nor a commune (a footer, a signature, a total) is not a household.
    const code = f.household_code >= 0 ? get(f.household_code).trim() : '';
    const unit = (f.commune >= 0 ? get(f.commune).trim() : '') || (f.commune_code >= 0 ? get(f.commune_code).trim() : '');
    if (!code && !unit) return;
    this.agg!.add(get, row);
  }

  decideHead(final: boolean): void {
    const head = headOf(this.headRows, this.file, this.fallbackYear);
    if (!head) { this.notHouseholds = true; this.headRows = []; return; }
    this.head = head;
    this.agg = new HouseholdAggregator(head.columns, head.headers, head.year);
    this.headRows.slice(head.headerRow).forEach((cells, i) => this.dataRow(cells.length, (c) => cells[c] ?? '', head.headerRow + 1 + i));
    this.headRows = [];
    void final;
  }

  /** Personal columns, by header: what was dropped. */
  dropped(): { name: string; kind: PersonalKind }[] {
    if (!this.head) return [];
    return this.head.columns.roles.flatMap((r, i) => (r.kind === 'personal' ? [{ name: this.head!.headers[i] ?? '', kind: r.what }] : []));
  }
}

/**
 * The same for a grid already in memory (a spreadsheet); `text` makes a row's cells text, one row
 * at a time, so a sheet that is no household list is refused from its head without the rest made text.
 */
export function readGrid<R>(rows: readonly R[], text: (row: R) => string[], file: string, fallbackYear: number | null): HouseholdTextReader {
  const reader = new HouseholdTextReader(file, fallbackYear, ',');
  const view = new RowView();
  for (const row of rows) {
    const cells = text(row);
    // A RowView over the joined cells: fields are read back as the cells themselves.
    view.quoted = true;
    view.n = cells.length;
    while (view.start.length < cells.length) view.grow();
    view.unq = [...cells];
    if (!reader.onRow(view)) break;
  }
  if (!reader.head && !reader.notHouseholds) reader.decideHead(true);
  return reader;
}
