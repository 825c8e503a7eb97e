/// <reference lib="webworker" />
// The bare parse of `ingest_shapes` in a fresh worker: the app imports in a fresh (cold) worker,
// while the page's bare parse warms up over the runs. This one is cold every time, as the import is.
import Papa from 'papaparse';

const scope = self as unknown as DedicatedWorkerGlobalScope;

scope.onmessage = async (e: MessageEvent<{ bytes: ArrayBuffer; bare: 'papa' | 'xlsx' | 'json'; encoding?: string }>) => {
  const { bytes, bare, encoding } = e.data;
  const t0 = performance.now();
  let rows: number;
  if (bare === 'xlsx') {
    const { default: readXlsxFile } = await import('read-excel-file/universal');
    rows = (await readXlsxFile(bytes)).reduce((n, s) => n + s.data.length, 0);
  } else if (bare === 'json') {
    rows = (JSON.parse(new TextDecoder().decode(bytes)) as unknown[]).length;
  } else {
    rows = Papa.parse<string[]>(new TextDecoder(encoding ?? 'utf-8').decode(bytes), { header: false, skipEmptyLines: false, dynamicTyping: false }).data.length;
  }
  scope.postMessage({ ms: performance.now() - t0, rows });
};
