/**
 * `allocate FILE --base-year Y0 --target-year Y1 (--target-rate R | --target-cut-pp P | --target-households N)
 *  [--method proportional|equal-pp|need-weighted] [--cap-share S] [--floor-rate F] [--parent CODE] [--units FILE] [--json]`
 *
 * FILE is anything the import pipeline reads (CSV, XLSX, JSON; tidy or wide). Units come from the
 * built-in list, the file, and a units.csv beside it (or --units FILE); the parent is --parent CODE
 * or the unit most of the counted units belong to. Exit 0 when the units reconcile to the
 * parent target, 1 when the result has problems, 2 on bad arguments or unreadable files.
 */
import { readFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { readTidyUnits } from '../ingest/tidy.ts';
import { builtinUnitsFromDisk } from '../ingest/nodeFiles.ts';
import type { ObservationTable } from '../domain/observations.ts';
import { readAndIngest, message } from './ingestCli.ts';
import { deriveRates } from '../domain/derive.ts';
import { UnitRegistry } from '../domain/units.ts';
import { allocate, allocationUnitsFrom, ALLOCATION_METHODS, type AllocationMethod, type ParentTarget, type Problem } from '../domain/allocation/index.ts';
import { fraction, households, percent, type Fraction, type Percent } from '../domain/quantities.ts';

interface Options { file: string; base: number; target: number; parent: ParentTarget; method: AllocationMethod; cap?: Fraction; floor: Percent; json: boolean; unitsFile?: string; parentCode?: string }

function parseArgs(args: string[]): Options | string {
  const flags = new Map<string, string>();
  const positional: string[] = [];
  let json = false;
  for (let i = 0; i < args.length; i++) {
    const a = args[i]!;
    if (a === '--json') json = true;
    else if (a.startsWith('--')) {
      const [k, inline] = a.slice(2).split('=', 2) as [string, string | undefined];
      const v = inline ?? args[++i];
      if (v === undefined) return `missing value for --${k}`;
      flags.set(k, v);
    } else positional.push(a);
  }
  const known = new Set(['base-year', 'target-year', 'target-rate', 'target-cut-pp', 'target-households', 'method', 'cap-share', 'floor-rate', 'units', 'parent']);
  for (const k of flags.keys()) if (!known.has(k)) return `unknown option --${k}`;
  const file = positional[0];
  if (!file || positional.length > 1) return 'give exactly one FILE';
  const num = (k: string) => (flags.has(k) ? Number(flags.get(k)!.replace(',', '.')) : undefined);
  const base = num('base-year');
  const target = num('target-year');
  if (!Number.isInteger(base) || !Number.isInteger(target)) return '--base-year and --target-year must be whole years';
  if (target! <= base!) return '--target-year must be after --base-year';
  const given = ['target-rate', 'target-cut-pp', 'target-households'].filter((k) => flags.has(k));
  if (given.length !== 1) return 'give exactly one of --target-rate, --target-cut-pp, --target-households';
  const v = num(given[0]!)!;
  if (!Number.isFinite(v) || v < 0) return `--${given[0]} must be a number ≥ 0`;
  const parent: ParentTarget = given[0] === 'target-rate' ? { kind: 'rate', rate: percent(v) }
    : given[0] === 'target-cut-pp' ? { kind: 'cut-pp', pp: v } : { kind: 'households', households: households(Math.round(v)) };
  const method = (flags.get('method') ?? 'proportional') as AllocationMethod;
  if (!ALLOCATION_METHODS.includes(method)) return `--method must be one of ${ALLOCATION_METHODS.join(', ')}`;
  const cap = num('cap-share');
  if (cap !== undefined && !(cap >= 0 && cap <= 1)) return '--cap-share must be between 0 and 1';
  const floor = num('floor-rate') ?? 0;
  if (!(floor >= 0 && floor <= 100)) return '--floor-rate must be a percentage between 0 and 100';
  return { file, base: base!, target: target!, parent, method, ...(cap !== undefined ? { cap: fraction(cap) } : {}), floor: percent(floor), json,
    ...(flags.has('units') ? { unitsFile: flags.get('units')! } : {}), ...(flags.has('parent') ? { parentCode: flags.get('parent')! } : {}) };
}

/**
 * The parent's children: --parent CODE, else the parent most units with base-year counts belong
 * to. Without any parent relation, every unit with counts (that is nobody's parent).
 */
function unitsToAllocate(table: ObservationTable, registry: UnitRegistry, base: number, parentCode?: string): string[] | string {
  if (parentCode) {
    const kids = registry.childrenIn(parentCode, base).map((u) => u.code);
    return kids.length ? kids : `no unit has ${parentCode} as its parent`;
  }
  const withCounts = table.unitCodes.filter((c) => table.value(c, 'total_households', base) !== undefined && table.value(c, 'poor_households', base) !== undefined);
  const votes = new Map<string, number>();
  for (const c of withCounts) {
    const p = registry.get(c)?.parent;
    if (p) votes.set(p, (votes.get(p) ?? 0) + 1);
  }
  const ranked = [...votes].sort((a, b) => b[1] - a[1]);
  if (ranked.length > 1 && ranked[0]![1] === ranked[1]![1]) return `units belong to several parents (${ranked.map((r) => r[0]).join(', ')}); choose one with --parent CODE`;
  if (ranked.length) return registry.childrenIn(ranked[0]![0], base).map((u) => u.code);
  const parents = new Set(registry.all().map((u) => u.parent));
  return withCounts.filter((c) => !parents.has(c));
}

const r4 = (x: number) => Math.round(x * 1e4) / 1e4;

function describeProblem(p: Problem): string {
  switch (p.kind) {
    case 'infeasible': return `infeasible: the ${p.constraint} leaves ${p.households} households short of the parent target`;
    case 'locks-exceed': return `locked units lift out ${p.households} households more than the parent asks`;
    case 'not-a-cut': return `the parent target is ${p.households} households above the baseline: nothing to cut`;
    case 'lock-breaks-cap': return `${p.code}: lock breaks the cap by ${p.households} households`;
    case 'lock-breaks-floor': return `${p.code}: lock breaks the floor by ${p.households} households`;
    case 'unknown-lock': return `${p.code}: locked unit not in the allocation`;
    case 'no-households': return 'no households in the base year';
  }
}

export async function run(args: string[]): Promise<number> {
  const o = parseArgs(args);
  if (typeof o === 'string') {
    console.error(`allocate: ${o}`);
    return 2;
  }
  const read = await readAndIngest(o.file);
  if ('unreadable' in read || read.fatal) {
    console.error(`allocate: cannot read ${o.file}: ${'unreadable' in read ? read.unreadable : message(read.fatal!.code, {}, '', 'en')}`);
    return 2;
  }
  const { table } = deriveRates(read.table);
  // Units: the built-in list, those the file defines, and a units.csv beside it (or --units).
  const unitsPath = o.unitsFile ?? join(dirname(o.file), 'units.csv');
  let registry = new UnitRegistry(builtinUnitsFromDisk()).with(read.units);
  if (existsSync(unitsPath)) registry = registry.with(readTidyUnits(await readFile(unitsPath, 'utf8')));
  const codes = unitsToAllocate(table, registry, o.base, o.parentCode);
  if (typeof codes === 'string') { console.error(`allocate: ${codes}`); return 2; }
  const { units, missing } = allocationUnitsFrom(table, codes, o.base);
  if (units.length === 0) { console.error(`allocate: no unit has total_households and poor_households in ${o.base}`); return 2; }
  const r = allocate({ units, parent: o.parent, method: o.method, constraints: { floorRate: o.floor, ...(o.cap !== undefined ? { capShare: o.cap } : {}) } });
  // A target above the baseline is not a cut: refuse it rather than print negative figures.
  if (r.parent.cut < 0) {
    console.error(`allocate: the target (${r.parent.targetPoor} poor households, ${r.parent.targetRate.toFixed(2)}%) is above the ${o.base} baseline `
      + `(${r.parent.poorBaseline} poor households, ${r.parent.baselineRate.toFixed(2)}%) by ${-r.parent.cut} households; `
      + 'a target must be at or below the baseline. Check the base year and the target.');
    return 1;
  }
  if (r.parent.targetPoor < 0) {
    console.error(`allocate: the target asks to lift out ${r.parent.cut} households, but the ${o.base} baseline has only `
      + `${r.parent.poorBaseline} poor households; a target must be between 0 and the baseline. Check --target-households `
      + '(households lifted out, not the target number of poor households).');
    return 1;
  }
  const problems = [...r.problems.map((p) => ({ ...p, message: describeProblem(p) })),
    ...(missing.length ? [{ kind: 'missing-data', units: missing, message: `left out, no counts in ${o.base}: ${missing.join(', ')}` }] : [])];
  const name = (c: string) => registry.name(c, 'vi');
  if (o.json) {
    console.log(JSON.stringify({
      parent: { households: r.parent.households, poor_baseline: r.parent.poorBaseline, target_poor: r.parent.targetPoor, target_rate: r4(r.parent.targetRate) },
      units: r.units.map((u) => ({ code: u.code, name: name(u.code), households: u.households, poor_baseline: u.poorBaseline, allocated_cut: u.cut, target_poor: u.targetPoor, target_rate: r4(u.targetRate) })),
      reconciles: r.reconciles,
      problems,
    }, null, 2));
  } else {
    const rows = r.units.map((u) => [u.code, name(u.code), String(u.households), String(u.poorBaseline), String(u.cut), String(u.targetPoor), `${u.targetRate.toFixed(2)}%`]);
    rows.unshift(['code', 'name', 'households', 'poor', 'cut', 'target', 'rate']);
    const sumTarget = r.units.reduce((s, u) => s + u.targetPoor, 0);
    const sumCut = r.units.reduce((s, u) => s + u.cut, 0);
    rows.push(['Σ', '', String(r.parent.households), String(r.parent.poorBaseline), String(sumCut), String(sumTarget), `${((100 * sumTarget) / r.parent.households).toFixed(2)}%`]);
    rows.push(['parent', '', '', '', String(r.parent.cut), String(r.parent.targetPoor), `${r.parent.targetRate.toFixed(2)}%`]);
    const w = rows[0]!.map((_, j) => Math.max(...rows.map((row) => [...row[j]!].length)));
    for (const row of rows) console.log(row.map((c, j) => (j < 2 ? c.padEnd(w[j]!) : c.padStart(w[j]!))).join('  '));
    console.log(`${o.method}, ${o.base} → ${o.target}: ${r.reconciles ? '✓ reconciles to the parent target' : '✗ does not reconcile'}`);
    for (const p of problems) console.log(`! ${p.message}`);
  }
  return r.reconciles ? 0 : 1;
}
