// The overview's and the map's derived figures at national scale in Node, for profiling
// (`npx tsx test/bench/nodeOverview.ts`, or under `node --cpu-prof --import tsx`): imports the
// bench's national file through the worker's session, then times deriveOverview and the narrative
// on a fresh dataset (first render) and again (cached), and the map's colour scale on a fresh
// dataset and one year's deriveMap. Not part of `npm run bench`.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { emptyDataset, toPlain } from '../../src/domain/dataset.ts';
import { importSession } from '../../src/ingest/session.ts';
import { appliedDataset, ResultCollector, type WorkerMessage } from '../../src/ingest/transfer.ts';
import { deriveOverview } from '../../src/views/overview/overviewData.ts';
import { unitStatuses } from '../../src/domain/status/index.ts';
import { summarize } from '../../src/domain/narrative/index.ts';
import { comparisonUnits } from '../../src/domain/dataset.ts';
import { computeScale, deriveMap, mapYears, readSettings } from '../../src/views/map/mapSeries.ts';

const file = fileURLToPath(new URL('./out/synthetic-national-communes.csv', import.meta.url));
const base = emptyDataset();
const collector = new ResultCollector();
let result: ReturnType<ResultCollector['accept']> = null;
let applied: Extract<WorkerMessage, { type: 'applied' }> | null = null;
const run = importSession((m) => {
  if (m.type === 'part' || m.type === 'done') result = collector.accept(m) ?? result;
  if (m.type === 'applied') applied = m;
});
const bytes = new Uint8Array(readFileSync(file));
await run({ type: 'ingest', id: 1, bytes: bytes.buffer, file: 'synthetic-national-communes.csv', opts: {}, base: toPlain(base) });
await run({ type: 'apply', id: 2, mode: 'replace' });
const ds0 = appliedDataset(applied!, base, result!);
console.log('units', ds0.units.all().length, 'rows', ds0.table.size ?? '');

// PROFILE=out.cpuprofile writes a CPU profile of the rounds below only (not the import).
const { Session } = await import('node:inspector/promises');
const session = process.env.PROFILE ? new Session() : null;
if (session) { session.connect(); await session.post('Profiler.enable'); await session.post('Profiler.start'); }
// CPU time of this process beside wall time: the machine is shared.
const runs: Record<string, { ms: number[]; cpu: number[] }> = {};
const time = <T,>(label: string, f: () => T): T => {
  const c0 = process.cpuUsage();
  const t = performance.now();
  const out = f();
  const c = process.cpuUsage(c0);
  const r = (runs[label] ??= { ms: [], cpu: [] });
  r.ms.push(performance.now() - t);
  r.cpu.push((c.user + c.system) / 1000);
  return out;
};
const median = (xs: number[]) => Math.round([...xs].sort((p, q) => p - q)[Math.floor(xs.length / 2)]!);
for (let k = 0; k < Number(process.env.ROUNDS ?? 9); k++) {
  // A fresh dataset object each round, as after an import: no cache carries over.
  const ds = { ...ds0 };
  time('deriveOverview, fresh dataset', () => deriveOverview({ dataset: ds, indicator: 'poverty_rate', year: null, unit: null, lang: 'vi' }));
  time('summarize, same dataset', () => summarize(ds, 'vi', { year: null }));
  const y = deriveOverview({ dataset: ds, indicator: 'poverty_rate', year: null, unit: null, lang: 'vi' }).year!;
  time('unitStatuses, fresh dataset', () => unitStatuses({ ...ds0 }, y));
  time('deriveOverview, again', () => deriveOverview({ dataset: ds, indicator: 'poverty_rate', year: null, unit: null, lang: 'vi' }));
  // The map as MapView opens it on a fresh dataset, then one year's fills (the scale is kept).
  const fresh = { ...ds0 };
  const settings = readSettings({});
  const years = mapYears(fresh, 'poverty_rate');
  const units = comparisonUnits(fresh, years.at(-1));
  const scale = time('map: computeScale, fresh dataset', () => computeScale(fresh, 'poverty_rate', units, settings));
  time('map: deriveMap, one year', () => deriveMap(fresh, 'poverty_rate', years[k % years.length]!, units, settings, 'vi', scale));
}
for (const [label, r] of Object.entries(runs)) console.log(JSON.stringify({ step: label, runs: r.ms.length, median_ms: median(r.ms), median_cpu_ms: median(r.cpu), min_ms: Math.round(Math.min(...r.ms)) }));
if (session) {
  const { profile } = await session.post('Profiler.stop');
  (await import('node:fs')).writeFileSync(process.env.PROFILE!, JSON.stringify(profile));
}
