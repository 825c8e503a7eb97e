/**
 * Which column of a household review list holds what. Personal columns (names, ID numbers, birth
 * dates, phone numbers, addresses) are recognised only so they can be dropped: their cells are
 * never read. Header words are folded (see foldHeader) and matched exactly or as a prefix.
 */
import { foldHeader } from '../headers.ts';
import { DEPRIVATIONS_2022, type DeprivationId } from '../../domain/deprivation/lists.ts';

export type PersonalKind = 'name' | 'id_number' | 'birth_date' | 'phone' | 'address';
export type FieldKind = 'household_code' | 'ethnicity' | 'minority_flag' | 'members' | 'province' | 'district'
  | 'commune' | 'commune_code' | 'village' | 'class' | 'b1' | 'b2' | 'year';

export type ColumnRole =
  | { kind: 'personal'; what: PersonalKind }
  | { kind: 'field'; what: FieldKind }
  | { kind: 'flag'; what: DeprivationId }
  | { kind: 'other' };

// Order matters: the first list whose word matches wins ("mã hộ" before "mã xã").
const PERSONAL: [PersonalKind, string[]][] = [
  ['id_number', ['so cccd', 'cccd', 'cmnd', 'so cmnd', 'cccd cmnd', 'so cccd cmnd', 'so dinh danh', 'ma dinh danh', 'so dinh danh ca nhan', 'can cuoc', 'so can cuoc', 'id number', 'national id', 'citizen id']],
  ['birth_date', ['ngay sinh', 'nam sinh', 'ngay thang nam sinh', 'sinh ngay', 'date of birth', 'birth date', 'dob', 'year of birth']],
  ['phone', ['so dien thoai', 'dien thoai', 'sdt', 'dt', 'phone', 'phone number', 'mobile']],
  ['address', ['dia chi', 'so nha', 'dia chi thuong tru', 'noi o', 'address']],
  ['name', ['ho ten chu ho', 'ho va ten chu ho', 'ten chu ho', 'chu ho', 'ho ten', 'ho va ten', 'ho ten nguoi', 'head name', 'head of household', 'household head', 'name', 'full name']],
];

const FIELDS: [FieldKind, string[]][] = [
  ['household_code', ['ma ho', 'ma ho gia dinh', 'ma so ho', 'ma ho ngheo', 'household code', 'household id', 'hh code']],
  ['commune_code', ['ma xa', 'ma xa phuong', 'ma xa phuong thi tran', 'ma dvhc xa', 'commune code']],
  ['ethnicity', ['dan toc', 'thanh phan dan toc', 'ethnicity', 'ethnic group']],
  ['minority_flag', ['dtts', 'dan toc thieu so', 'ho dan toc thieu so', 'ethnic minority']],
  ['members', ['so nhan khau', 'so thanh vien', 'nhan khau', 'so khau', 'members', 'household size']],
  ['province', ['tinh', 'tinh thanh pho', 'ten tinh', 'province']],
  ['district', ['huyen', 'quan huyen', 'huyen thi xa thanh pho', 'huyen thi xa', 'ten huyen', 'district']],
  ['commune', ['xa', 'xa phuong', 'xa phuong thi tran', 'phuong xa', 'ten xa', 'xa phuong dac khu', 'commune', 'commune ward', 'ward']],
  ['village', ['thon', 'thon ban', 'thon to', 'thon xom', 'to dan pho', 'ban', 'xom', 'ap', 'village', 'hamlet']],
  ['class', ['phan loai', 'phan loai ho', 'ket qua phan loai', 'ket qua ra soat', 'loai ho', 'xep loai', 'phan loai ho gia dinh', 'class', 'household class', 'classification']],
  ['b1', ['b1', 'diem b1', 'tong diem b1', 'diem thu nhap', 'income score']],
  ['b2', ['b2', 'diem b2', 'tong diem b2', 'diem thieu hut', 'deprivation score']],
  ['year', ['nam', 'nam ra soat', 'year', 'review year']],
];

const FLAGS: [DeprivationId, string[]][] = DEPRIVATIONS_2022.map((x) => [x.id, x.headers]);

function matchList<K>(f: string, lists: [K, string[]][]): K | null {
  for (const [k, words] of lists) if (words.includes(f)) return k;
  return null;
}

/** "1. Việc làm", "Chỉ số 4 - Bảo hiểm y tế", "Thiếu hụt nguồn nước" → the folded words that name the indicator. */
function flagWords(f: string): string {
  return f.replace(/^(chi so|chi tieu|thieu hut|thieu)\s+/, '').replace(/^\d{1,2}\s+/, '').replace(/^(thieu hut|thieu)\s+/, '');
}

export function columnRole(header: string): ColumnRole {
  const f = foldHeader(header);
  if (!f) return { kind: 'other' };
  const field = matchList(f, FIELDS);
  if (field) return { kind: 'field', what: field };
  const personal = matchList(f, PERSONAL);
  if (personal) return { kind: 'personal', what: personal };
  const flag = matchList(flagWords(f), FLAGS) ?? matchList(f, FLAGS);
  if (flag) return { kind: 'flag', what: flag };
  // Looser personal matches: a header that starts with a personal word ("Họ tên chủ hộ (ghi rõ)").
  for (const [k, words] of PERSONAL) if (words.some((w) => w.length > 3 && f.startsWith(`${w} `))) return { kind: 'personal', what: k };
  return { kind: 'other' };
}

export interface HouseholdColumns {
  roles: ColumnRole[];
  /** Column index per field (first one wins), -1 when absent. */
  field: Record<FieldKind, number>;
  /** Column index per deprivation flag, -1 when absent. */
  flags: Record<DeprivationId, number>;
}

export function householdColumns(headers: readonly string[]): HouseholdColumns {
  const roles = headers.map(columnRole);
  const field = Object.fromEntries(FIELDS.map(([k]) => [k, -1])) as Record<FieldKind, number>;
  const flags = Object.fromEntries(FLAGS.map(([k]) => [k, -1])) as Record<DeprivationId, number>;
  roles.forEach((r, i) => {
    if (r.kind === 'field' && field[r.what] < 0) field[r.what] = i;
    if (r.kind === 'flag' && flags[r.what] < 0) flags[r.what] = i;
  });
  return { roles, field, flags };
}

/**
 * A household list names its households (a code or a head's name), a class and a commune; a
 * table of units has none of these together. Returns the column map when `headers` is one.
 */
export function asHouseholdHeader(headers: readonly string[]): HouseholdColumns | null {
  const c = householdColumns(headers);
  const who = c.field.household_code >= 0 || c.roles.some((r) => r.kind === 'personal' && r.what === 'name');
  const where = c.field.commune >= 0 || c.field.commune_code >= 0;
  const flagCount = Object.values(c.flags).filter((i) => i >= 0).length;
  return who && where && (c.field.class >= 0 || flagCount >= 6) ? c : null;
}

// A header names at least three columns (who, where, and a class or flags), and every word that
// names one has letters: a row with fewer cells that hold more than digits, spaces and punctuation
// (a data row of numbers, a title) is passed over without its cells being folded.
const WORDY = /[^\d\s.,;:+\-%/()'"]/;
const fewWordy = (cells: readonly string[]) => { let n = 0; for (const s of cells) if (WORDY.test(s) && ++n === 3) return false; return true; };

/** The header row among the first rows (title rows above it are skipped), or null. */
export function findHouseholdHeader(rows: readonly (readonly string[])[]): { row: number; columns: HouseholdColumns } | null {
  for (let r = 0; r < Math.min(rows.length, 40); r++) {
    if (fewWordy(rows[r]!)) continue;
    const columns = asHouseholdHeader(rows[r]!.map((s) => s.trim()));
    if (columns) return { row: r, columns };
  }
  return null;
}
