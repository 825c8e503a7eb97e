/**
 * The import engine: one entry for every shape of file. A clean long UTF-8 CSV is read by the
 * streaming reader (stream.ts: no grid, typed columns written as it scans); every other shape by
 * the pipeline's column passes (pipeline.ts → collect.ts). Both run the one set of check rules,
 * checks.ts `runChecks`, on typed columns, and give the same result: engine.equivalence.test.ts
 * holds them to the outputs the full pipeline gave.
 */
export { ingestFast as importFile } from './stream.ts';
