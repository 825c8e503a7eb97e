/**
 * The streaming reader's result once the body is read (stream.ts, streamJson.ts): values laid out
 * as collect.ts lays them out, the checks (checks.ts), rejected rows and targets left out, the
 * table sorted, and the report with pipeline.ts's fields.
 */
import { describeIndicator } from '../domain/catalogue.ts';
import type { Unit } from '../domain/units.ts';
import { headerKey } from './headers.ts';
import type { IngestOptions, IngestResult, Progress } from './types.ts';
import { sortedTable } from './streamSort.ts';
import { runChecks } from './checks.ts';
import { INVALID, MISSING, NUMBER, type Values } from './collect.ts';
import { byRow, errorRows, type Issue } from './issues.ts';
import { bail } from './streamDecode.ts';
import { flushValueless, type TextRow, type UnitMemo } from './streamRows.ts';
import type { Scratch } from './scratch.ts';
import { tableValues } from './streamAccepted.ts';
import type { Plan } from './streamPlan.ts';
import { PART } from './lists.ts';

/** What the source says of itself in the result, and how it finds the cells of rejected rows. */
export interface Source {
  format: IngestResult['format'];
  encoding: IngestResult['encoding'];
  delimiter: IngestResult['delimiter'];
  rejected: (rows: Set<number>, issues: readonly Issue[]) => IngestResult['rejected'];
}

export function resultOf(p: Plan, src: Source, file: string, opts: IngestOptions, known: readonly Unit[], mem: Scratch, progress?: Progress): IngestResult {
  const { body, memo, resolver, inds, lay, header, valueCols, h, headers } = p;
  const { codeCol, nameCol, yearCol, indicatorCol } = lay;
  const nv = valueCols.length;
  const { nRows, totals, unitless, yearTexts, notes, pending, missingRaw, unknownInd, rLabel, slots, numbers, rFile, rUnit, rSeen, vInd, vYear } = body;
  if (!nRows) bail('no rows');
  flushValueless(pending, notes);
  progress?.(0.9, 'check');

  // Values as collect.ts lays them out (data row × value column), for checks.ts.
  const n = numbers.n;
  const rowOf = rowsOfValues(mem.i32(n), nv);
  const total = mem.u8(nRows);
  for (const k of totals.keys()) total[k] = 1;
  const textOf = (i: number): TextRow => totals.get(rowOf[i]!) ?? unitless.get(rowOf[i]!) ?? memoRow(rSeen[rowOf[i]!]!);
  const memoRow = (s: number): TextRow => { const x = memo.all[s]!; return { row: 0, cells: [], code: x.code, name: x.name }; };
  const value = numbers.values();
  const { vcol, kind, percent, indOk } = numbers.layout(NUMBER, MISSING, INVALID);
  for (const i of missingRaw.keys()) kind[i] = MISSING;
  for (const i of unknownInd) indOk[i] = 0;
  const v: Values = {
    n, rowOf, vcol, ind: vInd.subarray(0, n), indOk, year: vYear.subarray(0, n),
    kind, value, percent,
    fileRow: rFile.subarray(0, nRows), unit: rUnit.subarray(0, nRows), total, rowError: rowErrors(mem.u8(nRows), unitless, rSeen, memo),
    units: memo.units, indicators: inds,
    // Text for messages: total rows and blank cells were kept, a number cell is made again from its number.
    raw: (i) => { const t = totals.get(rowOf[i]!); return t ? t.cells[valueCols[vcol[i]!]!] ?? '' : missingRaw.get(i) ?? numbers.textOf(i) ?? bail('checks'); },
    column: (i) => header(valueCols[vcol[i]!]!),
    unitLabel: (i) => { const t = textOf(i); return t.name || t.code; },
    unitColumn: (i) => { const c = codeCol >= 0 && !textOf(i).name ? codeCol : nameCol; return c >= 0 ? header(c) : ''; },
    indicatorRaw: (i) => { const t = totals.get(rowOf[i]!); return indicatorCol < 0 ? '' : t ? (t.cells[indicatorCol] ?? '').trim() : slots.labels[rLabel[rowOf[i]!]!] ?? ''; },
    yearText: (i) => yearTexts.get(i) ?? bail('checks'),
    yearColumn: yearCol >= 0 ? header(yearCol) : '',
    indicatorColumn: indicatorCol >= 0 ? header(indicatorCol) : '',
  };
  const checked = runChecks(file, v, new Set(opts.scalePercent ?? []), known, resolver.newUnits(), mem);
  // A row with an error is rejected (pipeline.ts): its values stay out of the table, its cells are listed.
  const rejected = errorRows(checked.issues);
  memo.finish();
  const issues: Issue[] = [...resolver.warnings(file, (m) => header(nameCol >= 0 && (codeCol < 0 || m.raw !== m.code) ? nameCol : codeCol)), ...checked.issues];
  issues.sort(byRow);
  const isTarget = inds.ids.map((id) => describeIndicator(id).isTarget === true);
  const { accepted, targets } = rejected.size || isTarget.includes(true)
    ? tableValues(checked.accepted, rejected, isTarget, checked.ind, checked.value, v, file) : { accepted: checked.accepted, targets: [] };
  if (!accepted.n) bail('nothing accepted');
  const table = sortedTable({ n: accepted.n, at: accepted.i, unit: accepted.unit, ind: checked.ind, year: v.year, value: checked.value, rowOf, fileRow: v.fileRow }, v.units, inds.ids, file);
  // Units accepted as new hang under the parent the total row names (as pipeline.ts does).
  const parent = checked.totals.find((t) => t.parent)?.parent ?? null;
  const units = resolver.newUnits();
  progress?.(1, 'check');
  return {
    file, ok: !issues.some((x) => x.severity === 'error'), fatal: null, format: src.format, encoding: src.encoding, delimiter: src.delimiter, sheets: [],
    headerRow: h + 1, headerRows: p.span, headers, headerKey: headerKey(headers), guessedMapping: p.guessed, mapping: [...p.mapping],
    mappingWhy: p.decided.map((d, c) => (p.chosen && p.chosen[c] !== d.role ? { kind: 'chosen' as const } : d.why)), preview: p.sample.slice(0, 5), layout: lay.kind,
    titleRows: p.titleRows, notes: p.numbersNote ? [p.numbersNote, ...notes] : notes, totals: checked.totals, units: parent ? units.map((u) => ({ ...u, parent })) : units,
    unitMatches: resolver.matches(),
    table, targets, issues, dataRows: nRows,
    rejected: rejected.size ? src.rejected(rejected, checked.issues) : [],
  };
}

/** Each data row's error (collect.ts ROW_ERRORS): a row naming no unit, or its unit's. */
function rowErrors(err: Uint8Array, unitless: Map<number, TextRow>, rSeen: Int32Array, memo: UnitMemo): Uint8Array {
  for (const k of unitless.keys()) err[k] = 1;
  if (memo.anyError) for (let k = 0; k < err.length; k++) { const s = rSeen[k]!; if (s >= 0) err[k] = memo.all[s]!.err; }
  return err;
}

/** Each value's data row (values are written row by row, `nv` to a row). In parts: see lists.ts PART. */
function rowsOfValues(rowOf: Int32Array, nv: number): Int32Array {
  for (let i = 0; i < rowOf.length; i += PART) rowsOf(rowOf, i, Math.min(rowOf.length, i + PART), nv);
  return rowOf;
}

function rowsOf(rowOf: Int32Array, from: number, to: number, nv: number): void {
  for (let i = from; i < to; i++) rowOf[i] = (i / nv) | 0;
}
