/**
 * The first reader takes a later part's rows in (streamSplit.ts), leaving its body as if it had
 * read them itself: rows without values it held are settled (a data row follows), the part's units
 * are found or resolved in the order the part met them (this reader's resolver decides, as it
 * would have), its indicator cells and indicators get this reader's indices, and every row number
 * and index moves past this reader's own.
 */
import type { Plan } from './streamPlan.ts';
import type { Seen, TextRow } from './streamRows.ts';
import type { LaterPart } from './streamSplit.ts';

/** How many parts the last file was read in (2: its later part by the helper; tests and the bench read it). */
export const lastSplit = { parts: 1 };

export function mergeLater(plan: Plan, p: LaterPart): void {
  lastSplit.parts = 2;
  const { body, memo, inds } = plan;
  const rows0 = body.fileRows;
  body.skipRows(p.fileRows);
  // Rows without values before the part's first data row are data rows or notes (streamBody.ts).
  if (p.nRows) body.flushPending();
  const seen: Seen[] = [];
  for (let j = 0; j < p.units.length; j++) {
    const a = p.units[j]!;
    const s = memo.find(a.code, a.name, a.yearText) ?? memo.add(a.row + rows0, a.code, a.name, a.yearText, a.year, a.parent);
    s.hits += p.hits[j]!;
    seen.push(s);
  }
  const slot = p.slotKeys.map((k, j) => body.slots.of(k, p.labels[j]!));
  const ind = p.inds.map((id) => inds.idx(id));
  const k0 = body.nRows, i0 = body.numbers.n;
  body.reserve(p.nRows, p.cells.n);
  copyRows(body, p, seen, slot, rows0, k0);
  copyValues(body.vInd, body.vYear, p, ind, i0);
  body.nRows += p.nRows;
  body.numbers.append(p.cells);
  const row = (t: TextRow): TextRow => ({ ...t, row: t.row + rows0 });
  for (const [k, t] of p.totals) body.totals.set(k + k0, row(t));
  for (const [k, t] of p.unitless) body.unitless.set(k + k0, row(t));
  for (const [i, t] of p.yearTexts) body.yearTexts.set(i + i0, t);
  for (const [i, t] of p.missingRaw) body.missingRaw.set(i + i0, t);
  for (const i of p.unknownInd) body.unknownInd.add(i + i0);
  for (const n of p.notes) body.notes.push({ row: n.row + rows0, text: n.text });
  for (const t of p.pending) body.pending.push(row(t));
}

function copyRows(body: Plan['body'], p: LaterPart, seen: Seen[], slot: number[], rows0: number, k0: number): void {
  for (let r = 0; r < p.nRows; r++) {
    const s = p.rSeen[r]!, l = p.rLabel[r]!;
    const x = s >= 0 ? seen[s]! : null;
    body.rFile[k0 + r] = p.rFile[r]! + rows0;
    body.rUnit[k0 + r] = x ? x.u : 0;
    body.rSeen[k0 + r] = x ? x.idx : -1;
    body.rLabel[k0 + r] = l >= 0 ? slot[l]! : -1;
  }
}

function copyValues(vInd: Int32Array, vYear: Float64Array, p: LaterPart, ind: number[], i0: number): void {
  for (let i = 0; i < p.cells.n; i++) {
    vInd[i0 + i] = ind[p.vInd[i]!]!;
    vYear[i0 + i] = p.vYear[i]!;
  }
}
