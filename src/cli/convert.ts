/**
 * `convert FILE --to json|csv [--map …] [--header-row N] [--sheet NAME] [--year Y] [--indicator ID]`:
 * the tidy observations {unit_code, unit_name, year, indicator, value, derived, provenance, standard}
 * — loaded values, parents' counts summed from their children where the file lacks them, and
 * rates derived from counts (household-weighted) — on stdout. `provenance` is
 * published | imported | expected | illustrative (src/domain/provenance.ts): a file's own `status`
 * column is honoured, other values are `imported`, a derived value takes the weakest kind of its
 * inputs. Exit 0, 1 when rows were rejected (the accepted ones are still written), 2 when unreadable.
 */
import { deriveRates } from '../domain/derive.ts';
import { UnitRegistry } from '../domain/units.ts';
import { tidyRecords } from '../ingest/export.ts';
import { writeCsv } from '../ingest/papa.ts';
import { builtinUnitsFromDisk } from '../ingest/nodeFiles.ts';
import { breakWarnings, readAndIngest, message, takeFlag, takeReadFlags, READ_FLAGS_HELP } from './ingestCli.ts';
import { standardOfRow, VN_STANDARDS } from '../domain/standards.ts';
import { sumToParents } from '../domain/parentSums.ts';
import { withFileProvenance } from './fileProvenance.ts';

export async function run(argv: string[]): Promise<number> {
  const args = [...argv];
  const to = takeFlag(args, '--to');
  const flags = takeReadFlags(args);
  const file = args[0];
  if (typeof flags === 'string' || !file || (to !== 'json' && to !== 'csv')) {
    console.error(`${typeof flags === 'string' ? `convert: ${flags}\n` : ''}Usage: convert FILE --to json|csv [options]\n${READ_FLAGS_HELP}`);
    return 2;
  }
  const r = await readAndIngest(file, flags);
  if ('unreadable' in r || r.fatal) {
    console.error(`${file}: ${'unreadable' in r ? r.unreadable : message(r.fatal!.code, { file, ...r.fatal!.params }, '', 'en')}`);
    return 2;
  }
  const registry = new UnitRegistry(builtinUnitsFromDisk()).with(r.units);
  const withKinds = await withFileProvenance(r.table, file);
  const table = deriveRates(sumToParents(withKinds, registry).table).table;
  const tidy = tidyRecords(table, registry);
  const recs = [...table.records()].map((o, i) => ({ o, x: tidy[i]! })).map(({ o, x }, k) => ({
    unit_code: registry.get(x.unit_code)?.officialCode ?? x.unit_code, unit_name: registry.name(x.unit_code, 'vi', x.year),
    year: x.year, indicator: x.indicator, value: x.value, derived: x.derived,
    provenance: o.provenance.kind, standard: standardOfRow(table, VN_STANDARDS, k) ?? null,
    ...(o.provenance.asReported !== undefined ? { as_reported: o.provenance.asReported } : {}),
  }));
  for (const w of breakWarnings(table, 'en')) console.error(`${file}: warning ${w.code}: ${w.message}`);
  if (to === 'json') process.stdout.write(`${JSON.stringify(recs, null, 1)}\n`);
  else process.stdout.write(writeCsv([['unit_code', 'unit_name', 'year', 'indicator', 'value', 'derived', 'provenance', 'as_reported', 'standard'],
    ...recs.map((x) => [x.unit_code, x.unit_name, x.year, x.indicator, x.value, x.derived, x.provenance, x.as_reported, x.standard])]) + '\n');
  if (!r.ok) console.error(`${file}: ${r.rejected.length} rows rejected (run validate for details)`);
  return r.ok ? 0 : 1;
}
