/**
 * The only module that talks to Papaparse. Everything else sees rows of strings, so the parser
 * can be swapped or run in chunks (the streaming worker) without touching the pipeline.
 */
import Papa from 'papaparse';

export type Delimiter = ',' | ';' | '\t' | '|';
export const DELIMITERS: Delimiter[] = [',', ';', '\t', '|'];

export function isDelimiter(s: string | undefined): s is Delimiter {
  return s !== undefined && (DELIMITERS as string[]).includes(s);
}

/** Rows exactly as in the file: index 0 is file row 1. Quoted newlines stay inside one row. */
export function parseRows(text: string, delimiter: Delimiter): string[][] {
  const res = Papa.parse<string[]>(text, { delimiter, header: false, skipEmptyLines: false, dynamicTyping: false });
  const rows = res.data;
  // Papaparse yields [""] for a trailing newline; drop trailing empty rows only.
  while (rows.length && rows[rows.length - 1]!.every((c) => c === '')) rows.pop();
  return rows;
}

/** The first non-blank lines, read from a prefix of the text when it holds enough of them. */
function firstLines(text: string, n: number): string[] {
  const split = (t: string) => t.split(/\r\n|\n|\r/);
  if (text.length > 1 << 16) {
    const lines = split(text.slice(0, 1 << 16));
    lines.pop(); // may be cut short
    const full = lines.filter((l) => l.trim() !== '');
    if (full.length >= n) return full.slice(0, n);
  }
  return split(text).filter((l) => l.trim() !== '').slice(0, n);
}

/**
 * Pick the delimiter whose field count is most consistent over the first lines (quotes respected).
 * Ties go to tab, then ';', '|', ',' — a ';' file full of decimal commas splits consistently on
 * ';' but not on ','; a ',' file rarely has a ';' in every line.
 */
export function detectDelimiter(text: string, maxLines = 40): Delimiter {
  const sample = firstLines(text, maxLines).join('\n');
  let best: { d: Delimiter; score: number } = { d: ',', score: -1 };
  for (const d of ['\t', ';', '|', ','] as Delimiter[]) {
    const rows = Papa.parse<string[]>(sample, { delimiter: d, header: false, skipEmptyLines: true }).data;
    const counts = rows.map((r) => r.length).filter((n) => n > 1);
    if (!counts.length) continue;
    const freq = new Map<number, number>();
    for (const n of counts) freq.set(n, (freq.get(n) ?? 0) + 1);
    const [mode, hits] = [...freq.entries()].sort((a, b) => b[1] - a[1] || b[0] - a[0])[0]!;
    // Consistency over all sample lines, with a small bonus for more columns.
    const score = hits / rows.length + Math.min(mode, 20) * 0.001;
    if (score > best.score + 0.05) best = { d, score };
  }
  return best.d;
}

/** A cell of a CSV export: text, a number, or empty (null/undefined; NaN and ±Infinity too). */
export type CsvCell = string | number | boolean | null | undefined;

export interface CsvOptions {
  delimiter?: ',' | ';';
  /** Numbers with a decimal comma (with ';' as the delimiter, for Excel in Vietnamese). */
  decimalComma?: boolean;
  /** A UTF-8 byte-order mark, so Excel reads Vietnamese names right. */
  bom?: boolean;
}

const FORMULA_START = /^[=+\-@\t\r]/;
/** A plain negative number as written in a file ("-5", "-3,17", "-1.234,5", "-2%"): a number, not a formula. */
const NEGATIVE_NUMBER = /^-\d+([.,\u00a0 ]\d+)*%?$/;

/**
 * The one formula-injection rule (OWASP CSV injection) for every CSV and XLSX export: a text that
 * begins with = + - @ tab or CR gets a leading apostrophe, so a spreadsheet shows it instead of
 * running it — except a plain negative number, which stays as it is ("-5" is -5, not "'-5").
 */
export function neutralise(text: string): string {
  return FORMULA_START.test(text) && !NEGATIVE_NUMBER.test(text) ? `'${text}` : text;
}

/** The one CSV writer: CRLF rows, quoting by Papaparse, every text cell through neutralise(). */
export function writeCsv(rows: readonly (readonly CsvCell[])[], opts: CsvOptions = {}): string {
  const cell = (v: CsvCell): string => {
    if (v === null || v === undefined) return '';
    if (typeof v === 'number') {
      if (!Number.isFinite(v)) return '';
      return opts.decimalComma ? String(v).replace('.', ',') : String(v);
    }
    return typeof v === 'boolean' ? String(v) : neutralise(v);
  };
  const text = Papa.unparse(rows.map((r) => r.map(cell)), { delimiter: opts.delimiter ?? ',', newline: '\r\n', quotes: false, escapeFormulae: false });
  return (opts.bom ? '\uFEFF' : '') + text;
}
