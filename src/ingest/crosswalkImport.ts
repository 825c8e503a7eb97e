/**
 * Recognises a conversion table (a crosswalk) among the files dropped on the data screen, from its
 * header, and reads it into a preview: links, issues by row and column, the new units it names and
 * whether the loaded data knows them. Returns null for any other file, cheaply: a text file is
 * judged on its first lines, so a national data file is not parsed twice.
 */
import Papa from 'papaparse';
import type { Unit } from '../domain/units.ts';
import { crosswalkFromRows, isCrosswalkHeader, type CrosswalkPreview } from './crosswalkFile.ts';
import { emptyResult, type IngestOptions, type IngestResult } from './pipeline.ts';
import { decode, encodingOf } from './decode.ts';
import { readSheet } from './sheet.ts';
import { cellText } from './grid.ts';
import { headerKey } from './headers.ts';
import { isZip } from './xlsx.ts';
import { stripInvisible } from './names.ts';

const HEAD_BYTES = 1 << 14;
const HEADER_ROWS = 10;
// Workbooks are only opened to look for a crosswalk header when small (a national table is ~1 MB).
const MAX_XLSX = 4 << 20;

function looksLikeCrosswalk(bytes: Uint8Array, file: string, opts: IngestOptions): boolean {
  if (/\.json$/i.test(file)) return false;
  if (isZip(bytes)) return bytes.length <= MAX_XLSX;
  let end = Math.min(bytes.length, HEAD_BYTES);
  while (end > 0 && end < bytes.length && bytes[end]! >= 0x80 && bytes[end]! < 0xc0) end--;
  // The encoding as the reader decides it, from more than this head (the answer is kept for it).
  const head = decode(bytes.subarray(0, end), opts.encoding ?? encodingOf(bytes, 1 << 16)).text;
  const rows = Papa.parse<string[]>(head.replace(/^\uFEFF/, ''), { preview: HEADER_ROWS, delimiter: opts.delimiter ?? '' }).data;
  return rows.some((r) => isCrosswalkHeader(r));
}

export async function ingestCrosswalk(bytes: Uint8Array, file: string, opts: IngestOptions, known: readonly Unit[]): Promise<IngestResult | null> {
  if (!looksLikeCrosswalk(bytes, file, opts)) return null;
  let sheet;
  try {
    sheet = await readSheet(bytes, file, opts);
  } catch {
    return null; // the ordinary pipeline reports what it cannot read
  }
  // Names are drawn on screen and saved: bidi controls and other invisible characters go (names.ts).
  const textRow = (r: readonly (string | number | null)[]) => r.map((c) => stripInvisible(cellText(c)));
  // The header is looked for in the first rows before the whole sheet is made text (a workbook of
  // data is not a crosswalk, and turning its 200,000 numbers into text cost more than the check).
  const at = sheet.grid.slice(0, HEADER_ROWS).findIndex((r) => isCrosswalkHeader(textRow(r)));
  if (at < 0) return null;
  const rows = sheet.grid.map(textRow);
  const head = rows[at]!.map((h) => h.trim());
  const read = crosswalkFromRows(head, rows.slice(at + 1), { id: file, effective: '', source: file, label: { vi: file, en: file } }, at + 2);
  const res = emptyResult(file);
  Object.assign(res, {
    format: sheet.format, encoding: sheet.encoding, delimiter: sheet.delimiter, sheets: sheet.sheets,
    headerRow: at + 1, headers: head, headerKey: headerKey(head), preview: rows.slice(at + 1, at + 6),
    dataRows: rows.slice(at + 1).filter((r) => r.some((c) => c.trim())).length,
    titleRows: rows.slice(0, at).filter((r) => r.some((c) => c.trim())).map((r, i) => ({ row: i + 1, text: r.filter((c) => c.trim()).join(' ') })),
  });
  res.crosswalk = preview(read.crosswalk, read.issues, known);
  res.ok = read.issues.length === 0 && read.crosswalk.links.length > 0;
  if (read.crosswalk.links.length === 0) res.fatal = { code: 'no_values', message: 'no_values', params: { file } };
  return res;
}

function preview(cw: CrosswalkPreview['crosswalk'], issues: CrosswalkPreview['issues'], known: readonly Unit[]): CrosswalkPreview {
  const byOfficial = new Map<string, Unit[]>();
  for (const u of known) byOfficial.set(u.officialCode, [...(byOfficial.get(u.officialCode) ?? []), u]);
  const names = new Map<string, string>();
  for (const l of cw.links) if (!names.has(l.toCode) || (!names.get(l.toCode) && l.toName)) names.set(l.toCode, l.toName ?? '');
  // A new unit's vintage starts where the crosswalk takes effect: the latest start among those the data knows.
  const starts = new Map<string, number>();
  const newUnits = [...names].map(([code, name]) => {
    const units = byOfficial.get(code) ?? [];
    const latest = units.reduce<Unit | undefined>((a, u) => (!a || (u.validFrom ?? '') > (a.validFrom ?? '') ? u : a), undefined);
    if (latest?.validFrom) starts.set(latest.validFrom, (starts.get(latest.validFrom) ?? 0) + 1);
    return { code, name: name || latest?.name.vi || '', known: units.length > 0 };
  });
  const guess = [...starts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0]?.[0] ?? null;
  return { crosswalk: { ...cw, effective: guess ?? '' }, effectiveGuess: guess, newUnits, issues };
}
