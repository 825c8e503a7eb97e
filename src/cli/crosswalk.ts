/**
 * `crosswalk FILE --as-of YYYY-MM-DD [--with CROSSWALK_FILE] [--effective YYYY-MM-DD] --json`: the
 * file's figures re-expressed in the units valid on that date. Counts move along whole merges (or
 * by stated shares), rates are re-derived; what can't be carried is listed with the reason.
 * Without --with, the built-in crosswalks are used.
 */
import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import { deriveRates } from '../domain/derive.ts';
import { reexpress, movedKey } from '../domain/reexpress.ts';
import { standardOfRow, VN_STANDARDS } from '../domain/standards.ts';
import { toIsoDate, UnitRegistry } from '../domain/units.ts';
import { readCrosswalk } from '../ingest/crosswalkFile.ts';
import { endMergedUnits } from '../domain/crosswalkApply.ts';
import { builtinCrosswalksFromDisk, builtinUnitsFromDisk } from '../ingest/nodeFiles.ts';
import { readAndIngest, message, takeFlag } from './ingestCli.ts';

const USAGE = 'Usage: crosswalk FILE --as-of YYYY-MM-DD [--with CROSSWALK_FILE] [--effective YYYY-MM-DD] [--json]';

const REASON = {
  'partial-without-share': 'reached only through a partial link without a household share',
  'missing-predecessor': 'a unit it was made of has no figure that year',
  'reported-by-parent': 'reported only by a unit of the level above, which the reform split',
  'not-a-count': 'only counts can be summed along a merge; rates are re-derived from them',
} as const;

export async function run(argv: string[]): Promise<number> {
  const args = [...argv];
  const asOf = toIsoDate(takeFlag(args, '--as-of'), 'to');
  const withFile = takeFlag(args, '--with');
  const effective = toIsoDate(takeFlag(args, '--effective'), 'from');
  const json = args.includes('--json');
  const file = args.filter((a) => a !== '--json')[0];
  if (!file || !asOf) {
    console.error(USAGE);
    return 2;
  }
  const r = await readAndIngest(file);
  if ('unreadable' in r || r.fatal) {
    console.error(`${file}: ${'unreadable' in r ? r.unreadable : message(r.fatal!.code, { file, ...r.fatal!.params }, '', 'en')}`);
    return 2;
  }
  let crosswalks = builtinCrosswalksFromDisk();
  if (withFile) {
    const read = readCrosswalk(await readFile(withFile, 'utf8'), { id: basename(withFile), effective: effective ?? asOf, source: basename(withFile) });
    for (const i of read.issues) console.error(`${withFile}: row ${i.row} [${i.column}]: ${i.message}`);
    crosswalks = [read.crosswalk];
  }
  const registry = new UnitRegistry(builtinUnitsFromDisk()).with(endMergedUnits(r.units, crosswalks));
  const table = deriveRates(r.table).table;
  const out = reexpress({ units: registry, table }, crosswalks, asOf);
  const year = Number(asOf.slice(0, 4));
  const code = (c: string) => registry.get(c)?.officialCode ?? c;
  const shown = new Set(out.table.unitCodes);
  const result = {
    as_of: asOf,
    units: out.units.filter((u) => shown.has(u.code) || out.notComparable.some((n) => n.code === u.code))
      .map((u) => ({ code: u.officialCode, name: registry.name(u.code, 'vi', year), level: u.level, valid_from: u.validFrom, valid_to: u.validTo })),
    observations: [...out.table.records()].map((o, k) => ({
      unit_code: code(o.unit), unit_name: registry.name(o.unit, 'vi', year), year: o.year, indicator: o.indicator, value: o.value,
      derived: o.provenance.derived === true, provenance: o.provenance.kind, standard: standardOfRow(out.table, VN_STANDARDS, k) ?? null,
      via: out.moved.has(movedKey(o.unit, o.indicator, o.year)) ? 'crosswalk' : 'direct',
    })),
    not_comparable: out.notComparable.map((n) => ({ code: code(n.code), name: registry.name(n.code, 'vi', year), reason: `${REASON[n.reason]} (${n.years.join(', ')}: ${n.detail.join(', ')})` })),
  };
  if (json) console.log(JSON.stringify(result));
  else {
    console.log(`${file} in the units of ${asOf}: ${result.units.length} units, ${result.observations.length} observations (${result.observations.filter((o) => o.via === 'crosswalk').length} via the crosswalk)`);
    for (const n of result.not_comparable) console.log(`  not comparable: ${n.code} ${n.name}: ${n.reason}`);
  }
  return 0;
}
