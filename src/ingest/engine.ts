/** The import engine: one entry for every shape of file. */
export { ingest as importFile } from './pipeline.ts';
