/**
 * Builds the built-in Thừa Thiên Huế dataset (data/thua-thien-hue/*.csv).
 * Published figures are written as they were published. Figures no source gives (district
 * households and the poor households of seven districts) are illustrative: spread by fixed
 * weights and rounded by largest remainder so that districts add up exactly to the published
 * province totals. Run: npx tsx data/scripts/build-tth.ts
 */
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';
import { splitWhole } from '../../src/domain/allocation/largestRemainder.ts';

const out = join(dirname(fileURLToPath(import.meta.url)), '..', 'thua-thien-hue');

const SRC = {
  nld: 'https://nld.com.vn/thanh-pho-hue-tien-toi-khong-con-ho-ngheo-196251128155531057.htm',
  danviet: 'https://danviet.vn/giam-ty-le-ho-ngheo-dieu-kien-quan-trong-dua-thua-thien-hue-len-thanh-pho-truc-thuoc-trung-uong-truoc-nam-2025-20240106101452958.htm',
  quangvinh: 'https://quangvinh.thuathienhue.gov.vn/?cn=236&gd=4&tc=33422',
  ttho: 'https://thuathienhue.org/nam-2022-a-luoi-phan-dau-giam-ty-le-ho-ngheo-xuong-1018/',
  baomoi: 'https://baomoi.net.vn/phat-huy-tiem-nang-loi-the-de-a-luoi-thoat-ngheo-ben-vung-c50118070.epi',
  nongnghiep: 'https://nongnghiep.vn/huyen-a-luoi-thoat-ngheo-d398682.html',
  mattran: 'https://mattran.thuathienhue.gov.vn/?cn=99&gd=1&tc=93185',
  plan440: 'Kế hoạch 440/KH-UBND, as reported in the news article "Thừa Thiên Huế: Phát huy sức mạnh hệ thống chính trị trong công tác giảm nghèo bền vững" (22/12/2024)',
};
const ILLUSTRATIVE = 'illustrative: see data/README.md (method)';
// The same pointer for a Vietnamese screen (source_vi); a published source is a link and needs none.
const ILLUSTRATIVE_VI = 'minh họa: xem data/README.md (phương pháp)';

const PROVINCE = '46';
const AL = '481';
// code, name vi, name en, illustrative 2021 household share weight, illustrative 2021 rate (%), yearly decay of the rate
const DISTRICTS: [string, string, string, number, number, number][] = [
  ['474', 'Thành phố Huế', 'Hue City', 117250, 0.9, 0.62],
  ['476', 'Huyện Phong Điền', 'Phong Dien District', 27000, 5.6, 0.66],
  ['477', 'Huyện Quảng Điền', 'Quang Dien District', 23000, 4.6, 0.64],
  ['478', 'Huyện Phú Vang', 'Phu Vang District', 43000, 4.1, 0.63],
  ['479', 'Thị xã Hương Thủy', 'Huong Thuy Town', 30000, 2.1, 0.6],
  ['480', 'Thị xã Hương Trà', 'Huong Tra Town', 26500, 3.4, 0.62],
  ['481', 'Huyện A Lưới', 'A Luoi District', 0, 0, 0],
  ['482', 'Huyện Phú Lộc', 'Phu Loc District', 38000, 5.0, 0.64],
  ['483', 'Huyện Nam Đông', 'Nam Dong District', 5900, 24.0, 0.72],
];

// Published province figures (poor households, rate %) and illustrative totals consistent with them.
const PROV: Record<number, { poor: number; rate: number; src: string; households: number }> = {
  2021: { poor: 16006, rate: 4.93, src: SRC.nld, households: 324700 },
  2022: { poor: 11735, rate: 3.56, src: SRC.nld, households: 329600 },
  2023: { poor: 7540, rate: 2.27, src: SRC.danviet, households: 332100 },
  2024: { poor: 4689, rate: 1.4, src: SRC.nld, households: 334900 },
};
// A Lưới: published poor households and rate; households solved from them (illustrative where noted).
const ALUOI: Record<number, { poor: number; rate?: number; src?: string; note?: string; households: number; expected?: true }> = {
  2021: { poor: 7022, rate: 49.98, src: SRC.ttho, households: 14050 },
  2022: { poor: 5413, households: 14170, note: 'no end-2022 figure found; close to the 38.2% baseline cited without a date in ' + SRC.mattran },
  2023: { poor: 3485, rate: 24.4, src: SRC.danviet, households: 14283, note: 'nongnghiep.vn gives 24.3%' },
  2024: { poor: 2057, rate: 14.34, src: SRC.nongnghiep, households: 14344, expected: true, note: 'expected end-2024 figure stated in Sept 2024, not a final result; poor households from ' + SRC.baomoi },
};


const esc = (s: string | number) => { const t = String(s); return /[",\n]/.test(t) ? `"${t.replace(/"/g, '""')}"` : t; };
const csv = (rows: (string | number)[][]) => rows.map((r) => r.map(esc).join(',')).join('\n') + '\n';

// Each note in Vietnamese too (note_vi), so a Vietnamese screen never shows an English note.
const NOTE_VI: Record<string, string> = {
  'quangvinh.thuathienhue.gov.vn gives 16002': 'quangvinh.thuathienhue.gov.vn ghi 16.002',
  'chosen so that poor / total rounds to the published rate': 'chọn sao cho số hộ nghèo / tổng số hộ làm tròn đúng tỷ lệ đã công bố',
  'solved from the published poor households and rate': 'tính ngược từ số hộ nghèo và tỷ lệ đã công bố',
  [ALUOI[2022]!.note!]: 'không tìm thấy số liệu cuối năm 2022; gần với mức 38,2% được nêu (không ghi thời điểm) tại ' + SRC.mattran,
  [ALUOI[2023]!.note!]: 'nongnghiep.vn ghi 24,3%',
  [ALUOI[2024]!.note!]: 'số liệu dự kiến cuối năm 2024 nêu vào tháng 9/2024, chưa phải kết quả chính thức; số hộ nghèo theo ' + SRC.baomoi,
};
const noteVi = (en: string | number): string => {
  if (en === '') return '';
  const vi = NOTE_VI[String(en)];
  if (vi === undefined) throw new Error(`no Vietnamese for the note "${en}"`);
  return vi;
};

const obs: (string | number)[][] = [['unit_code', 'year', 'indicator', 'value', 'status', 'source', 'note']];
const others = DISTRICTS.filter((d) => d[0] !== AL);
for (const year of [2021, 2022, 2023, 2024]) {
  const p = PROV[year]!;
  const a = ALUOI[year]!;
  obs.push([PROVINCE, year, 'poor_households', p.poor, 'published', p.src, year === 2021 ? 'quangvinh.thuathienhue.gov.vn gives 16002' : '']);
  obs.push([PROVINCE, year, 'poverty_rate', p.rate, 'published', p.src, '']);
  obs.push([PROVINCE, year, 'total_households', p.households, 'illustrative', ILLUSTRATIVE, 'chosen so that poor / total rounds to the published rate']);
  const t = year - 2021;
  const hh = splitWhole(p.households - a.households, others.map((d) => d[3] * (1 + 0.01 * t)));
  const poorW = others.map((d, i) => hh[i]! * d[4] * Math.pow(d[5], t));
  const poor = splitWhole(p.poor - a.poor, poorW);
  others.forEach((d, i) => {
    obs.push([d[0], year, 'total_households', hh[i]!, 'illustrative', ILLUSTRATIVE, '']);
    obs.push([d[0], year, 'poor_households', poor[i]!, 'illustrative', ILLUSTRATIVE, '']);
  });
  obs.push([AL, year, 'total_households', a.households, 'illustrative', ILLUSTRATIVE, a.rate ? 'solved from the published poor households and rate' : '']);
  // A figure stated before the year's review ("dự kiến") is expected, never published.
  const kind = a.expected ? 'expected' : 'published';
  obs.push([AL, year, 'poor_households', a.poor, a.src ? kind : 'illustrative', a.src ?? ILLUSTRATIVE, a.note ?? '']);
  if (a.rate !== undefined) obs.push([AL, year, 'poverty_rate', a.rate, kind, a.src!, a.note ?? '']);
}
// Near-poor figures that were published.
obs.push([PROVINCE, 2023, 'near_poor_households', 9002, 'published', SRC.danviet, '']);
obs.push([PROVINCE, 2023, 'near_poor_rate', 2.71, 'published', SRC.danviet, '']);
obs.push([AL, 2021, 'near_poor_households', 2185, 'published', SRC.ttho, '']);
obs.push([AL, 2021, 'near_poor_rate', 15.55, 'published', SRC.ttho, '']);
obs.push([AL, 2023, 'near_poor_households', 2253, 'published', SRC.danviet, '']);
obs.push([AL, 2023, 'near_poor_rate', 15.65, 'published', SRC.danviet, '']);

const units: (string | number)[][] = [['code', 'level', 'parent', 'name_vi', 'name_en', 'valid_from', 'valid_to', 'tags']];
units.push([PROVINCE, 'province', '', 'Thừa Thiên Huế', 'Thua Thien Hue Province', '', 2024, '']);
for (const d of DISTRICTS) units.push([d[0], 'district', PROVINCE, d[1], d[2], '', 2024, d[0] === AL || d[0] === '483' ? 'mountain' : '']);

// A target keeps what its source said: the level, a stated cut in pp, its base year. Household
// targets stay separate rows; the app pairs them with the rate target of the same unit and year.
const targets: (string | number)[][] = [['unit_code', 'indicator', 'year', 'value', 'base_year', 'stated_cut_pp', 'source', 'note']];
targets.push([PROVINCE, 'poverty_rate', 2023, 3.17, 2022, 0.96, SRC.plan440, 'the plan states a cut of 0.96 pp in 2023, to 3.17%']);
targets.push([PROVINCE, 'poverty_rate', 2025, 1.84, 2021, '', SRC.quangvinh, 'set at the 2022 allocation meeting, with 6,450 poor households']);
targets.push([PROVINCE, 'poor_households', 2025, 6450, 2021, '', SRC.quangvinh, 'set at the 2022 allocation meeting, with a rate of 1.84%']);
targets.push([AL, 'poverty_rate', 2023, 24.91, 2022, '', SRC.mattran, 'plan to exit poor-district status']);
targets.push([AL, 'poverty_rate', 2025, 12.1, 2021, '', SRC.quangvinh, 'province allocation meeting; the district plan says under 12.01%']);
targets.push([AL, 'poor_households', 2025, 1826, 2021, '', SRC.quangvinh, 'the district plan says 1784']);

writeFileSync(join(out, 'observations.csv'), csv(obs.map((r, i) => [...r, i === 0 ? 'note_vi' : noteVi(r[6]!), i === 0 ? 'source_vi' : r[5] === ILLUSTRATIVE ? ILLUSTRATIVE_VI : ''])));
writeFileSync(join(out, 'units.csv'), csv(units));
writeFileSync(join(out, 'targets.csv'), csv(targets));
console.log(`wrote ${obs.length - 1} observations, ${units.length - 1} units, ${targets.length - 1} targets`);
