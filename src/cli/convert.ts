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
import { readAndIngest, message, takeFlag } from './ingestCli.ts';

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
  const recs = tidyRecords(deriveRates(r.table).table, registry).map((x) => ({
    unit_code: x.unit_code, unit_name: x.unit_name, year: x.year, indicator: x.indicator, value: x.value, derived: x.derived,
  }));
  if (to === 'json') process.stdout.write(`${JSON.stringify(recs, null, 1)}\n`);
  else process.stdout.write(unparse([['unit_code', 'unit_name', 'year', 'indicator', 'value', 'derived'], ...recs.map((x) => [x.unit_code, x.unit_name, x.year, x.indicator, x.value, String(x.derived)])]) + '\n');
  if (!r.ok) console.error(`${file}: ${r.rejected.length} rows rejected (run validate for details)`);
  return r.ok ? 0 : 1;
}
