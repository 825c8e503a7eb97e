// SYNTHETIC household-list benchmarks (issue 15), kept apart from run.mjs's own measurements.
//   writeHouseholdFile(path, n)  — a deterministic list of n households (test/households/generate.mjs)
//   node test/bench/households.mjs national [ROWS]  — the CLI's streaming path on a national-size
//     list: wall time and peak RSS of `validate --json` (via /usr/bin/time -v when present).
import { createWriteStream, existsSync, mkdirSync, statSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { households, csvLines } from '../households/generate.mjs';

const here = dirname(fileURLToPath(import.meta.url));
export const OUT = join(here, 'out');

/** 700 made-up communes, so the unit dictionary has a national-like size. */
export function communes(k = 700) {
  return Array.from({ length: k }, (_, i) => ({ code: String(90000 + i), name: `Xã Tổng Hợp ${String(i).padStart(4, '0')}` }));
}

export async function writeHouseholdFile(path, n, seed = 15) {
  if (existsSync(path)) return statSync(path).size;
  mkdirSync(dirname(path), { recursive: true });
  const out = createWriteStream(path);
  let buf = [];
  for (const line of csvLines(households({ n, seed, communes: communes(), duplicateEvery: 5000 }), { year: 2024 })) {
    buf.push(line);
    if (buf.length >= 20000) {
      if (!out.write(buf.join('\n') + '\n')) await new Promise((r) => out.once('drain', r));
      buf = [];
    }
  }
  out.write(buf.join('\n') + '\n');
  await new Promise((r) => out.end(r));
  return statSync(path).size;
}

async function national(rows) {
  const file = join(OUT, `synthetic-households-${rows}.csv`);
  const t0 = Date.now();
  const bytes = await writeHouseholdFile(file, rows);
  process.stderr.write(`file ${file}: ${(bytes / 1e6).toFixed(0)} MB (written in ${((Date.now() - t0) / 1000).toFixed(0)} s if new)\n`);
  const tsx = join(here, '..', '..', 'node_modules', '.bin', 'tsx');
  const cli = join(here, '..', '..', 'src', 'cli', 'main.ts');
  const hasTime = existsSync('/usr/bin/time');
  const t1 = Date.now();
  const r = hasTime
    ? spawnSync('/usr/bin/time', ['-v', tsx, cli, 'validate', file, '--json'], { encoding: 'utf8', maxBuffer: 1 << 26 })
    : spawnSync(tsx, [cli, 'validate', file, '--json'], { encoding: 'utf8', maxBuffer: 1 << 26 });
  const ms = Date.now() - t1;
  const rss = /Maximum resident set size \(kbytes\): (\d+)/.exec(r.stderr ?? '');
  const out = JSON.parse(r.stdout.trim().split('\n').pop());
  const res = { rows, bytes, ms, peak_rss_mb: rss ? Math.round(Number(rss[1]) / 1024) : null, households: out.households, duplicates: out.duplicates, units: out.units.length };
  console.log(JSON.stringify(res));
}

if (process.argv[1] === fileURLToPath(import.meta.url) && process.argv[2] === 'national') {
  await national(Number(process.argv[3] ?? 2_700_000));
}

export const PROVINCE_ROWS = 350_000;
export const PROVINCE_FILE = join(OUT, `synthetic-households-${PROVINCE_ROWS}.csv`);

/**
 * A province's list (~350,000 households, ~55 MB with the 12 flag columns) through the app's import
 * worker (detection + aggregation + the pipeline on the totals) vs a bare Papa.parse of the same
 * bytes in the same page; the best of 3 runs each, alternated. rows = data rows read.
 */
export async function benchHouseholdsPage(browser, base) {
  await writeHouseholdFile(PROVINCE_FILE, PROVINCE_ROWS);
  const page = await browser.newPage();
  await page.goto(`${base}/site/`);
  await page.waitForFunction(() => document.getElementById('status')?.textContent === 'ready');
  const name = PROVINCE_FILE.slice(OUT.length + 1);
  const bytes = await page.evaluate((u) => window.bench.load(u), `${base}/data/${name}`);
  const papa = [];
  const runs = [];
  for (let k = 0; k < 3; k++) {
    papa.push(await page.evaluate(() => window.bench.papa()));
    runs.push(await page.evaluate((n) => window.bench.ingest('app', n), name));
    await page.evaluate(() => window.bench.drop());
  }
  await page.close();
  const best = runs.reduce((a, b) => (b.ms < a.ms ? b : a));
  const papaMs = Math.min(...papa.map((p) => p.ms));
  return {
    rows: best.dataRows, ms: Math.round(best.ms), papaparse_ms: Math.round(papaMs), ratio_vs_papaparse: Math.round((best.ms / papaMs) * 100) / 100,
    detail: { file_bytes: bytes, observations: best.rows, units: best.units, ok: best.ok, progress_events: best.progressEvents, longest_task_ms: Math.round(best.main.longtask), runs_ms: runs.map((r) => Math.round(r.ms)), papa_runs_ms: papa.map((p) => Math.round(p.ms)) },
  };
}

/** `node test/bench/households.mjs page`: the province measurement alone (the bench page is rebuilt). */
async function pageOnly() {
  const { createServer } = await import('node:http');
  const { readFile } = await import('node:fs/promises');
  const { chromium } = await import('playwright-core');
  const { CHROMIUM_ARGS, findChromium } = await import('../e2e/harness.mjs');
  const root = join(here, '..', '..');
  spawnSync(process.execPath, [join(root, 'node_modules', 'vite', 'bin', 'vite.js'), 'build', '-c', join(here, 'vite.bench.config.ts')], { cwd: root, stdio: ['ignore', 2, 2] });
  const types = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css', '.csv': 'text/csv' };
  const server = createServer(async (req, res) => {
    const path = decodeURIComponent(new URL(req.url, 'http://x').pathname);
    const m = /^\/(site|data)(\/.*)?$/.exec(path);
    const file = m ? join(OUT, m[1] === 'site' ? 'site' : '', (m[2] ?? '/').endsWith('/') ? `${m[2] ?? '/'}index.html` : m[2]) : '';
    if (!file.startsWith(OUT)) { res.writeHead(403).end(); return; }
    try { res.writeHead(200, { 'content-type': types[file.slice(file.lastIndexOf('.'))] ?? 'application/octet-stream' }).end(await readFile(file)); } catch { res.writeHead(404).end(); }
  });
  await new Promise((r) => server.listen(0, '127.0.0.1', r));
  const browser = await chromium.launch({ executablePath: findChromium(), headless: true, args: CHROMIUM_ARGS });
  try {
    console.log(JSON.stringify({ ingest_shapes: { households: await benchHouseholdsPage(browser, `http://127.0.0.1:${server.address().port}`) } }));
  } finally {
    await browser.close();
    server.close();
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url) && process.argv[2] === 'page') await pageOnly();
