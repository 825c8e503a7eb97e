// `ingest_shapes`: each shape file through the app's own import worker (src/ingest/worker.ts, as the
// data screen runs it: the first run in a new worker, later ones in the same worker, kept between
// imports as the app keeps it) vs a bare parse of the same bytes by the same library in the same page:
// Papa.parse after a TextDecoder of the file's encoding for text, JSON.parse for JSON, read-excel-file for .xlsx; and,
// for context, the same bare parse in a fresh worker (detail.bare_cold_worker_ms): cold, as the first import is.
// RUNS alternated runs of each; the medians count (the machine is shared, so single runs are noisy), and the first, cold, run is reported apart.
import { ensureShapes, NATIONAL_CUSTOM_FILE, WIDE_YEARS_FILE, LEGACY_FILE, MESSY_FILE, JSON_FILE } from './shapes.mjs';
import { writeHouseholdFile, PROVINCE_FILE, PROVINCE_ROWS } from './households.mjs';
import { OUT } from './generate.mjs';

// Five: the import worker is kept between imports, and its later runs, like the page's bare parse after its
// first, are still getting faster at the third (legacy: 648, 524, 409, 393, 385 ms in one quiet run).
const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const median = (xs) => { const s = [...xs].sort((a, b) => a - b); return (s[Math.floor((s.length - 1) / 2)] + s[Math.ceil((s.length - 1) / 2)]) / 2; };

export const SHAPES = {
  national_custom: { file: NATIONAL_CUSTOM_FILE, bare: 'papa', encoding: 'utf-8' },
  wide_years_xlsx: { file: WIDE_YEARS_FILE, bare: 'xlsx' },
  legacy_1258: { file: LEGACY_FILE, bare: 'papa', encoding: 'windows-1258' },
  households: { file: PROVINCE_FILE, bare: 'papa', encoding: 'utf-8' },
  national_messy: { file: MESSY_FILE, bare: 'papa', encoding: 'utf-8' },
  json_records: { file: JSON_FILE, bare: 'json' },
};

/** One shape: `{ rows, ms, papaparse_ms, ratio_vs_papaparse, detail }`. */
export async function benchShape(browser, base, { file, bare, encoding }, log = () => {}) {
  const page = await browser.newPage();
  page.on('pageerror', (e) => log('page error:', String(e)));
  await page.goto(`${base}/site/`);
  await page.waitForFunction(() => document.getElementById('status')?.textContent === 'ready');
  const name = file.slice(OUT.length + 1);
  const bytes = await page.evaluate((u) => window.bench.load(u), `${base}/data/${name}`);
  const papa = [];
  const cold = [];
  const runs = [];
  for (let k = 0; k < RUNS; k++) {
    papa.push(await page.evaluate(([b, e]) => (b === 'xlsx' ? window.bench.xlsx() : b === 'json' ? window.bench.json() : window.bench.papa(e)), [bare, encoding]));
    cold.push(await page.evaluate(([b, e]) => window.bench.coldBare(b, e), [bare, encoding]));
    runs.push(await page.evaluate((n) => window.bench.ingest('app', n), name));
    await page.evaluate(() => window.bench.drop());
  }
  await page.close();
  const ms = median(runs.map((r) => r.ms));
  const papaMs = median(papa.map((p) => p.ms));
  const coldMs = median(cold.map((p) => p.ms));
  const last = runs[runs.length - 1];
  return {
    rows: last.dataRows, ms: Math.round(ms), papaparse_ms: Math.round(papaMs), ratio_vs_papaparse: Math.round((ms / papaMs) * 100) / 100,
    detail: {
      file_bytes: bytes, bare: bare === 'xlsx' ? 'read-excel-file' : bare === 'json' ? 'TextDecoder + JSON.parse' : `TextDecoder(${encoding}) + Papa.parse`, observations: last.rows, units: last.units,
      indicators: last.indicators, layout: last.layout, ok: last.ok, fatal: last.fatal, errors: last.errors, warnings: last.warnings,
      longest_task_ms: Math.round(median(runs.map((r) => r.main.longtask))), runs_ms: runs.map((r) => Math.round(r.ms)),
      // Of each run: from the worker's last message to the table on the page (the page's share).
      page_runs_ms: runs.map((r) => Math.round(r.fromWireMs)), bare_runs_ms: papa.map((p) => Math.round(p.ms)),
      // The same bare parse in a fresh worker each run (cold, as the first import is): what the import costs beyond a cold parse.
      bare_cold_worker_ms: Math.round(coldMs), bare_cold_runs_ms: cold.map((p) => Math.round(p.ms)), ratio_vs_cold_bare: Math.round((ms / coldMs) * 100) / 100,
      // The first run is the page's first import, in a worker that has run nothing yet (later runs
      // reuse it, as the app does); against the page's first, cold, bare parse.
      first_run_ms: Math.round(runs[0].ms), first_bare_ms: Math.round(papa[0].ms), first_ratio: Math.round((runs[0].ms / papa[0].ms) * 100) / 100,
    },
  };
}

export async function benchShapes(browser, base, log = () => {}) {
  await ensureShapes();
  await writeHouseholdFile(PROVINCE_FILE, PROVINCE_ROWS);
  const out = {};
  // BENCH_SHAPES=legacy_1258,households: those shapes only (for work on one of them).
  const pick = process.env.BENCH_SHAPES?.split(',');
  for (const [key, shape] of Object.entries(SHAPES)) {
    if (pick && !pick.includes(key)) continue;
    log(`  ${key}…`);
    out[key] = await benchShape(browser, base, shape, log);
    log(`  ${key}: ${JSON.stringify(out[key])}`);
  }
  return out;
}
