// The bench's budgets and the table `npm run bench` prints (the JSON carries the same figures).
export const BUDGET = { ratio_vs_papaparse: 1.2, main_thread_longest_task_ms: 50, bytes_per_observation: 40, frame_ms: 16, initial_js_gzip_kb: 250, shape_ratio: 1.5 };

/** One line per figure: name, value, budget. */
export function table(res) {
  const rows = [
    ['ingest rows', res.ingest.rows, ''],
    ['ingest whole path (ms)', res.ingest.ms, ''],
    ['bare Papa.parse (ms)', res.ingest.papaparse_ms, ''],
    ['ratio vs Papa.parse', res.ingest.ratio_vs_papaparse, `≤ ${BUDGET.ratio_vs_papaparse}`],
    ['longest main-thread task (ms)', res.ingest.main_thread_longest_task_ms, `≤ ${BUDGET.main_thread_longest_task_ms}`],
    ['retained bytes / observation', res.ingest.bytes_per_observation, `≤ ${BUDGET.bytes_per_observation}`],
    ['map units', res.map.units, ''],
    ['map year change (ms)', res.map.frame_ms, `≤ ${BUDGET.frame_ms}`],
    ['bare d3-geo repaint (ms)', res.map.bare_ms, ''],
    ['first render (ms)', res.first_render_ms, ''],
    ['app: pick national file → report (ms)', res.app_import.ms_to_report, ''],
    ['app: apply → overview (ms)', res.app_import.ms_apply_to_overview, ''],
    ['app: longest task while importing (ms)', res.app_import.longest_task_during_import_ms, ''],
    ['app: apply → data loaded (ms)', res.app_import.ms_apply_to_applied, ''],
    ['app: longest task while applying (ms)', res.app_import.longest_task_during_apply_ms, ''],
    ['app: longest task opening the overview (ms)', res.app_import.longest_task_opening_overview_ms, ''],
    ['app: overview → map drawn (ms)', res.app_import.ms_to_map, ''],
    ['app: longest task opening the map (ms)', res.app_import.longest_task_opening_map_ms, ''],
    ...Object.entries(res.ingest_shapes).map(([k, v]) => [`shape ${k}: ms / bare ms / ratio`, `${v.ms} / ${v.papaparse_ms} / ${v.ratio_vs_papaparse}`, `≤ ${BUDGET.shape_ratio}`]),
    ['initial JS gzip (KB)', res.bundle.initial_js_gzip_kb, `≤ ${BUDGET.initial_js_gzip_kb}`],
    ['total JS gzip (KB)', res.bundle.total_js_gzip_kb, ''],
  ];
  const w = Math.max(...rows.map((r) => r[0].length));
  return rows.map(([k, v, b]) => `${k.padEnd(w)}  ${String(v).padStart(10)}  ${b}`).join('\n');
}
