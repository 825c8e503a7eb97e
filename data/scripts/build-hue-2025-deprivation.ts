/**
 * Writes data/hue-2025/deprivation.csv: an ILLUSTRATIVE deprivation profile for Huế's 40
 * commune-level units of 1 Jul 2025 — the number of poor households deprived on each of the 12
 * indicators of the 2022–2025 standard (src/domain/deprivation/lists.ts), end-2025.
 *
 * No published per-unit breakdown was found, so the figures are made up, deterministically:
 * - each unit's poor households are its illustrative 2025 figure in data/hue-2025/observations.csv;
 * - a base share per indicator (below), times a seeded factor between 0.6 and 1.4 per unit and
 *   indicator; units formed from communes of the former mountain districts A Lưới (481) and Nam
 *   Đông (483), per data/hue-2025/crosswalk.csv, get 1.6× on housing, water, toilet and information;
 * - count = round(share × poor), never above poor; the city (46) is the sum of the 40 units.
 * Run: npx tsx data/scripts/build-hue-2025-deprivation.ts
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';
import { mulberry32 } from '../../test/lib/prng.mjs';

const dir = join(dirname(fileURLToPath(import.meta.url)), '..', 'hue-2025');
const YEAR = 2025;
const SOURCE = 'illustrative: see data/README.md (Huế 2025 deprivation profile)';
const SOURCE_VI = 'minh họa: xem data/README.md (cơ cấu thiếu hụt của Huế 2025)';

// Base share of the poor deprived (%), a made-up but plausible shape: poor households receive a
// free health-insurance card, so that deprivation is rare; employment and sanitation are common.
const BASE: [string, number][] = [
  ['dep_employment', 38], ['dep_dependants', 30], ['dep_nutrition', 12], ['dep_health_insurance', 6],
  ['dep_adult_education', 24], ['dep_school_attendance', 9], ['dep_housing_quality', 22], ['dep_housing_area', 14],
  ['dep_water', 18], ['dep_toilet', 26], ['dep_telecom', 10], ['dep_information_assets', 16],
];
const MOUNTAIN_BOOST = new Set(['dep_housing_quality', 'dep_housing_area', 'dep_water', 'dep_toilet', 'dep_telecom', 'dep_information_assets']);

const lines = (f: string) => readFileSync(join(dir, f), 'utf8').trim().split('\n').slice(1).map((l) => l.split(','));
const poor = new Map(lines('observations.csv').filter((c) => c[1] === String(YEAR) && c[2] === 'poor_households' && c[0] !== '46').map((c) => [c[0]!, Number(c[3])]));
if (poor.size !== 40) throw new Error(`expected 40 units with 2025 poor households, found ${poor.size}`);
const mountain = new Set(lines('crosswalk.csv').filter((c) => c[4] === '481' || c[4] === '483').map((c) => c[0]!));

const rnd = mulberry32(2025);
const out = ['unit_code,year,indicator,value,status,source,note,note_vi,source_vi'];
const city = new Map<string, number>();
for (const [code, p] of [...poor.entries()].sort((a, b) => a[0].localeCompare(b[0]))) {
  for (const [id, base] of BASE) {
    const share = Math.min(95, base * (0.6 + 0.8 * rnd()) * (mountain.has(code) && MOUNTAIN_BOOST.has(id) ? 1.6 : 1));
    const n = Math.min(p, Math.round((share / 100) * p));
    city.set(id, (city.get(id) ?? 0) + n);
    out.push(`${code},${YEAR},${id},${n},illustrative,${SOURCE},,,${SOURCE_VI}`);
  }
}
for (const [id] of BASE) out.push(`46,${YEAR},${id},${city.get(id)},illustrative,${SOURCE},sum of the 40 units,tổng của 40 đơn vị,${SOURCE_VI}`);
writeFileSync(join(dir, 'deprivation.csv'), `${out.join('\n')}\n`);
console.log(`wrote ${out.length - 1} rows (${mountain.size} mountain units)`);
