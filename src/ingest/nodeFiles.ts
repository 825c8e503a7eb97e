/** Node-only helpers (fs) for the CLI and tests: the built-in units and fixtures. Never imported by the app. */
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
