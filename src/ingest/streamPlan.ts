/**
 * The streaming reader's plan for a file's body, from its first rows as text (CSV rows, or JSON
 * records as collect.ts would see their cells): the header row, the columns' roles, the layout and
 * the typed columns the body is written to (BodyRows). The same for every source: only how rows
 * are found differs (stream.ts for text, streamJson.ts for JSON).
 */
import { findHeader } from './headers.ts';
import { decideColumns, type ColumnDecision } from './columns.ts';
import { resolveLayout, type Layout } from './layout.ts';
import type { IngestOptions, UnitMatch } from './types.ts';
import type { Unit } from '../domain/units.ts';
import { UnitResolver } from './unitResolver.ts';
import { Indicators } from './collect.ts';
import type { Limits } from './limits.ts';
import { bail } from './streamDecode.ts';
import { NumberCells } from './streamValues.ts';
import { noteText, UnitMemo } from './streamRows.ts';
import { BodyRows } from './streamBody.ts';
import type { Scratch } from './scratch.ts';

export interface Plan {
  /** The header's index in `head`, and its rows (two when a merged label sits over sub-labels). */
  h: number;
  span: number;
  /** A row of column numbers under the header ("(1) (2) (3)"): a note, as pipeline.ts has it. */
  numbersNote: { row: number; text: string } | null;
  headers: string[];
  sample: string[][];
  decided: ColumnDecision[];
  guessed: string[];
  chosen: string[] | null;
  mapping: string[];
  titleRows: { row: number; text: string }[];
  lay: Layout;
  valueCols: number[];
  header: (c: number) => string;
  inds: Indicators;
  resolver: UnitResolver;
  memo: UnitMemo;
  body: BodyRows;
}

/**
 * `head`: the file's first rows (up to SAMPLE_END) as text; `context`: texts besides the title rows
 * that may name the indicator or year (a JSON file's meta); `rowCap`: the data rows expected;
 * `later`: the body read is a later part of the file (streamSplit.ts), whose rows are all below the header.
 */
export function planBody(head: string[][], file: string, context: string[], opts: IngestOptions, known: readonly Unit[], limits: Limits, mem: Scratch, rowCap: number, later = false): Plan {
  while (head.length && head[head.length - 1]!.every((c) => c === '')) head.pop();
  if (!head.length) bail('empty');
  // A header row the user chose (pipeline.ts: within the file; here within the rows read for the header).
  const forced = opts.headerRow ? opts.headerRow - 1 : undefined;
  if (forced !== undefined && (forced < 0 || forced >= head.length)) bail('options');
  const block = findHeader(head, forced);
  const h = block.row;
  // Data starts under the header rows and the row of column numbers, if any (pipeline.ts).
  const first = block.numbersRow !== null ? block.numbersRow + 1 : h + block.span;
  const headers = block.span === 1 ? (head[h] ?? []).map((c) => c.trim()) : block.headers;
  const sample = head.slice(first).filter((r) => r.some((c) => c.trim() !== ''));
  const numbersNote = block.numbersRow !== null ? { row: block.numbersRow + 1, text: noteText(head[block.numbersRow] ?? []) } : null;
  const decided = decideColumns(headers, sample);
  const guessed = decided.map((d) => d.role);
  // Columns the user mapped (pipeline.ts: only a mapping of every column counts).
  const chosen = opts.mapping && opts.mapping.length === headers.length ? opts.mapping : null;
  const mapping = chosen ? [...chosen] : guessed;
  const titleRows = head.slice(0, h).flatMap((r, i) => (r.every((c) => c.trim() === '') ? [] : [{ row: i + 1, text: noteText(r) }]));
  const lay = resolveLayout(mapping, [...titleRows.map((t) => t.text), ...context, file], { indicator: opts.indicator ?? null, year: opts.year ?? null });
  if ('fatal' in lay) return bail('layout');
  const valueCols = lay.values.map((v) => v.col);
  const header = (c: number) => headers[c] || `#${c + 1}`;

  // Indicators in collect.ts's order (its fallback first), each value column's own, if any.
  const inds = new Indicators();
  inds.idx('poverty_rate');
  const defaultInd = lay.defaultIndicator === null ? -1 : inds.idx(lay.defaultIndicator);
  const colInd = lay.values.map((c) => (c.indicator === null ? -1 : inds.idx(c.indicator)));
  const colYear = lay.values.map((c) => c.year);
  const resolver = later ? new Unresolved(known, opts) : new UnitResolver(known, opts);
  const memo = new UnitMemo(resolver);
  const nv = valueCols.length;
  const body = new BodyRows({ headerRows: later ? 0 : first, lay, colInd, colYear, defaultInd }, limits, memo, inds, new NumberCells(nv, rowCap * nv, mem), mem, rowCap);
  return { h, span: block.span, numbersNote, headers, sample, decided, guessed, chosen, mapping, titleRows, lay, valueCols, header, inds, resolver, memo, body };
}

/**
 * A later part's resolver (streamSplit.ts): the first reader resolves the part's units (streamMerge.ts),
 * so here a unit is only told apart from the others, by its code and name, and its year where the
 * answer depends on it (yearFree, asked of the known units as the first reader asks).
 */
class Unresolved extends UnitResolver {
  private static readonly NONE: UnitMatch = Object.freeze({ raw: '', key: '', code: null, status: 'new', suggestions: [], rows: 0 });
  override resolve(): UnitMatch { return Unresolved.NONE; }
}
