/** Shared by `validate`, `convert` and `allocate`: read a file with the built-in units, the screen's options as flags, and word problems in vi or en. */
import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import { ingest, type IngestOptions, type IngestResult } from '../ingest/pipeline.ts';
import { builtinUnitsFromDisk } from '../ingest/nodeFiles.ts';
import { applyMapSpec } from '../ingest/mapSpec.ts';
import { isIndicatorId } from '../domain/indicators.ts';
import { readHouseholdFile } from '../ingest/households/nodeStream.ts';
import type { Issue } from '../ingest/issues.ts';
import type { ObservationTable } from '../domain/observations.ts';
import { standardBreaks, VN_STANDARDS } from '../domain/standards.ts';
import messages from '../i18n/messages/data.ts';

export type CliLang = 'vi' | 'en';

export function message(code: string, params: Record<string, string | number>, value: string, lang: CliLang): string {
  const table = messages[lang].issue as Record<string, string>;
  const tpl = Object.prototype.hasOwnProperty.call(table, code) ? table[code]! : code;
  return tpl.replace(/\{\{(\w+)\}\}/g, (_m, k: string) => (k === 'value' ? value : Object.prototype.hasOwnProperty.call(params, k) ? String(params[k]) : ''));
}

export function issueJson(i: Issue, lang: CliLang) {
  return { row: i.row, column: i.column, value: i.value, code: i.code, message: message(i.code, i.params, i.value, lang) };
}

/** The options the mapping screen offers, as flags: what the import reads, not how it reports. */
export interface ReadFlags { map?: string; opts: IngestOptions }

export const READ_FLAGS_HELP = `  --map "COLUMN=field,..."  say what a column is (unit_code, unit_name, parent, year, indicator, value,
                            measure, ignore, or an indicator id; COLUMN is a header or #N)
  --header-row N            the header is on row N
  --sheet NAME              the sheet of an .xlsx file
  --year Y                  the year when the file has none
  --indicator ID            the indicator when the file has none`;

/** Takes the read flags out of `args` (in place); a string is an error message. */
export function takeReadFlags(args: string[]): ReadFlags | string {
  const opts: IngestOptions = {};
  const map = takeFlag(args, '--map');
  const header = takeFlag(args, '--header-row');
  const sheet = takeFlag(args, '--sheet');
  const year = takeFlag(args, '--year');
  const indicator = takeFlag(args, '--indicator');
  if (header !== undefined) {
    if (!/^\d+$/.test(header) || Number(header) < 1) return '--header-row must be a row number from 1';
    opts.headerRow = Number(header);
  }
  if (sheet !== undefined) opts.sheet = sheet;
  if (year !== undefined) {
    if (!/^\d{4}$/.test(year)) return '--year must be a four-digit year';
    opts.year = Number(year);
  }
  if (indicator !== undefined) {
    if (!isIndicatorId(indicator)) return `--indicator: unknown indicator "${indicator}"`;
    opts.indicator = indicator;
  }
  return map !== undefined ? { map, opts } : { opts };
}

/** null when the file cannot be opened at all; `--map` is applied to the file's own headers. */
export async function readAndIngest(path: string, flags: ReadFlags = { opts: {} }): Promise<IngestResult | { unreadable: string }> {
  // A household review list is streamed and aggregated (bounded memory); anything else as before.
  const households = await readHouseholdFile(path, builtinUnitsFromDisk());
  if (households) return households;
  let bytes: Uint8Array;
  try {
    bytes = new Uint8Array(await readFile(path));
  } catch (e) {
    return { unreadable: e instanceof Error ? e.message : String(e) };
  }
  const units = builtinUnitsFromDisk();
  const first = await ingest(bytes, basename(path), flags.opts, units);
  if (!flags.map || !first.headers.length) return first;
  const mapping = applyMapSpec(flags.map, first.headers, first.guessedMapping);
  if (typeof mapping === 'string') return { unreadable: mapping };
  return ingest(bytes, basename(path), { ...flags.opts, mapping }, units);
}

/** One warning per series that crosses a change of poverty standard (code contains 'standard'). */
export function breakWarnings(table: ObservationTable, lang: CliLang) {
  return standardBreaks(table, VN_STANDARDS).map((b) => ({
    row: b.row, column: '', value: String(b.year), code: 'series-crosses-standard',
    message: lang === 'vi'
      ? `${b.unit} · ${b.indicator}: năm ${b.year} đo theo chuẩn ${b.after}, năm trước theo chuẩn ${b.before}; không so sánh qua mốc này`
      : `${b.unit} · ${b.indicator}: ${b.year} is measured under the ${b.after} standard, the year before under ${b.before}; no trend across this break`,
  }));
}

export function takeFlag(args: string[], name: string): string | undefined {
  const i = args.findIndex((a) => a === name || a.startsWith(`${name}=`));
  if (i < 0) return undefined;
  const a = args[i]!;
  if (a.startsWith(`${name}=`)) { args.splice(i, 1); return a.slice(name.length + 1); }
  const v = args[i + 1];
  args.splice(i, 2);
  return v;
}
