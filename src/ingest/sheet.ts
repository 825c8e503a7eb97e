/** Any input file → a grid of cells, with what was detected (format, encoding, delimiter, sheets). */
import { decode, type Encoding } from './decode.ts';
import { detectDelimiter, parseRows, type Delimiter } from './papa.ts';
import { jsonToSheet } from './json.ts';
import { isZip, readXlsx } from './xlsx.ts';
import type { Grid } from './grid.ts';
import { checkLines, limitsOf, type Limits } from './limits.ts';

export type Format = 'csv' | 'tsv' | 'json' | 'xlsx';

export interface SheetOptions {
  format?: Format;
  encoding?: Encoding;
  delimiter?: Delimiter;
  sheet?: string | number;
  limits?: Partial<Limits>;
}

export interface ReadSheet {
  format: Format;
  encoding: Encoding | null;
  delimiter: Delimiter | null;
  sheets: string[];
  sheet: string | null;
  grid: Grid;
  meta: Map<string, string>;
  lossy: boolean;
}

function formatOf(bytes: Uint8Array, file: string, text: string | null): Format {
  if (isZip(bytes)) return 'xlsx';
  const ext = /\.([a-z0-9]+)$/i.exec(file)?.[1]?.toLowerCase();
  if (ext === 'json') return 'json';
  if (text !== null && /^\s*[[{]/.test(text.slice(0, 200)) && /[\]}]\s*$/.test(text.slice(-200))) return 'json';
  return ext === 'tsv' ? 'tsv' : 'csv';
}

// A workbook is read once per byte array: the import asks whether it is a crosswalk, then a
// household list, then reads it as data, and each reading parsed the whole workbook again.
const books = new WeakMap<Uint8Array, Map<string, Promise<ReadSheet>>>();

function readBook(bytes: Uint8Array, o: SheetOptions): Promise<ReadSheet> {
  const key = JSON.stringify([o.sheet ?? null, limitsOf(o.limits)]);
  let byKey = books.get(bytes);
  if (!byKey) books.set(bytes, (byKey = new Map()));
  let hit = byKey.get(key);
  if (!hit) {
    hit = readXlsx(bytes, o.sheet, limitsOf(o.limits)).then((book): ReadSheet => ({
      format: 'xlsx', encoding: null, delimiter: null, sheets: book.sheets, sheet: book.sheet, grid: book.grid, meta: new Map(), lossy: false,
    }));
    byKey.set(key, hit);
  }
  return hit;
}

/** The grid is shared between readers of the same bytes: read it, never change it. */
export async function readSheet(bytes: Uint8Array, file: string, o: SheetOptions = {}): Promise<ReadSheet> {
  if (o.format === 'xlsx' || (!o.format && isZip(bytes))) return readBook(bytes, o);
  // A JSON file's texts are made NFC one by one as they are read (json.ts), not the whole text.
  const d = decode(bytes, o.encoding, !(o.format === 'json' || (!o.format && /\.json$/i.test(file))));
  const format = o.format ?? formatOf(bytes, file, d.text);
  const base = { encoding: d.encoding, sheets: [], sheet: null, lossy: d.lossy };
  if (format === 'json') {
    const { grid, meta } = jsonToSheet(d.text, limitsOf(o.limits));
    return { ...base, format, delimiter: null, grid, meta };
  }
  // Before the parser allocates a string per field: line count and length (a JSON file may be one line).
  checkLines(d.text, limitsOf(o.limits));
  const delimiter = o.delimiter ?? detectDelimiter(d.text);
  return { ...base, format: delimiter === '\t' ? 'tsv' : format, delimiter, grid: parseRows(d.text, delimiter), meta: new Map() };
}
