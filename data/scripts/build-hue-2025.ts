/**
 * Builds Huế's units after the 2025 reform (data/hue-2025/*.csv):
 * - units.csv: the 40 commune-level units valid from 1 Jul 2025, codes and names from the
 *   Statistics Office code list (Official Letter 1027/CTK-CSCL), and city 46 with its two names;
 * - crosswalk.csv: which old communes went into each new unit, read from the text of
 *   Resolution 1675/NQ-UBTVQH15 Article 1 (old communes are named there without codes), with the
 *   district (of 2021–2024) each old commune belonged to;
 * - observations.csv: the end-2025 expected city figure (published as an expectation) and
 *   illustrative 2025 figures for the 40 units that add up to it.
 * The script reads the two documents' texts from ../shared/data/reform/ (beside the repository).
 * Run: npx tsx data/scripts/build-hue-2025.ts
 */
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';
import { splitWhole } from '../../src/domain/allocation/largestRemainder.ts';

const here = dirname(fileURLToPath(import.meta.url));
const reform = join(here, '..', '..', '..', 'shared', 'data', 'reform');
const out = join(here, '..', 'hue-2025');
const EFFECTIVE = '2025-07-01';
const NLD = 'https://nld.com.vn/thanh-pho-hue-tien-toi-khong-con-ho-ngheo-196251128155531057.htm';
const RESOLUTION = 'Nghị quyết 1675/NQ-UBTVQH15 (16/6/2025), Điều 1';
const ILLUSTRATIVE = 'illustrative: see data/README.md (Huế 2025 method)';
const ILLUSTRATIVE_VI = 'minh họa: xem data/README.md (phương pháp cho Huế 2025)';

// --- the code list: 40 codes and names -------------------------------------------------------
const codeList = readFileSync(join(reform, '1027_CTK-CSCL_hue.md'), 'utf8');
const units: { code: string; name: string }[] = [];
for (const line of codeList.split('\n')) {
  const m = /^\|\s*\d+\s*\|\s*(\d{5})\s*\|\s*(.+?)\s*\|/.exec(line);
  if (m) units.push({ code: m[1]!, name: m[2]!.replace(/<br>/g, ' ').replace(/\s+/g, ' ').replace(' - ', ' - ').trim() });
}
if (units.length !== 40) throw new Error(`expected 40 units in the code list, found ${units.length}`);
const fold = (s: string) => s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/đ/g, 'd').replace(/Đ/g, 'D').toLowerCase().replace(/\s+/g, ' ').trim();
const codeOf = (name: string) => {
  const hit = units.find((u) => fold(u.name) === fold(name));
  if (!hit) throw new Error(`no code for ${name}`);
  return hit.code;
};

// --- the resolution: old communes per new unit -------------------------------------------------
const text = readFileSync(join(reform, '1675_NQ-UBTVQH15.md'), 'utf8')
  .replace(/\\\n/g, ' ').replace(/\n/g, ' ').replace(/\s+/g, ' ')
  // The published text glues some words together ("phườngPhong Hiền", "Tiếnthành", "vàcác").
  .replace(/(phường|xã|của|và|trấn)(?=[A-ZĐÂĂÊÔƠƯ])/g, '$1 ')
  .replace(/củathị/g, 'của thị').replace(/vàcác/g, 'và các')
  .replace(/([a-zàáạảãâầấậẩẫăằắặẳẵèéẹẻẽêềếệểễìíịỉĩòóọỏõôồốộổỗơờớợởỡùúụủũưừứựửữỳýỵỷỹđ])(thành (phường|xã) mới)/g, '$1 $2')
  .replace(/([a-zàáạảãâầấậẩẫăằắặẳẵèéẹẻẽêềếệểễìíịỉĩòóọỏõôồốộổỗơờớợởỡùúụủũưừứựửữỳýỵỷỹđ])và([A-ZĐ])/g, '$1 và $2')
  .replace(/(\S)và (?=[A-ZĐ])/g, '$1 và ')
  .replace(/,(?=\S)/g, ', ');
const items = [...text.matchAll(/quy mô dân số (?:của|củа)\s+(.+?)\s+thành (phường|xã) mới có tên gọi là \*\*(phường|xã) (.+?)\*\*/g)];
if (items.length !== 39) throw new Error(`expected 39 merges in Article 1, found ${items.length}`);

const PREFIX: Record<string, string> = { 'phường': 'Phường', 'xã': 'Xã', 'thị trấn': 'Thị trấn' };
function oldNames(list: string): string[] {
  let prefix = '';
  const out: string[] = [];
  for (let part of list.replace(/ và /g, ', ').split(/,\s*/)) {
    part = part.trim();
    const m = /^(?:các )?(phường|xã|thị trấn) (.+)$/.exec(part);
    if (m) { prefix = PREFIX[m[1]!]!; part = m[2]!; }
    // A name that itself starts with "Phường" (Phường Đúc) keeps it.
    out.push(/^(Phường|Xã) /.test(part) ? part : `${prefix} ${part}`);
  }
  return out;
}

// District (2021–2024 codes) of each new unit; the four that span districts list theirs per old
// commune. Source: the districts the resolution's communes belonged to (Huế city grew in 2021 by
// Resolution 1264/NQ-UBTVQH14, so Thuận An, Phú Thượng, Hương Vinh, Hương Phong, Thủy Vân, Thủy
// Bằng, Long Hồ, Hương An and Dương Nỗ's communes count under 474 Huế here).
const DISTRICT_OF_NEW: Record<string, string> = {
  'Phong Điền': '476', 'Phong Thái': '476', 'Phong Dinh': '476', 'Phong Phú': '476',
  'Hương Trà': '480', 'Kim Trà': '480', 'Bình Điền': '480',
  'Kim Long': '474', 'Hương An': '474', 'Phú Xuân': '474', 'Vỹ Dạ': '474', 'Thuận Hóa': '474', 'An Cựu': '474', 'Thủy Xuân': '474', 'Dương Nỗ': '474',
  'Thanh Thủy': '479', 'Hương Thủy': '479', 'Phú Bài': '479',
  'Đan Điền': '477', 'Quảng Điền': '477',
  'Phú Vinh': '478', 'Phú Hồ': '478', 'Phú Vang': '478',
  'Vinh Lộc': '482', 'Hưng Lộc': '482', 'Lộc An': '482', 'Phú Lộc': '482', 'Chân Mây - Lăng Cô': '482',
  'Long Quảng': '483', 'Nam Đông': '483', 'Khe Tre': '483',
  'A Lưới 1': '481', 'A Lưới 2': '481', 'A Lưới 3': '481', 'A Lưới 4': '481', 'A Lưới 5': '481',
};
const DISTRICT_OF_OLD: Record<string, Record<string, string>> = {
  'Phong Quảng': { 'Phường Phong Hải': '476', 'Xã Quảng Công': '477', 'Xã Quảng Ngạn': '477' },
  'Thuận An': { 'Phường Thuận An': '474', 'Xã Phú Hải': '478', 'Xã Phú Thuận': '478' },
  'Mỹ Thượng': { 'Phường Phú Thượng': '474', 'Xã Phú An': '478', 'Xã Phú Mỹ': '478' },
  'Hóa Châu': { 'Phường Hương Phong': '474', 'Phường Hương Vinh': '474', 'Xã Quảng Thành': '477' },
};

type Link = { newCode: string; newName: string; oldName: string; change: 'whole' | 'unchanged'; district: string };
const links: Link[] = [];
for (const m of items) {
  const newName = `${PREFIX[m[3]!]} ${m[4]!.trim()}`;
  const bare = m[4]!.trim();
  const newCode = codeOf(newName);
  for (const oldName of oldNames(m[1]!)) {
    const district = DISTRICT_OF_OLD[bare]?.[oldName] ?? DISTRICT_OF_NEW[bare];
    if (!district) throw new Error(`no district for ${oldName} → ${newName}`);
    links.push({ newCode, newName, oldName, change: 'whole', district });
  }
}
// Article 1, item 40: Dương Nỗ is not rearranged.
links.push({ newCode: codeOf('Phường Dương Nỗ'), newName: 'Phường Dương Nỗ', oldName: 'Phường Dương Nỗ', change: 'unchanged', district: '474' });

// --- English names ----------------------------------------------------------------------------
const ascii = (s: string) => s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/đ/g, 'd').replace(/Đ/g, 'D');
const nameEn = (vi: string) => {
  const m = /^(Phường|Xã) (.+)$/.exec(vi)!;
  return `${ascii(m[2]!)} ${m[1] === 'Phường' ? 'Ward' : 'Commune'}`;
};

// --- illustrative 2025 figures ------------------------------------------------------------------
// Each district's 2024 households and poor households (the built-in illustrative figures, and
// A Lưới's expected ones) are shared among the new units by the number of old communes each
// took from it; then scaled to the city's 2025 totals and rounded by largest remainder.
const tth = readFileSync(join(here, '..', 'thua-thien-hue', 'observations.csv'), 'utf8').split('\n');
const d2024 = (code: string, ind: string) => Number(tth.find((l) => l.startsWith(`${code},2024,${ind},`))!.split(',')[3]);
const CITY_POOR = 3870; // expected, nld.com.vn 28/11/2025: "about 3,870 households"
const CITY_HOUSEHOLDS = 335400; // illustrative: 2024's 334,900 plus a little growth; 3,870 / 335,400 = 1.15% (< 1.2%)

const perDistrict = new Map<string, number>();
for (const l of links) perDistrict.set(l.district, (perDistrict.get(l.district) ?? 0) + 1);
const weightH = units.map((u) => links.filter((l) => l.newCode === u.code).reduce((s, l) => s + d2024(l.district, 'total_households') / perDistrict.get(l.district)!, 0));
const weightP = units.map((u) => links.filter((l) => l.newCode === u.code).reduce((s, l) => s + d2024(l.district, 'poor_households') / perDistrict.get(l.district)!, 0));
const households = splitWhole(CITY_HOUSEHOLDS, weightH);
const poor = splitWhole(CITY_POOR, weightP);

// --- write ----------------------------------------------------------------------------------------
const csv = (rows: (string | number)[][]) => rows.map((r) => r.map((c) => (/[",\n]/.test(String(c)) ? `"${String(c).replace(/"/g, '""')}"` : String(c))).join(',')).join('\n') + '\n';
mkdirSync(out, { recursive: true });
writeFileSync(join(out, 'units.csv'), csv([
  ['code', 'level', 'parent', 'name_vi', 'name_en', 'valid_from', 'valid_to', 'tags'],
  ...units.map((u) => [u.code, 'commune', '46', u.name, nameEn(u.name), EFFECTIVE, '', u.name.startsWith('Phường') ? 'ward' : (u.name.includes('A Lưới') || ['Xã Nam Đông', 'Xã Khe Tre', 'Xã Long Quảng'].includes(u.name) ? 'commune;mountain' : 'commune')]),
]));
writeFileSync(join(out, 'unit-names.csv'), csv([
  ['code', 'valid_from', 'valid_to', 'name_vi', 'name_en', 'source'],
  ['46', '', '2024-12-31', 'Thừa Thiên Huế', 'Thua Thien Hue Province', 'province until 31/12/2024'],
  ['46', '2025-01-01', '', 'Huế', 'Hue City', 'centrally run city from 1/1/2025 (Resolution 175/2024/QH15)'],
]));
writeFileSync(join(out, 'crosswalk.csv'), csv([
  ['new_code', 'new_name', 'old_name', 'change', 'old_district_code', 'source'],
  ...links.map((l) => [l.newCode, l.newName, l.oldName, l.change, l.district, RESOLUTION]),
]));
writeFileSync(join(out, 'observations.csv'), csv([
  ['unit_code', 'year', 'indicator', 'value', 'status', 'source', 'note', 'note_vi', 'source_vi'],
  ['46', 2025, 'poverty_rate', 1.2, 'expected', NLD, 'expected end-2025 figure stated in Nov 2025 as "under 1.2%" (dưới 1,2%), not a result',
    'số liệu dự kiến cuối năm 2025, nêu vào tháng 11/2025 là "dưới 1,2%", chưa phải kết quả', ''],
  ['46', 2025, 'poor_households', CITY_POOR, 'expected', NLD, 'expected end-2025 figure stated in Nov 2025 as "about 3,870 households", not a result',
    'số liệu dự kiến cuối năm 2025, nêu vào tháng 11/2025 là "khoảng 3.870 hộ", chưa phải kết quả', ''],
  ['46', 2025, 'total_households', CITY_HOUSEHOLDS, 'illustrative', ILLUSTRATIVE, '2024 households plus a little growth', 'số hộ năm 2024 cộng thêm một mức tăng nhỏ', ILLUSTRATIVE_VI],
  ...units.flatMap((u, i) => [
    [u.code, 2025, 'total_households', households[i]!, 'illustrative', ILLUSTRATIVE, '', '', ILLUSTRATIVE_VI],
    [u.code, 2025, 'poor_households', poor[i]!, 'illustrative', ILLUSTRATIVE, '', '', ILLUSTRATIVE_VI],
  ]),
]));
// The 2026–2030 goal as the city stated it: words, no number (the user sets one; the app invents none).
writeFileSync(join(out, 'goals.csv'), csv([
  ['unit_code', 'indicators', 'period_from', 'period_to', 'base_year', 'text_vi', 'text_en', 'source', 'date'],
  ['46', 'poverty_rate;poor_households', 2026, 2030, 2025, 'Cơ bản không còn hộ nghèo theo chuẩn nghèo đa chiều quốc gia',
    'Essentially no poor households under the national multidimensional poverty standard', NLD, '2025-11-28'],
]));
console.log(`wrote ${units.length} units, ${links.length} crosswalk links`);
