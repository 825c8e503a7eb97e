/**
 * The page's dataset on its way to the import worker, in parts. Cloned in one message, a national
 * dataset (a million observations, 10,000 units) was a ~230 ms task on the page; in parts of
 * copied row ranges (moved, not cloned) and packed units, each task stays short. A small dataset
 * still goes whole, in the request itself.
 */
import type { PlainDataset } from '../domain/dataset.ts';
import type { TableColumns } from '../domain/observations.ts';
import type { Unit } from '../domain/units.ts';
import { PART_SIZE, UNIT_NESTED, pack, unpack, type Packed } from './packList.ts';

/** Rows per part: ~3 MB of columns, copied in a few milliseconds. */
export const BASE_PART_ROWS = 131_072;

type Head = Omit<PlainDataset, 'units' | 'columns'>;
type Dicts = Pick<TableColumns, 'units' | 'indicators' | 'provenances'>;
type Rows = Omit<TableColumns, keyof Dicts>;

export type BasePart =
  | { kind: 'head'; head: Head; dicts: Dicts; size: number }
  | { kind: 'rows'; from: number; rows: Rows }
  | { kind: 'units'; items: Packed };

/** Whether the dataset goes in parts rather than in the request. */
export function sendsInParts(p: PlainDataset): boolean {
  return p.columns.unit.length > BASE_PART_ROWS || p.units.length > PART_SIZE;
}

/** The parts, each with the buffers to move with it. */
export function* baseParts(p: PlainDataset, rowsPerPart = BASE_PART_ROWS): Generator<[BasePart, ArrayBuffer[]]> {
  const { units, columns: c, ...head } = p;
  const size = c.unit.length;
  yield [{ kind: 'head', head, dicts: { units: c.units, indicators: c.indicators, provenances: c.provenances }, size }, []];
  for (let from = 0; from < size; from += rowsPerPart) {
    const to = Math.min(size, from + rowsPerPart);
    const rows: Rows = {
      unit: c.unit.slice(from, to), indicator: c.indicator.slice(from, to), year: c.year.slice(from, to),
      value: c.value.slice(from, to), prov: c.prov.slice(from, to), row: c.row.slice(from, to),
    };
    yield [{ kind: 'rows', from, rows }, [rows.unit, rows.indicator, rows.year, rows.value, rows.prov, rows.row].map((a) => a.buffer as ArrayBuffer)];
  }
  for (let i = 0; i < units.length; i += PART_SIZE) yield [{ kind: 'units', items: pack(units.slice(i, i + PART_SIZE), UNIT_NESTED) }, []];
}

/** Worker side: the dataset put back together from its parts, in the order they were sent. */
export class BaseAssembler {
  private head: Head | null = null;
  private columns: TableColumns | null = null;
  private units: Unit[] = [];

  accept(part: BasePart): void {
    if (part.kind === 'head') {
      const n = part.size;
      this.head = part.head;
      this.units = [];
      this.columns = { ...part.dicts, unit: new Uint32Array(n), indicator: new Uint16Array(n), year: new Uint16Array(n), value: new Float64Array(n), prov: new Uint32Array(n), row: new Uint32Array(n) };
    } else if (part.kind === 'rows') {
      const c = this.columns!;
      const r = part.rows;
      c.unit.set(r.unit, part.from); c.indicator.set(r.indicator, part.from); c.year.set(r.year, part.from);
      c.value.set(r.value, part.from); c.prov.set(r.prov, part.from); c.row.set(r.row, part.from);
    } else for (const u of unpack<Unit>(part.items)) this.units.push(u);
  }

  /** The dataset sent last; throws when no head was sent. */
  take(): PlainDataset {
    if (!this.head || !this.columns) throw new Error('No dataset was sent');
    const p: PlainDataset = { ...this.head, units: this.units, columns: this.columns };
    this.head = null;
    this.columns = null;
    this.units = [];
    return p;
  }
}
