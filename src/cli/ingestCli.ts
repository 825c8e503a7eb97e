/** Shared by `validate` and `convert`: read a file with the built-in units and word problems in vi or en. */
import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import { ingest, type IngestResult } from '../ingest/pipeline.ts';
import { builtinUnitsFromDisk } from '../ingest/nodeFiles.ts';
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

/** null when the file cannot be opened at all. */
export async function readAndIngest(path: string): Promise<IngestResult | { unreadable: string }> {
  let bytes: Uint8Array;
  try {
    bytes = new Uint8Array(await readFile(path));
  } catch (e) {
    return { unreadable: e instanceof Error ? e.message : String(e) };
  }
  return ingest(bytes, basename(path), {}, builtinUnitsFromDisk());
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
  const i = args.indexOf(name);
  if (i < 0) return undefined;
  const v = args[i + 1];
  args.splice(i, 2);
  return v;
}
