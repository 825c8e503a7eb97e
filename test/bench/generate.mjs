// SYNTHETIC benchmark data generator. Writes clearly fake national files to test/bench/out
// (gitignored): deterministic for a seed, so every run and every machine parses the same bytes.
//
//   node test/bench/generate.mjs [--seed N] [--units N] [--years N] [--force]
//
// Shape: the long layout (unit_code, unit_name, year, indicator, value), one title line that says
// the data is synthetic, then one row per observation. The catalogue knows five data indicators
// (src/domain/indicators.ts) and the importer rejects unknown ids, so the ~1.06 M observations of
// "10,600 units × 5 years × 20 indicators" are produced as 10,600 units × 20 years × 5 indicators:
// same row count and size, every row valid. Rates are 100 × poor / total rounded to 2 decimals,
// so they agree with the counts; yearly changes stay under the importer's 10 pp jump warning.
import { createWriteStream, existsSync, mkdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { mulberry32 } from '../lib/prng.mjs';

const here = dirname(fileURLToPath(import.meta.url));
export const OUT = join(here, 'out');
export const SHARED = join(here, '..', '..', '..', 'shared');
export const COMMUNE_FILE = join(OUT, 'synthetic-national-communes.csv');
export const DISTRICT_FILE = join(OUT, 'synthetic-national-districts.csv');
export const DISTRICT_TOPO = join(SHARED, 'data', 'boundaries', 'vn-districts.topo.json');
export const TITLE = '# SYNTHETIC benchmark data (not real figures) - du lieu gia lap de do hieu nang';
export const INDICATORS = ['total_households', 'poor_households', 'poverty_rate', 'near_poor_households', 'near_poor_rate'];

// Syllables of Vietnamese place names; their folded forms are distinct, so two-syllable names
// drawn without repetition stay distinct after the importer folds diacritics and prefixes.
const SYLLABLES = (
  'An Bắc Bình Cát Châu Chiến Cường Đại Điền Định Đoài Đông Đức Gia Giang Hà Hải Hạnh Hiệp Hòa Hồng Hợp Hưng Hương '
  + 'Khánh Kim Lạc Lâm Lập Liên Linh Lộc Long Lợi Lương Minh Mỹ Nam Nghĩa Ngọc Nhân Nhơn Ninh Phong Phú Phúc Phước '
  + 'Quang Quế Quý Sơn Tài Tân Thạch Thái Thanh Thượng Thắng Thịnh Thọ Thới Thuận Thủy Tiến Bảo Trà Trung Trường '
  + 'Tú Tuy Vân Vĩnh Việt Vượng Xuân Yên Ái Ba Cao Đào Dương Hậu Hiền Hội Khê Kỳ Lai Lệ Mai Mậu Nghi Nguyên Nhuận '
  + 'Phổ Quới Sa Sen Song Tam Tây Thiện Thôn Triều Tường Uyên Vọng Vũ Cẩm'
).split(' ');

function communeName(i, rnd) {
  const n = SYLLABLES.length;
  // A fixed permutation of pairs (a ≠ b), so names never repeat.
  const a = i % n;
  const b = (a + 1 + Math.floor(i / n)) % n;
  const r = rnd();
  const prefix = r < 0.84 ? 'Xã' : r < 0.97 ? 'Phường' : 'Thị trấn';
  return `${prefix} ${SYLLABLES[a]} ${SYLLABLES[b]}`;
}

const clamp = (x, lo, hi) => Math.max(lo, Math.min(hi, x));

/** One unit's rows for every year: smooth, consistent series. */
function unitRows(code, name, years, rnd) {
  const lines = [];
  let total = Math.round(600 + rnd() * 9000);
  let rate = rnd() < 0.2 ? 15 + rnd() * 35 : rnd() * 15; // % poor
  let near = 2 + rnd() * 12;
  for (const year of years) {
    total = Math.round(total * (1 + (rnd() - 0.3) * 0.03));
    rate = clamp(rate - rnd() * 2.5 + 0.4, 0, 80);
    near = clamp(near + (rnd() - 0.5) * 2, 0, 40);
    const poor = Math.round((total * rate) / 100);
    const nearPoor = Math.round((total * near) / 100);
    const values = {
      total_households: String(total),
      poor_households: String(poor),
      poverty_rate: ((100 * poor) / total).toFixed(2),
      near_poor_households: String(nearPoor),
      near_poor_rate: ((100 * nearPoor) / total).toFixed(2),
    };
    for (const ind of INDICATORS) lines.push(`${code},${name},${year},${ind},${values[ind]}`);
  }
  return lines;
}

async function writeLines(file, produce) {
  mkdirSync(dirname(file), { recursive: true });
  const out = createWriteStream(file);
  let buf = [];
  let bytes = 0;
  const flush = async () => {
    const chunk = `${buf.join('\n')}\n`;
    bytes += Buffer.byteLength(chunk);
    buf = [];
    if (!out.write(chunk)) await new Promise((r) => out.once('drain', r));
  };
  for (const line of produce()) {
    buf.push(line);
    if (buf.length >= 20000) await flush();
  }
  if (buf.length) await flush();
  await new Promise((r, j) => out.end((e) => (e ? j(e) : r())));
  return bytes;
}

export async function generateCommunes({ seed = 20250701, units = 10600, years = 20, file = COMMUNE_FILE } = {}) {
  const rnd = mulberry32(seed);
  const ys = Array.from({ length: years }, (_, i) => 2026 - years + i);
  let rows = 0;
  const bytes = await writeLines(file, function* () {
    yield TITLE;
    yield 'unit_code,unit_name,year,indicator,value';
    for (let i = 0; i < units; i++) {
      const lines = unitRows(String(i + 1).padStart(5, '0'), communeName(i, rnd), ys, rnd);
      rows += lines.length;
      yield* lines;
    }
  });
  return { file, rows, bytes, units, years: ys.length, indicators: INDICATORS.length };
}

/** District codes and names from the real boundary file, with synthetic values (2021–2025). */
export function districtUnits() {
  if (!existsSync(DISTRICT_TOPO)) {
    const msg = `Missing ${DISTRICT_TOPO}: the shared boundaries must be beside the project (../shared).`;
    if (process.env.CI === 'true') throw new Error(msg);
    console.warn(`${msg} Using generated district codes instead.`);
    return Array.from({ length: 700 }, (_, i) => ({ code: String(i + 1).padStart(3, '0'), name: `Huyện Giả lập ${i + 1}` }));
  }
  const topo = JSON.parse(readFileSync(DISTRICT_TOPO, 'utf8'));
  return Object.values(topo.objects).flatMap((o) => o.geometries).map((g) => ({
    code: String(g.properties?.code ?? g.id),
    name: String(g.properties?.full_name_vi ?? g.properties?.name_vi ?? g.id),
  }));
}

export async function generateDistricts({ seed = 20250702, file = DISTRICT_FILE } = {}) {
  const rnd = mulberry32(seed);
  const units = districtUnits();
  let rows = 0;
  const bytes = await writeLines(file, function* () {
    yield TITLE;
    yield 'unit_code,unit_name,year,indicator,value';
    for (const u of units) {
      const lines = unitRows(u.code, u.name, [2021, 2022, 2023, 2024, 2025], rnd);
      rows += lines.length;
      yield* lines;
    }
  });
  return { file, rows, bytes, units: units.length, years: 5, indicators: INDICATORS.length };
}

/** Generate whatever is missing (or everything with force). */
export async function ensureData({ force = false, seed } = {}) {
  const communes = force || !existsSync(COMMUNE_FILE) ? await generateCommunes(seed ? { seed } : {}) : null;
  const districts = force || !existsSync(DISTRICT_FILE) ? await generateDistricts() : null;
  return { communes, districts };
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const args = process.argv.slice(2);
  const opt = (k, d) => { const i = args.indexOf(k); return i >= 0 ? Number(args[i + 1]) : d; };
  mkdirSync(OUT, { recursive: true });
  const t = Date.now();
  const c = await generateCommunes({ seed: opt('--seed', 20250701), units: opt('--units', 10600), years: opt('--years', 20) });
  const d = await generateDistricts();
  console.log(JSON.stringify({ communes: c, districts: d, ms: Date.now() - t }, null, 1));
}
