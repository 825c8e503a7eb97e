/**
 * `validate FILE... [--json] [--lang vi|en] [--map …] [--header-row N] [--sheet NAME] [--year Y] [--indicator ID]`:
 * exit 0 when every file is valid, 1 when any has errors, 2 when any cannot be read. With --json,
 * one JSON object per file per line, with the column mapping and why each column has its role.
 */
import { breakWarnings, readAndIngest, issueJson, message, takeFlag, takeReadFlags, READ_FLAGS_HELP, type CliLang } from './ingestCli.ts';
import { whyText } from '../ingest/columns.ts';
import type { IngestResult } from '../ingest/pipeline.ts';
import { expandIssues } from '../ingest/issues.ts';
import { builtinUnitsFromDisk } from '../ingest/nodeFiles.ts';
import { householdJson } from '../ingest/households/nodeStream.ts';

export async function run(argv: string[]): Promise<number> {
  const args = [...argv];
  const json = args.includes('--json');
  const lang: CliLang = takeFlag(args, '--lang') === 'en' ? 'en' : 'vi';
  const flags = takeReadFlags(args);
  const files = args.filter((a) => a !== '--json');
  if (typeof flags === 'string' || !files.length || files.some((f) => f.startsWith('--'))) {
    console.error(`${typeof flags === 'string' ? `validate: ${flags}\n` : ''}Usage: validate FILE... [--json] [--lang vi|en] [options]\n${READ_FLAGS_HELP}`);
    return 2;
  }
  const known = new Map(builtinUnitsFromDisk().map((u) => [u.code, u]));
  let code = 0;
  for (const file of files) {
    const r = await readAndIngest(file, flags);
    if ('unreadable' in r || r.fatal) {
      const msg = 'unreadable' in r ? r.unreadable : `${message(r.fatal!.code, { file, ...r.fatal!.params }, '', lang)} ${r.fatal!.message === r.fatal!.code || r.fatal!.params ? '' : r.fatal!.message}`.trim();
      if (json) console.log(JSON.stringify({ file, ok: false, format: 'unreadable' in r ? null : r.format, encoding: 'unreadable' in r ? null : r.encoding, records: 0, mapping: 'unreadable' in r ? [] : mappingJson(r), units: [], years: [], indicators: [], errors: [{ row: 0, column: '', value: '', code: 'unreadable' in r ? 'unreadable' : r.fatal!.code, message: msg }], warnings: [] }));
      else console.log(`${file}: ${msg}`);
      code = 2;
      continue;
    }
    const newNames = new Map(r.units.map((u) => [u.code, u.name.vi]));
    const newUnits = new Map(r.units.map((u) => [u.code, u]));
    // One line per problem: the units not in the reference, grouped in the report, each on its own.
    const all = expandIssues(r.issues);
    const errors = all.filter((i) => i.severity === 'error').map((i) => issueJson(i, lang));
    const warnings = [...all.filter((i) => i.severity === 'warning').map((i) => issueJson(i, lang)), ...breakWarnings(r.table, lang)];
    const out = {
      file, ok: r.ok, format: r.format, encoding: r.encoding, records: r.table.size + r.targets.length, mapping: mappingJson(r),
      units: r.table.unitCodes.map((c) => {
        const u = known.get(c) ?? newUnits.get(c);
        return { code: u?.officialCode ?? c, name: u?.name.vi ?? newNames.get(c) ?? c, level: u?.level ?? null, valid_from: u?.validFrom ?? null, valid_to: u?.validTo ?? null };
      }),
      years: r.table.years(), indicators: [...r.table.indicatorIds], errors, warnings, ...householdJson(r),
    };
    if (json) console.log(JSON.stringify(out));
    else {
      console.log(`${file}: ${r.ok ? 'OK' : 'ERRORS'} — ${r.format}${r.encoding ? `, ${r.encoding}` : ''}, ${out.records} records, ${errors.length} errors, ${warnings.length} warnings`);
      for (const i of [...errors.map((e) => ['error', e] as const), ...warnings.map((w) => ['warning', w] as const)]) {
        console.log(`  ${i[0]} row ${i[1].row}${i[1].column ? ` [${i[1].column}]` : ''}: ${i[1].message}`);
      }
    }
    if (!r.ok && code === 0) code = 1;
  }
  return code;
}

/** Each column's field and why ("unit code: from tokens 'area' + 'code'"). */
function mappingJson(r: IngestResult): { column: string; field: string; why: string }[] {
  return r.headers.map((h, c) => {
    const role = r.mapping[c] ?? 'ignore';
    return { column: h || `#${c + 1}`, field: role, why: whyText({ role, why: r.mappingWhy[c] ?? { kind: 'none' } }) };
  });
}
