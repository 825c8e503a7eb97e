/**
 * `convert FILE --to json|csv`: the tidy observations {unit_code, unit_name, year, indicator, value,
 * derived} — loaded values plus rates derived from counts — on stdout. Exit 0, 1 when rows were
 * rejected (the accepted ones are still written), 2 when unreadable.
 */
import { deriveRates } from '../domain/derive.ts';
import { UnitRegistry } from '../domain/units.ts';
import { tidyRecords } from '../ingest/export.ts';
import { unparse } from '../ingest/papa.ts';
import { builtinUnitsFromDisk } from '../ingest/nodeFiles.ts';
import { breakWarnings, readAndIngest, message, takeFlag } from './ingestCli.ts';
import { standardOfRow, VN_STANDARDS } from '../domain/standards.ts';

export async function run(argv: string[]): Promise<number> {
  const args = [...argv];
  const to = takeFlag(args, '--to');
  const file = args[0];
  if (!file || (to !== 'json' && to !== 'csv')) {
    console.error('Usage: convert FILE --to json|csv');
    return 2;
  }
  const r = await readAndIngest(file);
  if ('unreadable' in r || r.fatal) {
    console.error(`${file}: ${'unreadable' in r ? r.unreadable : message(r.fatal!.code, { file, ...r.fatal!.params }, '', 'en')}`);
    return 2;
  }
  const registry = new UnitRegistry(builtinUnitsFromDisk()).with(r.units);
  const table = deriveRates(r.table).table;
  const recs = tidyRecords(table, registry).map((x, k) => ({
    unit_code: registry.get(x.unit_code)?.officialCode ?? x.unit_code, unit_name: registry.name(x.unit_code, 'vi', x.year),
    year: x.year, indicator: x.indicator, value: x.value, derived: x.derived, standard: standardOfRow(table, VN_STANDARDS, k) ?? null,
  }));
  for (const w of breakWarnings(table, 'en')) console.error(`${file}: warning ${w.code}: ${w.message}`);
  if (to === 'json') process.stdout.write(`${JSON.stringify(recs, null, 1)}\n`);
  else process.stdout.write(unparse([['unit_code', 'unit_name', 'year', 'indicator', 'value', 'derived', 'standard'], ...recs.map((x) => [x.unit_code, x.unit_name, x.year, x.indicator, x.value, String(x.derived), x.standard ?? ''])]) + '\n');
  if (!r.ok) console.error(`${file}: ${r.rejected.length} rows rejected (run validate for details)`);
  return r.ok ? 0 : 1;
}
