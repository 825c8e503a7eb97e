/**
 * The import engine: one entry for every shape of file. CSV and TSV text in UTF-8, Windows-1258 or
 * Windows-1252, long or wide (value columns with their indicator or year in the header), with
 * title rows, total rows, notes and numbers in either decimal style, is read by the streaming
 * reader (stream.ts: no grid, typed columns written as it scans). Every other shape (XLSX, JSON,
 * UTF-16, two header rows, import options, empty or unusual cells, rows the checks reject) goes
 * through the pipeline's column passes (pipeline.ts → collect.ts). Both run the one set of check
 * rules, checks.ts `runChecks`, on typed columns, and give the same result:
 * engine.equivalence.test.ts holds them to the outputs the full pipeline gave.
 */
export { ingestFast as importFile } from './stream.ts';
