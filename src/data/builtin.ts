/** The built-in dataset, bundled at build time so the app never reads ../shared at run time. */
import observationsCsv from '../../data/thua-thien-hue/observations.csv?raw';
import unitsCsv from '../../data/thua-thien-hue/units.csv?raw';
import targetsCsv from '../../data/thua-thien-hue/targets.csv?raw';
import hueUnitsCsv from '../../data/hue-2025/units.csv?raw';
import hueNamesCsv from '../../data/hue-2025/unit-names.csv?raw';
import hueObservationsCsv from '../../data/hue-2025/observations.csv?raw';
import hueCrosswalkCsv from '../../data/hue-2025/crosswalk.csv?raw';
import tilesCsv from '../../data/hue-2025/tiles.csv?raw';
import goalsCsv from '../../data/hue-2025/goals.csv?raw';
import { readTidyObservations, readTidyTargets } from '../ingest/tidy.ts';
import { builtinUnits, hueCrosswalk, readGoals } from './compose.ts';
import hueDeprivationCsv from '../../data/hue-2025/deprivation.csv?raw';
import { UnitRegistry } from '../domain/units.ts';
import { deriveRates } from '../domain/derive.ts';
import { mergeTables } from '../domain/tableBuilder.ts';
import { VN_STANDARDS } from '../domain/standards.ts';
import type { Crosswalk } from '../domain/crosswalk.ts';
import type { Dataset } from '../domain/dataset.ts';

export const BUILTIN_ID = 'builtin-thua-thien-hue';

export function hueCrosswalk2025(): Crosswalk {
  return hueCrosswalk(hueCrosswalkCsv);
}

export function loadBuiltin(): Dataset {
  const observations = mergeTables(
    mergeTables(
      readTidyObservations(observationsCsv, 'data/thua-thien-hue/observations.csv'),
      readTidyObservations(hueObservationsCsv, 'data/hue-2025/observations.csv'),
      'merge',
    ),
    // Illustrative deprivation profile of the 40 units (data/scripts/build-hue-2025-deprivation.ts).
    readTidyObservations(hueDeprivationCsv, 'data/hue-2025/deprivation.csv'),
    'merge',
  );
  const { table } = deriveRates(observations);
  return {
    id: BUILTIN_ID,
    title: { vi: 'Huế (Thừa Thiên Huế), 2021–2025', en: 'Hue (Thua Thien Hue), 2021–2025' },
    rootUnit: '46',
    units: new UnitRegistry(builtinUnits({ tthUnits: unitsCsv, unitNames: hueNamesCsv, hueUnits: hueUnitsCsv, tiles: tilesCsv })),
    table,
    targets: readTidyTargets(targetsCsv, 'data/thua-thien-hue/targets.csv'),
    standards: VN_STANDARDS,
    status: 'mixed',
    sources: [
      { label: 'nld.com.vn (28/11/2025)', url: 'https://nld.com.vn/thanh-pho-hue-tien-toi-khong-con-ho-ngheo-196251128155531057.htm' },
      { label: 'danviet.vn (06/01/2024)', url: 'https://danviet.vn/giam-ty-le-ho-ngheo-dieu-kien-quan-trong-dua-thua-thien-hue-len-thanh-pho-truc-thuoc-trung-uong-truoc-nam-2025-20240106101452958.htm' },
      { label: 'quangvinh.thuathienhue.gov.vn', url: 'https://quangvinh.thuathienhue.gov.vn/?cn=236&gd=4&tc=33422' },
      { label: 'thuathienhue.org', url: 'https://thuathienhue.org/nam-2022-a-luoi-phan-dau-giam-ty-le-ho-ngheo-xuong-1018/' },
      { label: 'Kế hoạch 440/KH-UBND' },
      { label: 'Nghị quyết 1675/NQ-UBTVQH15 (16/6/2025)' },
      { label: 'Công văn 1027/CTK-CSCL (25/6/2025)' },
    ],
    crosswalks: [hueCrosswalk2025()],
    goals: readGoals(goalsCsv),
  };
}
