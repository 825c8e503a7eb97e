/** The built-in dataset, bundled at build time so the app never reads ../shared at run time. */
import observationsCsv from '../../data/thua-thien-hue/observations.csv?raw';
import unitsCsv from '../../data/thua-thien-hue/units.csv?raw';
import targetsCsv from '../../data/thua-thien-hue/targets.csv?raw';
import hueUnitsCsv from '../../data/hue-2025/units.csv?raw';
import hueNamesCsv from '../../data/hue-2025/unit-names.csv?raw';
import hueObservationsCsv from '../../data/hue-2025/observations.csv?raw';
import hueCrosswalkCsv from '../../data/hue-2025/crosswalk.csv?raw';
import { applyUnitNames, readTidyObservations, readTidyTargets, readTidyUnits } from '../ingest/tidy.ts';
import { readCrosswalk } from '../ingest/crosswalkFile.ts';
import { UnitRegistry } from '../domain/units.ts';
import { deriveRates } from '../domain/derive.ts';
import { mergeTables } from '../domain/tableBuilder.ts';
import { VN_STANDARDS } from '../domain/standards.ts';
import type { Crosswalk } from '../domain/crosswalk.ts';
import type { Dataset } from '../domain/dataset.ts';

export const BUILTIN_ID = 'builtin-thua-thien-hue';

/** Huế's 2025 crosswalk: old communes into the 40 units of 1 Jul 2025 (data/hue-2025/crosswalk.csv). */
export function hueCrosswalk2025(): Crosswalk {
  return readCrosswalk(hueCrosswalkCsv, {
    id: 'hue-2025-07-01',
    label: { vi: 'Sắp xếp đơn vị hành chính cấp xã của thành phố Huế (1/7/2025)', en: 'Huế commune-level reorganisation (1 Jul 2025)' },
    effective: '2025-07-01',
    source: 'Nghị quyết 1675/NQ-UBTVQH15; Công văn 1027/CTK-CSCL',
  }).crosswalk;
}

export function loadBuiltin(): Dataset {
  const observations = mergeTables(
    readTidyObservations(observationsCsv, 'data/thua-thien-hue/observations.csv'),
    readTidyObservations(hueObservationsCsv, 'data/hue-2025/observations.csv'),
    'merge',
  );
  const { table } = deriveRates(observations);
  // City 46 continues through the reform under a new name: it is one unit with two names.
  const units = applyUnitNames(readTidyUnits(unitsCsv), hueNamesCsv).map((u) => (u.code === '46' ? { ...u, validTo: null } : u));
  return {
    id: BUILTIN_ID,
    title: { vi: 'Huế (Thừa Thiên Huế), 2021–2025', en: 'Hue (Thua Thien Hue), 2021–2025' },
    rootUnit: '46',
    units: new UnitRegistry([...units, ...readTidyUnits(hueUnitsCsv)]),
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
  };
}
