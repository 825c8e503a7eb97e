/** Node-only helpers (fs) for the CLI and tests: the built-in units and fixtures. Never imported by the app. */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Unit } from '../domain/units.ts';
import type { Crosswalk } from '../domain/crosswalk.ts';
import { builtinUnits, hueCrosswalk } from '../data/compose.ts';

const dataFile = (path: string) => readFileSync(fileURLToPath(new URL(`../../data/${path}`, import.meta.url)), 'utf8');

/** Every built-in unit of every vintage (the CLI matches files against them). */
export function builtinUnitsFromDisk(): Unit[] {
  return builtinUnits({ tthUnits: dataFile('thua-thien-hue/units.csv'), unitNames: dataFile('hue-2025/unit-names.csv'), hueUnits: dataFile('hue-2025/units.csv'), tiles: dataFile('hue-2025/tiles.csv') });
}

export function builtinCrosswalksFromDisk(): Crosswalk[] {
  return [hueCrosswalk(dataFile('hue-2025/crosswalk.csv'))];
}

export function fixture(name: string): Uint8Array {
  return new Uint8Array(readFileSync(fileURLToPath(new URL(`../../test/fixtures/import/${name}`, import.meta.url))));
}
