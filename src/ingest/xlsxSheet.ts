/**
 * One worksheet's XML → grid, by the rules read-excel-file (v9, parseSheet/parseCell) applies,
 * then xlsx.ts's toCell: rows placed by their `r` (gaps filled with empty rows), cells by their
 * address (gaps filled with null), strings trimmed (empty → null) and NFC-normalised, booleans as
 * 'true'/'false', error cells and formulas without a value empty, empty rows at the bottom and
 * empty columns at the right dropped, every row padded to the widest. Whatever the library would
 * refuse or read as a date throws, and the workbook goes to the library (xlsxRead.ts).
 * The flags follow the library's: an element counts by its local name at any depth.
 */
import type { Cell, Grid } from './grid.ts';
import { BAIL, END, OPEN, TEXT, XmlReader, unescapeX } from './xlsxXml.ts';

class SheetBail extends Error {}
const bail = (): never => { throw new SheetBail('xlsx sheet: left to read-excel-file'); };

// Cell types, from the `t` attribute.
const N = 0, S = 1, STR = 2, INLINE = 3, B = 4, E = 5;

/** `shared`: the shared strings; `plain`: per cell style, 1 when a number in it is a plain number (null: no styles part). */
export function readSheet(xml: string, shared: readonly string[], plain: Uint8Array | null): Grid {
  const r = new XmlReader(xml);
  const s = xml;
  const sharedCells: (Cell | undefined)[] = new Array<Cell | undefined>(shared.length);
  const rows: Cell[][] = [];
  let inData = false;
  let row: Cell[] | null = null;
  let rowNumber = 0;
  let curRow = 0, curCol = 0, rowCount = 0, colCount = 0, dataRows = 0, dataCols = 0;
  let inCell = false, inV = false, inIs = false, inT = false, inRun = false, inPh = false;
  let cRow = 0, cCol = 0, cType = N, cStyle = -1;
  let v: string | undefined;
  let inline: string | undefined;

  for (let k = r.next(); k !== END; k = r.next()) {
    if (k === BAIL) bail();
    if (k === TEXT) {
      if (!inCell) continue;
      if (inV) v = r.text();
      else if (inIs && !inPh && inT) inline = inRun ? inline! + r.text() : r.text();
      continue;
    }
    const len = r.le - r.ls;
    const c0 = s.charCodeAt(r.ls);
    if (k === OPEN) {
      if (len > 2 && r.is('dimension')) dimension(r.attrs() ? r.get('ref') : bail());
      else if (len > 2 && r.is('sheetData')) { if (inData) bail(); inData = true; }
      else if (!inData) continue;
      else if (len === 3 && r.is('row')) {
        if (!r.attrs()) bail();
        const at = r.find('r');
        if (at >= 0 && r.at[at + 2] !== r.at[at + 3]) rowNumber = positive(s, r.at[at + 2]!, r.at[at + 3]!);
        row = [];
      } else if (len === 1 && c0 === 99) {
        // <c r="B7" t="s" s="3">
        if (!r.attrs()) bail();
        const at = r.find('r');
        if (at < 0) bail();
        address(s, r.at[at + 2]!, r.at[at + 3]!);
        cRow = addrRow;
        cCol = addrCol;
        const t = r.find('t');
        cType = t < 0 ? N : typeOf(s, r.at[t + 2]!, r.at[t + 3]!);
        const st = r.find('s');
        cStyle = st < 0 || r.at[st + 2] === r.at[st + 3] ? -1 : positive(s, r.at[st + 2]!, r.at[st + 3]!, true);
        inCell = true;
        inV = inIs = inT = inRun = inPh = false;
        v = inline = undefined;
      } else if (inCell) {
        if (len === 1 && c0 === 118) inV = true;
        else if (r.is('is')) { inIs = true; inline = ''; }
        else if (len === 1 && c0 === 116) inT = true;
        else if (len === 1 && c0 === 114) inRun = true;
        else if (r.is('rPh')) inPh = true;
      }
      continue;
    }
    // CLOSE
    if (!inData) continue;
    if (len === 1 && c0 === 99) {
      if (!inCell) bail();
      const value = cellValue(cType, v, inline, cStyle, shared, sharedCells, plain);
      if (cRow < curRow || (cRow === curRow && cCol <= curCol)) bail();
      curRow = cRow;
      curCol = cCol;
      if (!rowNumber) rowNumber = cRow;
      if (value !== null) {
        if (!row) bail();
        while (cCol > row!.length + 1) row!.push(null);
        row!.push(value);
        if (cCol > dataCols) dataCols = cCol;
      }
      if (cCol > colCount) colCount = cCol;
      inCell = false;
    } else if (len === 3 && r.is('row')) {
      if (!row) bail();
      if (rowNumber) {
        if (rowNumber <= rows.length) bail();
        while (rowNumber > rows.length + 1) rows.push([]);
      }
      rows.push(row!);
      if (row!.length > 0) dataRows = rowNumber;
      if (rowNumber > rowCount) rowCount = rowNumber;
      row = null;
      rowNumber = 0;
    } else if (inCell) {
      if (len === 1 && c0 === 118) { inV = false; v ||= ''; if (cType === STR) v = unescapeX(v); }
      else if (r.is('is')) { inIs = false; inline = unescapeX(inline!); }
      else if (len === 1 && c0 === 116) inT = false;
      else if (len === 1 && c0 === 114) inRun = false;
      else if (r.is('rPh')) inPh = false;
    }
  }
  if (!inData) bail();
  const out = dataRows < rowCount ? rows.slice(0, dataRows) : rows;
  for (let i = 0; i < out.length; i++) {
    let line = out[i]!;
    if (line.length > dataCols) line = out[i] = line.slice(0, dataCols);
    while (line.length < dataCols) line.push(null);
  }
  return out;
}

function text(x: string | undefined): Cell {
  if (!x) return null;
  const t = x.trim();
  return t === '' ? null : t.normalize('NFC');
}

function cellValue(cType: number, v: string | undefined, inline: string | undefined, cStyle: number, shared: readonly string[], sharedCells: (Cell | undefined)[], plain: Uint8Array | null): Cell {
  switch (cType) {
    case S: {
      if (!v) return null;
      const i = Number(v);
      const got = sharedCells[i];
      if (got !== undefined) return got;
      const str = shared[i];
      if (str === undefined) return bail();
      return (sharedCells[i] = text(str));
    }
    case STR: return text(v);
    case INLINE: return text(inline);
    case B: return !v ? null : v === '1' ? 'true' : v === '0' ? 'false' : bail();
    case E: return null;
    default: {
      if (!v) return null;
      if (cStyle >= 0 && (!plain || plain[cStyle] !== 1)) bail();
      const n = Number(v);
      if (n !== n) bail();
      return Number.isFinite(n) ? n : null;
    }
  }
}

function typeOf(s: string, a: number, b: number): number {
  const len = b - a;
  if (len === 0) return N;
  if (len === 1) {
    const c = s.charCodeAt(a);
    if (c === 115) return S;
    if (c === 110) return N;
    if (c === 98) return B;
    if (c === 101) return E;
  } else if (len === 3 && s.startsWith('str', a)) return STR;
  else if (len === 9 && s.startsWith('inlineStr', a)) return INLINE;
  return bail(); // 'd' (ISO dates), or a type the library refuses
}

/** Digits only, no leading zero (0 when `zero` allows it and the value is "0"); anything else bails. */
function positive(s: string, a: number, b: number, zero = false): number {
  if (a === b || b - a > 9) return bail();
  let n = 0;
  for (let i = a; i < b; i++) {
    const c = s.charCodeAt(i) - 48;
    if (c < 0 || c > 9 || (i === a && c === 0 && (b - a > 1 || !zero))) return bail();
    n = n * 10 + c;
  }
  return n;
}

let addrRow = 0, addrCol = 0;
/** "AB12" → addrRow 12, addrCol 28; anything else (lower case, no row, an entity) bails. */
function address(s: string, a: number, b: number): void {
  let col = 0;
  let i = a;
  for (; i < b; i++) {
    const c = s.charCodeAt(i);
    if (c < 65 || c > 90) break;
    col = col * 26 + c - 64;
  }
  if (i === a || col > 16384) bail();
  addrRow = positive(s, i, b);
  addrCol = col;
}

/** The library parses `<dimension ref>` and fails on a ref without a row number. */
function dimension(ref: string | undefined): void {
  if (ref === undefined) bail();
  for (const part of ref!.split(':')) {
    const d = part.search(/[0-9]/);
    if (d < 0 || Number.isNaN(Number(part.slice(d)))) bail();
  }
}
