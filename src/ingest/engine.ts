/**
 * The import engine: one entry for every shape of file. CSV and TSV text in UTF-8, UTF-16,
 * Windows-1258 or Windows-1252 and JSON (records or arrays), long or wide (value columns with their
 * indicator or year in the header), with title rows, one or two header rows, total rows, notes,
 * numbers in either decimal style, rows the checks reject and the user's choices on the report, is
 * read by the streaming reader (stream.ts, streamJson.ts: no grid, typed columns written as it
 * reads). What it does not take (XLSX, unreadable JSON, a file with nothing accepted) goes through
 * the pipeline's column passes (pipeline.ts → collect.ts). Both run the one set of check rules,
 * checks.ts `runChecks`, on typed columns, and give the same result: engine.equivalence.test.ts
 * holds them to the outputs the full pipeline gave.
 */
export { ingestFast as importFile } from './stream.ts';
