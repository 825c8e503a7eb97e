/**
 * The deprivation indicators of each poverty standard: configuration as data, keyed by standard id.
 * Source: ../shared/data/published/poverty-standard.md §3 (the 12 indicators of Decree 07/2021/NĐ-CP,
 * in the decree's listing order, two per dimension), §6 (the 2026–2030 list changes from 2027) and
 * §7 (cut-offs from secondary sources, not verified against the decree text).
 */
import { normalizeStandardId } from '../standards.ts';

export type DeprivationId =
  | 'dep_employment' | 'dep_dependants' | 'dep_nutrition' | 'dep_health_insurance'
  | 'dep_adult_education' | 'dep_school_attendance' | 'dep_housing_quality' | 'dep_housing_area'
  | 'dep_water' | 'dep_toilet' | 'dep_telecom' | 'dep_information_assets';

export type Dimension = 'employment' | 'health' | 'education' | 'housing' | 'water' | 'information';

export interface DeprivationDef {
  id: DeprivationId;
  dimension: Dimension;
  label: { vi: string; en: string };
  /** What "deprived" means (poverty-standard.md §7; secondary sources). */
  cutoff: { vi: string; en: string };
  /** Folded header words that name this indicator's flag column in a household list. */
  headers: string[];
}

export interface DeprivationList {
  standard: string;
  /** False when the list is not verified against the decree (the 2026–2030 one). */
  verified: boolean;
  indicators: DeprivationDef[];
  source: string;
}

const d = (id: DeprivationId, dimension: Dimension, vi: string, en: string, cutVi: string, cutEn: string, headers: string[]): DeprivationDef =>
  ({ id, dimension, label: { vi, en }, cutoff: { vi: cutVi, en: cutEn }, headers });

export const DEPRIVATIONS_2022: DeprivationDef[] = [
  d('dep_employment', 'employment', 'Việc làm', 'Employment', 'Có người trong tuổi lao động thất nghiệp hoặc làm công không hợp đồng', 'A working-age member is unemployed or works for wages without a contract', ['viec lam', 'thieu viec lam', 'employment']),
  d('dep_dependants', 'employment', 'Người phụ thuộc', 'Dependants', 'Người phụ thuộc chiếm quá một nửa số thành viên', 'Dependants are more than half of the members', ['nguoi phu thuoc', 'phu thuoc', 'nguoi phu thuoc trong ho gia dinh', 'dependants', 'dependents']),
  d('dep_nutrition', 'health', 'Dinh dưỡng', 'Nutrition', 'Có trẻ dưới 16 tuổi suy dinh dưỡng thấp còi hoặc nhẹ cân', 'A child under 16 is stunted or underweight', ['dinh duong', 'nutrition']),
  d('dep_health_insurance', 'health', 'Bảo hiểm y tế', 'Health insurance', 'Có thành viên từ 6 tuổi trở lên không có bảo hiểm y tế', 'A member aged 6 or over has no health insurance', ['bao hiem y te', 'bhyt', 'health insurance']),
  d('dep_adult_education', 'education', 'Trình độ giáo dục của người lớn', 'Adult education', 'Có người 16–30 tuổi không đạt trình độ theo độ tuổi', 'A member aged 16–30 lacks the qualification for their age', ['trinh do giao duc cua nguoi lon', 'giao duc nguoi lon', 'trinh do giao duc', 'adult education']),
  d('dep_school_attendance', 'education', 'Tình trạng đi học của trẻ em', 'School attendance', 'Có trẻ 3 đến dưới 16 tuổi không học đúng cấp', 'A child aged 3 to under 16 is not at the right school level', ['tinh trang di hoc cua tre em', 'di hoc cua tre em', 'tre em di hoc', 'di hoc', 'school attendance']),
  d('dep_housing_quality', 'housing', 'Chất lượng nhà ở', 'Housing quality', 'Nhà ở không bền chắc', 'The house is not durable', ['chat luong nha o', 'nha o', 'housing quality']),
  d('dep_housing_area', 'housing', 'Diện tích nhà ở bình quân đầu người', 'Housing area', 'Dưới 8 m² mỗi người', 'Under 8 m² per person', ['dien tich nha o binh quan dau nguoi', 'dien tich nha o', 'dien tich nha', 'housing area']),
  d('dep_water', 'water', 'Nguồn nước sinh hoạt', 'Domestic water', 'Không có nước sinh hoạt an toàn', 'No safe domestic water', ['nguon nuoc sinh hoat', 'nuoc sinh hoat', 'nguon nuoc', 'water', 'water source']),
  d('dep_toilet', 'water', 'Nhà tiêu hợp vệ sinh', 'Hygienic toilet', 'Không có nhà tiêu hợp vệ sinh', 'No hygienic toilet', ['nha tieu hop ve sinh', 'nha tieu', 'nha ve sinh', 'toilet', 'hygienic toilet']),
  d('dep_telecom', 'information', 'Sử dụng dịch vụ viễn thông', 'Telecom use', 'Không thành viên nào dùng dịch vụ viễn thông, internet', 'No member uses telecom or internet services', ['su dung dich vu vien thong', 'dich vu vien thong', 'vien thong', 'telecom', 'telecom use']),
  d('dep_information_assets', 'information', 'Phương tiện tiếp cận thông tin', 'Information assets', 'Không có ti vi, radio, máy tính hay điện thoại', 'No TV, radio, computer or phone', ['phuong tien phuc vu tiep can thong tin', 'phuong tien tiep can thong tin', 'tiep can thong tin', 'information assets', 'information access']),
];

/** By standard id. Standards without a list here have no deprivation breakdown (said on screen). */
export const DEPRIVATION_LISTS: Record<string, DeprivationList> = {
  '2022-2025': { standard: '2022-2025', verified: true, indicators: DEPRIVATIONS_2022, source: 'Decree 07/2021/NĐ-CP, Art. 3.1.b (poverty-standard.md §3, §7)' },
  // 2026 still uses the 2022–2025 list; from 2027 the press describes changes (information means
  // dropped, digital services and waste treatment added) not yet verified against Decree 351/2025:
  // until then the same ids are kept and the list is marked unverified.
  '2026-2030': { standard: '2026-2030', verified: false, indicators: DEPRIVATIONS_2022, source: 'Decree 351/2025/NĐ-CP (poverty-standard.md §6; list not verified)' },
};

export const DEPRIVATION_IDS: DeprivationId[] = DEPRIVATIONS_2022.map((x) => x.id);

/** Accepts the old 'vn-2022-2025' spelling too (see normalizeStandardId). */
export function deprivationList(standardId: string | undefined): DeprivationList | undefined {
  return standardId ? DEPRIVATION_LISTS[normalizeStandardId(standardId)] : undefined;
}

export function isDeprivationId(id: string): id is DeprivationId {
  return (DEPRIVATION_IDS as string[]).includes(id);
}
