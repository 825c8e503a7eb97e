// Deterministic SYNTHETIC household review lists for tests and the benchmark. Every name is
// "Hộ Tổng Hợp NNNNNN" and every ID number starts with 0990 so a scan can find any leak; nothing
// here describes a real household.
import { mulberry32 } from '../lib/prng.mjs';

export const FLAG_HEADERS = [
  '1. Việc làm', '2. Người phụ thuộc', '3. Dinh dưỡng', '4. Bảo hiểm y tế', '5. Trình độ giáo dục của người lớn',
  '6. Tình trạng đi học của trẻ em', '7. Chất lượng nhà ở', '8. Diện tích nhà ở bình quân đầu người',
  '9. Nguồn nước sinh hoạt', '10. Nhà tiêu hợp vệ sinh', '11. Sử dụng dịch vụ viễn thông', '12. Phương tiện tiếp cận thông tin',
];
export const HEADERS = ['STT', 'Mã hộ', 'Họ tên chủ hộ', 'Số CCCD', 'Ngày sinh', 'Số điện thoại', 'Dân tộc', 'Số nhân khẩu',
  'Mã xã', 'Xã/phường', 'Thôn', 'Phân loại hộ', ...FLAG_HEADERS, 'Điểm B1', 'Điểm B2'];
export const CLASSES = ['Hộ nghèo', 'Hộ cận nghèo', 'Hộ có mức sống trung bình', 'Khác'];
const ETHNIC = ['Kinh', 'Kinh', 'Kinh', 'Tà Ôi', 'Cơ Tu', 'Pa Kô', 'Bru-Vân Kiều'];
const STYLES = [['x', ''], ['1', '0'], ['có', 'không']];

export const syntheticName = (i) => `Hộ Tổng Hợp ${String(i).padStart(6, '0')}`;
export const syntheticId = (i) => `0990${String(i).padStart(8, '0')}`;
export const syntheticPhone = (i) => `0900${String(i % 1000000).padStart(6, '0')}`;

/** Communes: [{ code, name }]; defaults to 5 made-up ones. */
export const DEFAULT_COMMUNES = [
  { code: '99001', name: 'Xã Tổng Hợp Một' }, { code: '99002', name: 'Xã Tổng Hợp Hai' }, { code: '99003', name: 'Xã Tổng Hợp Ba' },
  { code: '99004', name: 'Phường Tổng Hợp Bốn' }, { code: '99005', name: 'Xã Tổng Hợp Năm' },
];

/**
 * Household records, one per row (a duplicate repeats an earlier record's code). Fields:
 * { code, name, id, birth, phone, ethnicity, members, communeCode, commune, village, cls, flags[12], b1, b2 }
 */
export function* households({ n = 1000, seed = 1, communes = DEFAULT_COMMUNES, duplicateEvery = 0, poorShare = 0.12 } = {}) {
  const rnd = mulberry32(seed);
  const prev = [];
  for (let i = 1; i <= n; i++) {
    if (duplicateEvery && i % duplicateEvery === 0 && prev.length) {
      const again = prev[Math.floor(rnd() * prev.length)];
      yield { ...again, duplicate: true };
      continue;
    }
    const c = communes[Math.floor(rnd() * communes.length)];
    const r = rnd();
    const cls = r < poorShare ? 0 : r < poorShare * 1.8 ? 1 : r < poorShare * 3 ? 2 : 3;
    const flags = Array.from({ length: 12 }, (_, k) => (rnd() < (cls === 0 ? 0.15 + 0.05 * (k % 6) : 0.08) ? 1 : 0));
    const rec = {
      code: `${c.code}-${String(i).padStart(7, '0')}`, name: syntheticName(i), id: syntheticId(i),
      birth: `${String(1 + (i % 28)).padStart(2, '0')}/${String(1 + (i % 12)).padStart(2, '0')}/${1940 + (i % 60)}`,
      phone: syntheticPhone(i), ethnicity: ETHNIC[Math.floor(rnd() * ETHNIC.length)], members: 1 + Math.floor(rnd() * 7),
      communeCode: c.code, commune: c.name, village: `Thôn ${1 + Math.floor(rnd() * 9)}`, cls, flags,
      b1: Math.round(rnd() * 150), b2: flags.reduce((a, b) => a + b, 0) * 10,
    };
    if (prev.length < 1000) prev.push(rec);
    yield rec;
  }
}

/** The CSV lines: title rows, the header, then one line per record. `style` 0..2 picks x / 1-0 / có-không. */
export function* csvLines(records, { year = 2024, title = true, style = 0 } = {}) {
  if (title) {
    yield `DANH SÁCH KẾT QUẢ RÀ SOÁT HỘ NGHÈO, HỘ CẬN NGHÈO NĂM ${year} (DỮ LIỆU TỔNG HỢP GIẢ LẬP)`;
    yield '';
  }
  yield HEADERS.join(',');
  let stt = 0;
  const [yes, no] = STYLES[style];
  for (const h of records) {
    stt++;
    yield [stt, h.code, h.name, h.id, h.birth, h.phone, h.ethnicity, h.members, h.communeCode, h.commune, h.village,
      CLASSES[h.cls], ...h.flags.map((f) => (f ? yes : no)), h.b1, h.b2].join(',');
  }
}

export function householdCsv(opts = {}, csvOpts = {}) {
  return [...csvLines(households(opts), csvOpts)].join('\n') + '\n';
}

/** By-hand totals per commune code, the way a reviewer would pivot them: duplicates skipped. */
export function handTotals(records) {
  const out = new Map();
  const seen = new Set();
  for (const h of records) {
    if (seen.has(h.code)) continue;
    seen.add(h.code);
    const t = out.get(h.communeCode) ?? { total: 0, poor: 0, nearPoor: 0, minority: 0, deprived: Array(12).fill(0) };
    t.total++;
    if (h.cls === 0) { t.poor++; h.flags.forEach((f, k) => { t.deprived[k] += f; }); }
    if (h.cls === 1) t.nearPoor++;
    if (h.ethnicity !== 'Kinh') t.minority++;
    out.set(h.communeCode, t);
  }
  return out;
}
