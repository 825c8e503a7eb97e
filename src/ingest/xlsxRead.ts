/**
 * The workbook reader the import uses first: the parts are inflated by the platform
 * (DecompressionStream) and read by a pull scanner (xlsxXml.ts) straight into the grid, the way
 * read-excel-file reads them (same rows, same trimming and padding, same cell values after
 * xlsx.ts's toCell). It covers what data workbooks hold: shared and inline strings, rich text,
 * numbers, booleans, error and formula cells, number formats that are not dates. On anything
 * else (a date cell, an unknown cell type, a malformed part, a cell the library would refuse) it
 * returns null and xlsx.ts asks read-excel-file, which stays the reference (xlsxRead.test.ts
 * compares the two on fixtures and generated workbooks).
 * Why not only the library: in the import worker, which starts cold for each import, its SAX
 * parser took ~1.0–1.3 s of the 10,600 × 22 wide-by-year workbook (its bare parse on a warm page:
 * ~0.6 s); this reader takes a fraction of that (measured figures in the commit message).
 */
import type { Grid } from './grid.ts';
import type { ZipEntry } from './limits.ts';
import { BAIL, CLOSE, END, OPEN, TEXT, XmlReader, decodeRefs, unescapeX } from './xlsxXml.ts';
import { readSheet } from './xlsxSheet.ts';

export interface Book { sheets: string[]; grids: Grid[] }

class Bail extends Error {}
const bail = (): never => { throw new Bail('xlsx: left to read-excel-file'); };
const utf8 = new TextDecoder('utf-8', { ignoreBOM: true });

async function inflate(bytes: Uint8Array, e: ZipEntry): Promise<Uint8Array> {
  const at = e.offset;
  if (at + 30 > bytes.length || bytes[at] !== 0x50 || bytes[at + 1] !== 0x4b || bytes[at + 2] !== 3 || bytes[at + 3] !== 4) return bail();
  const start = at + 30 + (bytes[at + 26]! | (bytes[at + 27]! << 8)) + (bytes[at + 28]! | (bytes[at + 29]! << 8));
  if (start + e.packed > bytes.length) return bail();
  const data = bytes.subarray(start, start + e.packed);
  if (e.method === 0) return data;
  if (e.method !== 8 || typeof DecompressionStream !== 'function') return bail();
  try {
    return new Uint8Array(await new Response(new Blob([data as Uint8Array<ArrayBuffer>]).stream().pipeThrough(new DecompressionStream('deflate-raw'))).arrayBuffer());
  } catch {
    return bail();
  }
}

/** Every sheet's grid, in workbook order; null when the workbook is left to read-excel-file. */
export async function readBook(bytes: Uint8Array, entries: Map<string, ZipEntry>, inflated: Map<string, Uint8Array> = new Map()): Promise<Book | null> {
  // The library reads only the .xml and .xml.rels parts; `inflated` holds those the scan kept.
  const part = async (name: string): Promise<Uint8Array | undefined> => {
    const e = entries.get(name);
    if (!e || !(name.endsWith('.xml') || name.endsWith('.xml.rels'))) return undefined;
    return inflated.get(name) ?? await inflate(bytes, e);
  };
  try {
    const relsXml = await part('xl/_rels/workbook.xml.rels');
    const bookXml = await part('xl/workbook.xml');
    if (relsXml === undefined || bookXml === undefined) return null;
    const paths = readRels(relsXml);
    const sheets = readSheetList(bookXml);
    const sst = await part(paths.sharedStrings ?? 'xl/sharedStrings.xml');
    const shared = sst === undefined ? [] : readShared(sst);
    const st = await part(paths.styles ?? 'xl/styles.xml');
    const plain = st === undefined ? null : readStyles(st);
    const seen = new Set<string>();
    const grids: Grid[] = [];
    for (const s of sheets) {
      const path = paths.sheets.get(s.rel);
      if (path === undefined || seen.has(path) || seen.has(`#${s.rel}`)) return null;
      seen.add(path).add(`#${s.rel}`);
      const xml = await part(path);
      if (xml === undefined) return null;
      grids.push(readSheet(xml, shared, plain));
    }
    return { sheets: sheets.map((s) => s.name), grids };
  } catch {
    // A Bail, or anything this reader did not foresee: the library reads it and reports.
    return null;
  }
}

/** Walks a part's elements: `open` sees each start tag (attributes via the reader). */
function walk(xml: Uint8Array, open: (r: XmlReader) => void): void {
  const r = new XmlReader(xml);
  for (let k = r.next(); k !== END; k = r.next()) {
    if (k === BAIL) bail();
    if (k === OPEN) open(r);
  }
}

const attrs = (r: XmlReader) => { if (!r.attrs()) bail(); return r; };
const REL = ['http://schemas.openxmlformats.org/officeDocument/2006/relationships/', 'http://purl.oclc.org/ooxml/officeDocument/relationships/'];

function readRels(xml: Uint8Array) {
  const out = { sheets: new Map<string, string>(), sharedStrings: undefined as string | undefined, styles: undefined as string | undefined };
  walk(xml, (r) => {
    if (!r.is('Relationship')) return;
    attrs(r);
    const type = r.get('Type');
    const base = REL.find((b) => type?.startsWith(b));
    const kind = base ? type!.slice(base.length) : '';
    if (kind !== 'styles' && kind !== 'sharedStrings' && kind !== 'worksheet') return;
    const target = r.get('Target');
    if (target === undefined) bail();
    const path = target![0] === '/' ? target!.slice(1) : `xl/${target!}`;
    if (kind === 'worksheet') {
      const id = r.get('Id');
      if (id === undefined) bail();
      out.sheets.set(id!, path);
    } else out[kind] = path;
  });
  return out;
}

function readSheetList(xml: Uint8Array) {
  const out: { name: string; rel: string }[] = [];
  walk(xml, (r) => {
    if (!r.is('sheet')) return;
    attrs(r);
    const name = r.get('name');
    if (!name) return;
    const rel = r.get('id');
    if (rel === undefined || out.some((s) => s.rel === rel)) bail();
    out.push({ name: unescapeX(name), rel: rel! });
  });
  return out;
}

/**
 * The shared strings. Their texts are gathered first and decoded in one call (a decoder call per
 * string cost more than the rest of the part in the import worker); NUL, which XML text cannot
 * hold, separates them, and a part with a NUL byte is left to the library.
 */
function readShared(xml: Uint8Array): string[] {
  if (xml.includes(0)) bail();
  const r = new XmlReader(xml);
  // Per step, three numbers: bytes [a, b) and what to do with their text: 0 replace, 1 append,
  // 2 end of <si>, 3 start of <si>. (Typed arrays: pushing into arrays was most of this part's time.)
  let steps = new Int32Array(3 * 4096);
  let n = 0;
  const step = (a: number, b: number, op: number) => {
    if (n === steps.length) { const grown = new Int32Array(n * 2); grown.set(steps); steps = grown; }
    steps[n] = a; steps[n + 1] = b; steps[n + 2] = op;
    n += 3;
  };
  let si = false, t = false, run = false, ph = false;
  let bytes = 0;
  for (let k = r.next(); k !== END; k = r.next()) {
    if (k === BAIL) bail();
    if (k === OPEN) {
      if (r.is('si')) {
        step(0, 0, 3);
        // The usual item, <si><t>text</t></si>, in one step.
        if (r.oneChild(116)) { step(r.ts, r.te, 0); step(0, 0, 2); bytes += r.te - r.ts; si = false; continue; }
        si = true; t = run = ph = false;
      } else if (si) { if (r.is('t')) t = true; else if (r.is('r')) run = true; else if (r.is('rPh')) ph = true; }
    } else if (k === CLOSE) {
      if (r.is('si')) { if (!si) bail(); step(0, 0, 2); si = false; } else if (si) { if (r.is('t')) t = false; else if (r.is('r')) run = false; else if (r.is('rPh')) ph = false; }
    } else if (k === TEXT && si && !ph && t) {
      step(r.ts, r.te, run ? 1 : 0);
      bytes += r.te - r.ts;
    }
  }
  const joined = new Uint8Array(bytes + n / 3);
  let at = 0;
  for (let i = 0; i < n; i += 3) {
    for (let j = steps[i]!, end = steps[i + 1]!; j < end; j++) joined[at++] = xml[j]!;
    at++;
  }
  const texts = utf8.decode(joined).split('\0');
  const out: string[] = [];
  let text = '';
  for (let i = 0; i < n; i += 3) {
    const o = steps[i + 2]!;
    if (o === 3) text = '';
    else if (o === 2) out.push(unescapeX(text));
    else {
      const piece = texts[i / 3]!;
      const decoded = piece.includes('&') ? decodeRefs(piece) : piece;
      text = o === 1 ? text + decoded : decoded;
    }
  }
  return out;
}

/**
 * For each cell style (cellXfs), whether a number in it is read as a plain number (1) or not (0:
 * a date, or a format this reader does not judge): as read-excel-file resolves a style's number
 * format (its own numFmtId, else the base style's, custom templates from numFmts).
 */
function readStyles(xml: Uint8Array): Uint8Array {
  const formats = new Map<number, string | undefined>();
  const base: (number | undefined)[] = [];
  const cells: { fmt: number | undefined; xf: number }[] = [];
  let inBase = false, inCells = false;
  const r = new XmlReader(xml);
  for (let k = r.next(); k !== END; k = r.next()) {
    if (k === BAIL) bail();
    if (k === CLOSE) { if (r.is('cellStyleXfs')) inBase = false; else if (r.is('cellXfs')) inCells = false; continue; }
    if (k !== OPEN) continue;
    if (r.is('numFmt')) {
      const id = Number(attrs(r).get('numFmtId'));
      formats.set(id, id >= 100 ? r.get('formatCode') : undefined);
    } else if (r.is('cellStyleXfs')) inBase = true;
    else if (r.is('cellXfs')) inCells = true;
    else if (r.is('xf') && (inBase || inCells)) {
      const own = attrs(r).get('numFmtId');
      const fmt = own ? Number(own) : undefined;
      if (inBase) base.push(fmt);
      else { const xf = r.get('xfId'); cells.push({ fmt, xf: xf ? Number(xf) : 0 }); }
    }
  }
  return Uint8Array.from(cells, (c) => {
    // A base style lends its format id only (the library keeps no template for it).
    const own = c.fmt !== undefined;
    const id = own ? c.fmt! : c.xf ? base[c.xf] : undefined;
    if (id === undefined) return 1;
    const template = own ? formats.get(id) : undefined;
    if (BUILTIN_DATES.has(id)) return 0;
    if (!template) return 1;
    const date = isDateTemplate(template);
    return date === false ? 1 : 0;
  });
}

const BUILTIN_DATES = new Set([14, 15, 16, 17, 18, 19, 20, 21, 22, 45, 46, 47, 27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 50, 51, 52, 53, 54, 55, 56, 57, 58, 71, 72, 73, 74, 75, 76, 77, 78, 79, 80, 81]);

const DATE_TOKENS = new Set(['s', 'ss', 'm', 'mm', 'h', 'hh', 'am', 'pm', 'a', 'p', 'd', 'dd', 'ddd', 'dddd', 'aaa', 'aaaa', 'aaaaa', 'mmm', 'mmmm', 'mmmmm', 'y', 'yy', 'yyyy', 'e', 'ee', 'eeee']);

/** Whether read-excel-file takes a number format template for a date (its rules, rewritten). */
function isDateTemplate(template: string): boolean {
  const t = template.toLowerCase().replace(/;@$/, '').replace(/\\./g, ' ');
  return t.split(';').some((section) => {
    const s = section.replace(/"[^"]*"/g, ' ').replace(/(\[?[smhd]{1,2}\]?)[.,]00?0?/g, '$1').replace(/\[([smhd]{1,2})\]/g, '$1').replace(/\[[^\]]*\]/g, '');
    const tokens = s.split(/[^a-z0#?%]+/).filter(Boolean);
    return tokens.length > 0 && tokens.every((k) => DATE_TOKENS.has(k));
  });
}
