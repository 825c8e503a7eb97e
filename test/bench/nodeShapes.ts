// `ingest_shapes` in Node, for profiling (`npx tsx test/bench/nodeShapes.ts [shape…]`, or under
// `node --cpu-prof --import tsx`): the import session the worker runs vs a bare parse of the same
// bytes by the same library (TextDecoder + Papa.parse; JSON.parse for JSON; read-excel-file for .xlsx), CPU time of
// this process beside wall time, since the machine is shared. Not part of `npm run bench`.
import { readFileSync } from 'node:fs';
import { cpuUsage } from 'node:process';
import Papa from 'papaparse';
import { emptyDataset, toPlain } from '../../src/domain/dataset.ts';
import { UnitRegistry } from '../../src/domain/units.ts';
import { builtinUnitsFromDisk } from '../../src/ingest/nodeFiles.ts';
import { importSession } from '../../src/ingest/session.ts';
import type { WorkerMessage } from '../../src/ingest/transfer.ts';
import { fileURLToPath } from 'node:url';

// The files shapes.mjs, generate.mjs and households.mjs write (run `npm run bench` once first).
const out = (name: string) => fileURLToPath(new URL(`./out/${name}`, import.meta.url));
const SHAPES: Record<string, { file: string; encoding?: string }> = {
  national: { file: out('synthetic-national-communes.csv'), encoding: 'utf-8' },
  national_custom: { file: out('synthetic-national-custom.csv'), encoding: 'utf-8' },
  wide_years_xlsx: { file: out('synthetic-wide-years.xlsx') },
  legacy_1258: { file: out('synthetic-legacy-1258.csv'), encoding: 'windows-1258' },
  households: { file: out('synthetic-households-350000.csv'), encoding: 'utf-8' },
  national_messy: { file: out('synthetic-national-messy.csv'), encoding: 'utf-8' },
  json_records: { file: out('synthetic-records.json'), encoding: 'json' },
};

async function timed<T>(f: () => Promise<T> | T): Promise<{ ms: number; cpu: number; out: T }> {
  const c0 = cpuUsage();
  const t0 = performance.now();
  const out = await f();
  const c = cpuUsage(c0);
  return { ms: performance.now() - t0, cpu: (c.user + c.system) / 1000, out };
}

async function bare(bytes: Uint8Array, encoding?: string) {
  if (!encoding) {
    const { default: readXlsxFile } = await import('read-excel-file/universal');
    return (await readXlsxFile(bytes.slice().buffer)).length;
  }
  if (encoding === 'json') return (JSON.parse(new TextDecoder().decode(bytes)) as unknown[]).length;
  return Papa.parse<string[]>(new TextDecoder(encoding).decode(bytes), { header: false }).data.length;
}

// As in the bench page and the app: the built-in units are known (the built-in observations, which
// only the dry-run diff reads, are left out here).
const BASE = toPlain({ ...emptyDataset(), units: new UnitRegistry(builtinUnitsFromDisk()) });

async function ingest(bytes: Uint8Array, file: string) {
  let result: WorkerMessage | null = null;
  const run = importSession((m) => { if (m.type !== 'progress') result = m; });
  await run({ type: 'ingest', id: 1, bytes: bytes.slice().buffer, file, opts: {}, base: BASE });
  return result as WorkerMessage | null;
}

const runs = Number(process.env.BENCH_RUNS ?? 2);
for (const name of process.argv.slice(2).length ? process.argv.slice(2) : Object.keys(SHAPES)) {
  const { file, encoding } = SHAPES[name]!;
  const bytes = new Uint8Array(readFileSync(file));
  for (let k = 0; k < runs; k++) {
    const b = await timed(() => bare(bytes, encoding));
    const e = await timed(() => ingest(bytes, file.split('/').pop()!));
    const m = e.out as { type: string; summary?: { dataRows?: number; issues?: unknown[] } } | null;
    console.log(JSON.stringify({ shape: name, run: k, bare_ms: Math.round(b.ms), bare_cpu_ms: Math.round(b.cpu), ms: Math.round(e.ms), cpu_ms: Math.round(e.cpu), ratio_cpu: Math.round((e.cpu / b.cpu) * 100) / 100, ratio: Math.round((e.ms / b.ms) * 100) / 100, message: m?.type }));
  }
}
