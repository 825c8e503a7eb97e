/**
 * The indicator cells of the streaming reader's data rows (streamBody.ts): each distinct cell kept
 * once, with the indicator it names. A row keeps its cell as an index (a slot) into `labels`, so a
 * message quotes the row's own cell (collect.ts `indicatorRaw`), and two cells may name one
 * indicator ("Số hộ có nước sạch", "số hộ có nước sạch").
 */
import { customIndicatorId, indicatorOf } from './headers.ts';
import type { Indicators } from './collect.ts';
import type { RowView } from './streamScan.ts';

export class LabelSlots {
  /** Each distinct indicator cell, trimmed (NFC). */
  readonly labels: string[] = [];
  /** Each slot's indicator (index into the reader's Indicators), -1 when the cell names none. */
  readonly ind: number[] = [];
  /** Each slot by its cell as written (a row's raw cell, or a kept row's text). */
  private readonly slotOf = new Map<string, number>();
  // The first cells as written, compared in place (a long file repeats a few labels).
  private readonly seen: string[] = [];
  private readonly seenSlot: number[] = [];

  constructor(private readonly inds: Indicators) {}

  /** Row r's cell in column `col`. */
  ofRow(r: RowView, col: number): number {
    for (let k = 0; k < this.seen.length; k++) if (r.is(col, this.seen[k]!)) return this.seenSlot[k]!;
    // Looked up as written (what `is` compares), read as text (NFC).
    const raw = r.raw(col);
    let slot = this.slotOf.get(raw);
    if (slot === undefined) {
      this.slotOf.set(raw, (slot = this.add(r.field(col))));
      if (this.seen.length < 32) { this.seen.push(raw); this.seenSlot.push(slot); }
    }
    return slot;
  }

  /** A cell written `key` whose text is `text` (a row kept as text has key = text). */
  of(key: string, text: string = key): number {
    let slot = this.slotOf.get(key);
    if (slot === undefined) this.slotOf.set(key, (slot = this.add(text)));
    return slot;
  }

  /** Each distinct cell as written, in the order of `labels`. */
  keys(): string[] { return [...this.slotOf.keys()]; }

  private add(text: string): number {
    const label = text.trim();
    this.labels.push(label);
    const id = indicatorOf(label) ?? customIndicatorId(label);
    this.ind.push(id === null ? -1 : this.inds.idx(id));
    return this.labels.length - 1;
  }
}
