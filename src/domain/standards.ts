/**
 * Poverty standards by review year. A trend is never computed across a change of standard.
 * Configurable per dataset; the defaults are Vietnam's national standards.
 */
export interface PovertyStandard {
  id: string;
  label: { vi: string; en: string };
  /** First and last review year measured under it (inclusive). */
  from: number;
  to: number;
}

export const VN_STANDARDS: PovertyStandard[] = [
  { id: 'vn-2016-2020', label: { vi: 'Chuẩn nghèo 2016–2020 (QĐ 59/2015/QĐ-TTg)', en: '2016–2020 standard (Decision 59/2015/QĐ-TTg)' }, from: 2015, to: 2020 },
  // The end-2021 review was made under the new standard, as the start-of-period baseline.
  { id: 'vn-2022-2025', label: { vi: 'Chuẩn nghèo đa chiều 2022–2025 (NĐ 07/2021/NĐ-CP)', en: '2022–2025 multidimensional standard (Decree 07/2021/NĐ-CP)' }, from: 2021, to: 2025 },
];

export function standardOf(standards: readonly PovertyStandard[], year: number): PovertyStandard | undefined {
  return standards.find((s) => year >= s.from && year <= s.to);
}

export function sameStandard(standards: readonly PovertyStandard[], a: number, b: number): boolean {
  if (standards.length === 0) return true;
  const sa = standardOf(standards, a);
  return sa !== undefined && sa === standardOf(standards, b);
}
