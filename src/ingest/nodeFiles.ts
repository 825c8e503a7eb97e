/** The built-in units read with Node's fs, for ingest tests and the CLI (no Vite `?raw` import). */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { readTidyUnits } from './tidy.ts';
import type { Unit } from '../domain/units.ts';

export function builtinUnitsFromDisk(): Unit[] {
  return readTidyUnits(readFileSync(fileURLToPath(new URL('../../data/thua-thien-hue/units.csv', import.meta.url)), 'utf8'));
}

export function fixture(name: string): Uint8Array {
  return new Uint8Array(readFileSync(fileURLToPath(new URL(`../../test/fixtures/import/${name}`, import.meta.url))));
}
