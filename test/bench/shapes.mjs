// SYNTHETIC files in the shapes real users bring (issue 16), for `ingest_shapes` in the bench.
// Deterministic for their seeds: the same bytes on every run and machine (the XLSX is re-zipped
// with a fixed date).
//   national_custom  long CSV: 10,600 communes × 5 years × 20 indicators (5 catalogue, 15 custom
//                    deprivation counts), with a parent (district) column — 1,060,000 rows
//   wide_years_xlsx  .xlsx: 10,600 communes × 20 year columns of one rate (indicator in the title)
//   legacy_1258      Windows-1258 (tone marks as combining bytes), ';', decimal commas, title rows,
//                    a total row per year and a note: 10,000 communes × 10 years = 100,000 rows
//   national_messy   the national file's shape (10,600 communes × 20 years × 5 indicators, 1,060,000
//                    rows) with what real files carry, about one row in 200: "n/a", "-", blanks,
//                    spaces, percent signs, a rate off its counts, and errors (a negative count, a rate
//                    over 100, a bad year, a conflicting duplicate) whose rows the import rejects
//   json_records     JSON as other tools download it: 10,600 communes × 5 years × 5 indicators =
//                    265,000 records {unit_code, unit_name, year, indicator, value}, numbers as numbers
// Households (~350,000 rows) are written by households.mjs.
import { existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { OUT, TITLE } from './generate.mjs';
import { mulberry32 as prng } from '../lib/prng.mjs';

export const NATIONAL_CUSTOM_FILE = join(OUT, 'synthetic-national-custom.csv');
export const WIDE_YEARS_FILE = join(OUT, 'synthetic-wide-years.xlsx');
const FIXED_DATE = new Date('2025-07-01T00:00:00Z');
export const LEGACY_FILE = join(OUT, 'synthetic-legacy-1258.csv');
export const MESSY_FILE = join(OUT, 'synthetic-national-messy.csv');
export const JSON_FILE = join(OUT, 'synthetic-records.json');

/** Made-up commune names, unique after folding: "Xã Giả Lập 00042". */
const communeName = (i) => `${i % 7 === 0 ? 'Phường' : 'Xã'} Giả Lập ${String(i).padStart(5, '0')}`;

// Deprivation counts outside the catalogue: the importer makes custom ids from these labels.
const CUSTOM = [
  'Thiếu hụt việc làm', 'Thiếu hụt người phụ thuộc', 'Thiếu hụt dinh dưỡng', 'Thiếu hụt bảo hiểm y tế',
  'Thiếu hụt giáo dục người lớn', 'Thiếu hụt đi học trẻ em', 'Thiếu hụt chất lượng nhà ở', 'Thiếu hụt diện tích nhà ở',
  'Thiếu hụt nước sinh hoạt', 'Thiếu hụt nhà tiêu', 'Thiếu hụt viễn thông', 'Thiếu hụt tiếp cận thông tin',
  'Hộ có người khuyết tật', 'Hộ dân tộc thiểu số', 'Hộ thoát nghèo trong năm',
];
const clamp = (x, lo, hi) => Math.max(lo, Math.min(hi, x));

/** One commune's yearly figures: counts, a poverty rate that agrees with them, jumps under 10 pp. */
function* series(rnd, years) {
  let total = Math.round(600 + rnd() * 9000);
  let rate = rnd() < 0.2 ? 15 + rnd() * 30 : rnd() * 15;
  let near = 2 + rnd() * 10;
  for (const year of years) {
    total = Math.round(total * (1 + (rnd() - 0.3) * 0.03));
    rate = clamp(rate - rnd() * 2 + 0.4, 0, 70);
    near = clamp(near + (rnd() - 0.5) * 2, 0, 30);
    const poor = Math.round((total * rate) / 100);
    const nearPoor = Math.round((total * near) / 100);
    yield { year, total, poor, nearPoor, rate: (100 * poor) / total, nearRate: (100 * nearPoor) / total };
  }
}

function writeChunks(file, produce) {
  mkdirSync(dirname(file), { recursive: true });
  const parts = [];
  for (const chunk of produce()) parts.push(chunk);
  writeFileSync(file, Buffer.concat(parts));
  return statSync(file).size;
}

export function generateNationalCustom(file = NATIONAL_CUSTOM_FILE, units = 10600) {
  const rnd = prng(20250716);
  const years = [2021, 2022, 2023, 2024, 2025];
  return writeChunks(file, function* () {
    yield Buffer.from(`${TITLE}\nma_xa,ten_xa,cap_tren,nam,chi_so,gia_tri\n`);
    let lines = [];
    for (let i = 0; i < units; i++) {
      const code = String(100000 + i);
      const name = communeName(i);
      const parent = `H${String(Math.floor(i / 15)).padStart(3, '0')}`;
      const share = CUSTOM.map(() => rnd() * 0.4);
      for (const s of series(rnd, years)) {
        const base = `${code},${name},${parent},${s.year},`;
        lines.push(`${base}total_households,${s.total}`, `${base}poor_households,${s.poor}`, `${base}poverty_rate,${s.rate.toFixed(2)}`,
          `${base}near_poor_households,${s.nearPoor}`, `${base}near_poor_rate,${s.nearRate.toFixed(2)}`);
        CUSTOM.forEach((label, k) => lines.push(`${base}${label},${Math.round(s.poor * share[k])}`));
      }
      if (lines.length >= 20000) { yield Buffer.from(`${lines.join('\n')}\n`); lines = []; }
    }
    yield Buffer.from(`${lines.join('\n')}\n`);
  });
}

export async function generateWideYears(file = WIDE_YEARS_FILE, units = 10600) {
  const { default: writeXlsxFile } = await import('write-excel-file/node');
  const rnd = prng(20250717);
  const years = Array.from({ length: 20 }, (_, k) => 2006 + k);
  const cell = (value) => ({ value });
  const rows = [
    [cell('Tỷ lệ hộ nghèo (%) theo xã — SYNTHETIC, dữ liệu giả lập'), ...years.map(() => null), null],
    [cell('Mã xã'), cell('Tên xã'), ...years.map((y) => cell(String(y)))],
  ];
  for (let i = 0; i < units; i++) {
    const row = [cell(String(100000 + i)), cell(communeName(i))];
    for (const s of series(rnd, years)) row.push({ value: Math.round(s.rate * 100) / 100, type: Number });
    rows.push(row);
  }
  mkdirSync(dirname(file), { recursive: true });
  await writeXlsxFile([{ sheet: 'Xã', data: rows }]).toFile(file);
  // The writer stamps the zip entries with the time of writing: re-zip with a fixed date so the bytes never change.
  const { unzipSync, zipSync } = await import('fflate');
  const parts = unzipSync(readFileSync(file));
  writeFileSync(file, zipSync(Object.fromEntries(Object.keys(parts).sort().map((k) => [k, [parts[k], { mtime: FIXED_DATE }]])), { level: 6 }));
  return statSync(file).size;
}

/** Windows-1258 encoder: code-page bytes where the page has the letter, else base letter + combining tone mark. */
function cp1258() {
  const dec = new TextDecoder('windows-1258');
  const map = new Map();
  for (let b = 0; b < 256; b++) { const ch = dec.decode(new Uint8Array([b])); if (ch !== '\uFFFD' && !map.has(ch)) map.set(ch, b); }
  const cache = new Map();
  const one = (ch) => {
    if (map.has(ch)) return [map.get(ch)];
    const parts = [...ch.normalize('NFD')];
    const tones = parts.filter((m) => /[\u0300\u0301\u0303\u0309\u0323]/.test(m));
    const base = parts.filter((m) => !tones.includes(m)).join('').normalize('NFC');
    if (!map.has(base) || tones.some((m) => !map.has(m))) throw new Error(`windows-1258 cannot encode ${ch}`);
    return [map.get(base), ...tones.map((m) => map.get(m))];
  };
  return (text) => {
    const out = [];
    for (const ch of text.normalize('NFC')) {
      let b = cache.get(ch);
      if (!b) cache.set(ch, (b = one(ch)));
      for (const x of b) out.push(x);
    }
    return Buffer.from(out);
  };
}

export function generateLegacy(file = LEGACY_FILE, units = 10000) {
  const rnd = prng(20250718);
  const years = Array.from({ length: 10 }, (_, k) => 2016 + k);
  const enc = cp1258();
  const comma = (x) => x.toFixed(2).replace('.', ',');
  // Rows by year (as a yearly report is pasted together), a total row closing each year.
  const all = Array.from({ length: units }, () => [...series(rnd, years)]);
  return writeChunks(file, function* () {
    yield enc(['UBND TỈNH GIẢ LẬP;;;;;;', 'BÁO CÁO KẾT QUẢ RÀ SOÁT HỘ NGHÈO (SYNTHETIC - số liệu giả lập);;;;;;', ';;;;;;',
      'STT;Mã xã;Đơn vị hành chính;Năm;Tổng số hộ;Số hộ nghèo;Tỷ lệ hộ nghèo (%)', ''].join('\r\n'));
    for (const [k, year] of years.entries()) {
      const lines = [];
      let total = 0;
      let poor = 0;
      for (let i = 0; i < units; i++) {
        const s = all[i][k];
        total += s.total;
        poor += s.poor;
        lines.push(`${i + 1};${100000 + i};${communeName(i)};${year};${s.total};${s.poor};${comma(s.rate)}`);
      }
      lines.push(`;;Tổng cộng;${year};${total};${poor};${comma((100 * poor) / total)}`);
      yield enc(`${lines.join('\r\n')}\r\n`);
    }
    yield enc('Ghi chú: số liệu giả lập để đo hiệu năng, không phải số liệu thật.\r\n');
  });
}

// What a messy row's value becomes: missing forms, other number forms, a warning, errors.
const MESS = [
  () => 'n/a', () => '-', () => '', (v) => ` ${v} `, (v) => `${v}%`, (v, ind) => (ind === 'poverty_rate' ? (Number(v) + 20).toFixed(2) : v),
  (v, ind) => (ind.endsWith('households') ? `-${v}` : v), (v, ind) => (ind.endsWith('rate') ? '130' : v),
];

export function generateMessy(file = MESSY_FILE, units = 10600) {
  const rnd = prng(20250719);
  const years = Array.from({ length: 20 }, (_, k) => 2006 + k);
  return writeChunks(file, function* () {
    yield Buffer.from(`${TITLE}\nunit_code,unit_name,year,indicator,value\n`);
    let lines = [];
    for (let i = 0; i < units; i++) {
      const code = String(100000 + i);
      const name = communeName(i);
      for (const s of series(rnd, years)) {
        const rows = [['total_households', String(s.total)], ['poor_households', String(s.poor)], ['poverty_rate', s.rate.toFixed(2)],
          ['near_poor_households', String(s.nearPoor)], ['near_poor_rate', s.nearRate.toFixed(2)]];
        for (const [ind, v] of rows) {
          const r = rnd();
          if (r < 0.004) lines.push(`${code},${name},${s.year},${ind},${MESS[Math.floor(rnd() * MESS.length)](v, ind)}`);
          else if (r < 0.0045) lines.push(`${code},${name},20x${s.year % 10},${ind},${v}`);
          else if (r < 0.005) lines.push(`${code},${name},${s.year},${ind},${v}`, `${code},${name},${s.year},${ind},${v}1`);
          else lines.push(`${code},${name},${s.year},${ind},${v}`);
        }
      }
      if (lines.length >= 20000) { yield Buffer.from(`${lines.join('\n')}\n`); lines = []; }
    }
    yield Buffer.from(`${lines.join('\n')}\n`);
  });
}

export function generateJsonRecords(file = JSON_FILE, units = 10600) {
  const rnd = prng(20250720);
  const years = [2021, 2022, 2023, 2024, 2025];
  return writeChunks(file, function* () {
    yield Buffer.from('[');
    let parts = [];
    let sep = '';
    for (let i = 0; i < units; i++) {
      const head = `{"unit_code":"${100000 + i}","unit_name":${JSON.stringify(communeName(i))},"year":`;
      for (const s of series(rnd, years)) {
        const rows = [['total_households', s.total], ['poor_households', s.poor], ['poverty_rate', Math.round(s.rate * 100) / 100],
          ['near_poor_households', s.nearPoor], ['near_poor_rate', Math.round(s.nearRate * 100) / 100]];
        for (const [ind, v] of rows) parts.push(`${head}${s.year},"indicator":"${ind}","value":${v}}`);
      }
      if (parts.length >= 20000) { yield Buffer.from(`${sep}${parts.join(',')}`); parts = []; sep = ','; }
    }
    yield Buffer.from(`${parts.length ? sep : ''}${parts.join(',')}]`);
  });
}

/** Write whatever shape file is missing (all with force). */
export async function ensureShapes({ force = false } = {}) {
  if (force || !existsSync(NATIONAL_CUSTOM_FILE)) generateNationalCustom();
  if (force || !existsSync(WIDE_YEARS_FILE)) await generateWideYears();
  if (force || !existsSync(LEGACY_FILE)) generateLegacy();
  if (force || !existsSync(MESSY_FILE)) generateMessy();
  if (force || !existsSync(JSON_FILE)) generateJsonRecords();
}
