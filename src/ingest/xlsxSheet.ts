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
export function readSheet(xml: Uint8Array, shared: readonly string[], plain: Uint8Array | null): Grid {
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
  // The value: the bytes of <v>'s text (read in place for numbers and shared string indexes),
  // and for a formula string its text (unescaped when </v> closes; undefined: no <v>).
  let vA = 0, vB = 0, vOpened = false;
  let vStr: string | undefined;
  let inline: string | undefined;
  let fused = false;

  for (let k = r.next(); k !== END; k = r.next()) {
    if (k === BAIL) bail();
    if (k === TEXT) {
      if (!inCell) continue;
      if (inV) { vA = r.ts; vB = r.te; }
      else if (inIs && !inPh && inT) inline = inRun ? inline! + r.text() : r.text();
      continue;
    }
    const len = r.le - r.ls;
    const c0 = s[r.ls]!;
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
        vA = vB = 0;
        vOpened = false;
        vStr = inline = undefined;
        // The usual cell, <c …><v>text</v></c>, in one step: its value, then on to its end below.
        if (r.oneChild(118)) {
          vA = r.ts;
          vB = r.te;
          if (cType === STR) vStr = unescapeX(r.decode(vA, vB));
          fused = true;
        }
      } else if (inCell) {
        if (len === 1 && c0 === 118) { if (vOpened) bail(); inV = vOpened = true; }
        else if (r.is('is')) { inIs = true; inline = ''; }
        else if (len === 1 && c0 === 116) inT = true;
        else if (len === 1 && c0 === 114) inRun = true;
        else if (r.is('rPh')) inPh = true;
      }
      if (!fused) continue;
      fused = false;
    }
    // CLOSE (or a cell read in one step)
    if (!inData) continue;
    if (len === 1 && c0 === 99) {
      if (!inCell) bail();
      const value = cType === N ? (vB > vA ? numberCell(r, vA, vB, cStyle, plain) : null)
        : cType === S ? (vB > vA ? sharedCell(r, vA, vB, shared, sharedCells) : null)
          : cType === STR ? text(vStr) : cType === INLINE ? text(inline) : cType === B ? (vB > vA ? bool(r.decode(vA, vB)) : null) : null;
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
      if (len === 1 && c0 === 118) { inV = false; if (cType === STR) vStr = unescapeX(r.decode(vA, vB)); }
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

const bool = (v: string): Cell => (v === '1' ? 'true' : v === '0' ? 'false' : bail());
const POW10 = [1, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15];

/**
 * A plain decimal ("-12.50") read from the bytes: at most 15 digits, so the integer is exact and
 * one division by an exact power of ten rounds as Number() does. NaN for anything else.
 */
function decimal(s: Uint8Array, a: number, b: number): number {
  let i = a;
  const neg = s[i] === 45;
  if (neg) i++;
  let m = 0, digits = 0, frac = 0, dot = false;
  for (; i < b; i++) {
    const c = s[i]!;
    if (c >= 48 && c <= 57) { m = m * 10 + c - 48; digits++; if (dot) frac++; } else if (c === 46 && !dot) dot = true;
    else return NaN;
  }
  if (digits === 0 || digits > 15) return NaN;
  const x = frac ? m / POW10[frac]! : m;
  return neg ? -x : x;
}

/** A number cell (non-empty <v>): in a plain style, else the library decides (dates, unknown formats). */
function numberCell(r: XmlReader, a: number, b: number, style: number, plain: Uint8Array | null): Cell {
  if (style >= 0 && (!plain || plain[style] !== 1)) bail();
  let n = decimal(r.s, a, b);
  if (n !== n) n = Number(r.decode(a, b));
  if (n !== n) bail();
  return Number.isFinite(n) ? n : null;
}

/** A shared string cell: the string trimmed (empty → null) and NFC, made once per index. */
function sharedCell(r: XmlReader, a: number, b: number, shared: readonly string[], cells: (Cell | undefined)[]): Cell {
  let i = b - a <= 9 ? decimal(r.s, a, b) : NaN;
  if (i !== i || r.s[a] === 45 || !Number.isInteger(i)) i = Number(r.decode(a, b));
  const got = cells[i];
  if (got !== undefined) return got;
  const str = shared[i];
  if (str === undefined) return bail();
  return (cells[i] = text(str));
}

function typeOf(s: Uint8Array, a: number, b: number): number {
  const len = b - a;
  if (len === 0) return N;
  if (len === 1) {
    const c = s[a];
    if (c === 115) return S;
    if (c === 110) return N;
    if (c === 98) return B;
    if (c === 101) return E;
  } else if (len === 3 && spells(s, a, 'str')) return STR;
  else if (len === 9 && spells(s, a, 'inlineStr')) return INLINE;
  return bail(); // 'd' (ISO dates), or a type the library refuses
}

function spells(s: Uint8Array, at: number, name: string): boolean {
  for (let k = 0; k < name.length; k++) if (s[at + k] !== name.charCodeAt(k)) return false;
  return true;
}

/** Digits only, no leading zero (0 when `zero` allows it and the value is "0"); anything else bails. */
function positive(s: Uint8Array, a: number, b: number, zero = false): number {
  if (a === b || b - a > 9) return bail();
  let n = 0;
  for (let i = a; i < b; i++) {
    const c = s[i]! - 48;
    if (c < 0 || c > 9 || (i === a && c === 0 && (b - a > 1 || !zero))) return bail();
    n = n * 10 + c;
  }
  return n;
}

let addrRow = 0, addrCol = 0;
/** "AB12" → addrRow 12, addrCol 28; anything else (lower case, no row, an entity) bails. */
function address(s: Uint8Array, a: number, b: number): void {
  let col = 0;
  let i = a;
  for (; i < b; i++) {
    const c = s[i]!;
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
