// Benchmark page. The runner (test/bench/run.mjs) drives it through `window.bench`; every figure is
// measured here, in the same page, on the same bytes.
import Papa from 'papaparse';
import { ResultCollector, type WorkerRequest, type WorkerMessage } from '../../../src/ingest/transfer.ts';
import { issueCount } from '../../../src/ingest/issues.ts';
import { toPlain } from '../../../src/domain/dataset.ts';
import { ObservationTable, type TableColumns } from '../../../src/domain/observations.ts';
import { loadBuiltin } from '../../../src/data/builtin.ts';

import { releaseImportWorker, takeImportWorker } from '../../../src/views/data/runImport.ts';

/**
 * 'fast': the streaming path (bench worker); 'app': the app's worker as the data screen gets it
 * (src/views/data/runImport.ts: started when that module loads, which here is this page's load,
 * as in the app it is the data screen's, and again at idle after each import ends).
 */
type Mode = 'fast' | 'app';
const makeWorker = (mode: Mode) => (mode === 'app' ? takeImportWorker() : new Worker(new URL('./ingest.worker.ts', import.meta.url), { type: 'module' }));
// The app's worker is released as after an import that ended with its report (applied or closed): kept, warm, for the next.
const endWorker = (mode: Mode, w: Worker) => (mode === 'app' ? releaseImportWorker(w, true) : w.terminate());
import { setupMap, mapFrame, mapBare, setupCanvasMap, canvasFrame } from './map.tsx';

let bytes = new Uint8Array(0);
// Every import goes against the dataset a user of the app has before any import: the built-in one
// (its 50 units are known, so names are matched and suggested against them, as in the app).
const BASE = toPlain(loadBuiltin());
let kept: unknown = null;

/**
 * Longest main-thread busy stretch: Long Tasks (≥ 50 ms) plus a heartbeat for shorter ones. The
 * heartbeat is a timer every few milliseconds, not a loop of zero-delay messages: that loop kept
 * the page's main thread busy through the whole import (~530 ms of CPU in a 600 ms legacy import),
 * taking a core from the import worker and its garbage collector on a 2-core machine, which the
 * bare parse it is compared with never had to share.
 */
function watchMainThread() {
  let longest = 0;
  const obs = new PerformanceObserver((list) => { for (const e of list.getEntries()) longest = Math.max(longest, e.duration); });
  obs.observe({ type: 'longtask', buffered: false });
  let last = performance.now();
  let beat = 0;
  const timer = setInterval(() => {
    const now = performance.now();
    beat = Math.max(beat, now - last);
    last = now;
  }, HEARTBEAT_MS);
  return async () => {
    await new Promise((r) => setTimeout(r, 100));
    clearInterval(timer);
    for (const e of obs.takeRecords()) longest = Math.max(longest, e.duration);
    obs.disconnect();
    return { longtask: longest, heartbeat: beat };
  };
}
/** The heartbeat's period: a gap is measured to within it. */
const HEARTBEAT_MS = 4;

const bench = {
  async load(url: string) {
    bytes = new Uint8Array(await (await fetch(url)).arrayBuffer());
    return bytes.length;
  },

  /** Bare baseline: decode + Papa.parse to arrays, main thread, no validation. */
  papa(encoding = 'utf-8') {
    const t0 = performance.now();
    const text = new TextDecoder(encoding).decode(bytes);
    const res = Papa.parse<string[]>(text, { header: false, skipEmptyLines: false, dynamicTyping: false });
    const ms = performance.now() - t0;
    return { ms, rows: res.data.length };
  },

  /** Bare baseline for JSON: decode + JSON.parse, main thread. */
  json() {
    const t0 = performance.now();
    const data = JSON.parse(new TextDecoder().decode(bytes)) as unknown[];
    return { ms: performance.now() - t0, rows: data.length };
  },

  /**
   * The whole path: bytes to the worker, decode/parse/validate there, the report back; in 'fast'
   * mode the table's columns come too and the table is built here (as after the app's apply).
   */
  async ingest(mode: Mode, name: string, limitRows = 0) {
    let src = bytes;
    if (limitRows) {
      // First N lines only (for the slow path, which cannot finish the national file).
      let lines = 0;
      let k = 0;
      while (k < bytes.length && lines < limitRows) { if (bytes[k] === 10) lines++; k++; }
      src = bytes.subarray(0, k);
    }
    const copy = src.slice();
    const stop = watchMainThread();
    const t0 = performance.now();
    const worker = makeWorker(mode);
    let why = '';
    let progressEvents = 0;
    let sentAt = 0;
    let doneLag = 0;
    let dataMs = 0;
    const collector = new ResultCollector();
    let t1 = 0;
    let columns: TableColumns | null = null;
    const r = await new Promise<NonNullable<ReturnType<ResultCollector['accept']>>>((resolve, reject) => {
      worker.onmessage = (e: MessageEvent<WorkerMessage | { type: 'fallback'; why: string } | { type: 'columns'; columns: TableColumns }>) => {
        const t = performance.now();
        const m = e.data; // Blink deserialises the message on first access
        if (m.type === 'columns') { columns = m.columns; dataMs = performance.now() - t; return; }
        if (m.type === 'part') collector.accept(m);
        else if (m.type === 'done') { doneLag = performance.timeOrigin + performance.now() - sentAt; t1 = performance.now(); resolve(collector.accept(m)!); }
        else if (m.type === 'failed') reject(new Error(m.message));
        else if (m.type === 'fallback') { why = m.why; sentAt = (m as unknown as { sentAt: number }).sentAt; }
        else progressEvents++;
      };
      worker.onerror = (e) => reject(new Error(e.message));
      const req: Extract<WorkerRequest, { type: 'ingest' }> = { type: 'ingest', id: 1, bytes: copy.buffer, file: name, opts: {}, base: BASE };
      worker.postMessage(req, [copy.buffer]);
    });
    // The table is indexed in a task of its own, as the app does after its apply (runImport.ts).
    let table: ObservationTable | null = null;
    if (columns) { await new Promise((r) => { setTimeout(r, 0); }); table = ObservationTable.fromColumns(columns); }
    const ms = performance.now() - t0;
    const fromWireMs = ms - (t1 - t0);
    endWorker(mode, worker);
    const main = await stop();
    kept = [r, table];
    const full = table as ObservationTable | null;
    return {
      ms, fromWireMs, doneLag, dataMs, rows: r.table.size, main, fallback: why, progressEvents, bytes: src.length,
      ok: r.ok, fatal: r.fatal, layout: r.layout, dataRows: r.dataRows,
      errors: r.issues.filter((i) => i.severity === 'error').length,
      // A grouped warning (units not in the reference) counts each unit, as the report does.
      warnings: r.issues.reduce((n, i) => n + (i.severity === 'warning' ? issueCount(i) : 0), 0),
      firstIssues: r.issues.slice(0, 3).map((i) => `${i.severity} ${i.code} row ${i.row}`),
      units: r.table.unitCodes.length, years: full ? full.years().length : null, indicators: r.table.indicatorIds.length,
    };
  },

  /** Bare baseline on the first N lines (to compare with the slow path on the same bytes). */
  papaPart(limitRows: number) {
    let lines = 0;
    let k = 0;
    while (k < bytes.length && lines < limitRows) { if (bytes[k] === 10) lines++; k++; }
    const t0 = performance.now();
    const text = new TextDecoder().decode(bytes.subarray(0, k));
    const res = Papa.parse<string[]>(text, { header: false, skipEmptyLines: false, dynamicTyping: false });
    return { ms: performance.now() - t0, rows: res.data.length };
  },

  /** Bare baseline for a workbook: the XLSX reader the app uses (read-excel-file), every sheet to rows. */
  async xlsx() {
    const { default: readXlsxFile } = await import('read-excel-file/universal');
    const t0 = performance.now();
    const sheets = await readXlsxFile(bytes.slice().buffer);
    const ms = performance.now() - t0;
    return { ms, rows: sheets.reduce((n, s) => n + s.data.length, 0) };
  },

  /**
   * The same bare parse in a fresh worker, cold as the app's import worker is (its time inside the
   * worker, from the bytes' arrival; the XLSX reader's chunk is loaded within it, as the app's is).
   */
  async coldBare(bare: 'papa' | 'xlsx' | 'json', encoding?: string) {
    const w = new Worker(new URL('./bare.worker.ts', import.meta.url), { type: 'module' });
    const copy = bytes.slice();
    try {
      return await new Promise<{ ms: number; rows: number }>((resolve, reject) => {
        w.onmessage = (e: MessageEvent<{ ms: number; rows: number }>) => resolve(e.data);
        w.onerror = (e) => reject(new Error(e.message));
        w.postMessage({ bytes: copy.buffer, bare, encoding }, [copy.buffer]);
      });
    } finally { w.terminate(); }
  },

  drop() { kept = null; return true; },
  hasKept() { return kept !== null; },
  dropBytes() { bytes = new Uint8Array(0); return true; },

  setupMap, mapFrame, mapBare, setupCanvasMap, canvasFrame,
};

(window as unknown as { bench: typeof bench }).bench = bench;
document.getElementById('status')!.textContent = 'ready';
