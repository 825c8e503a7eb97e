/**
 * Header and label synonyms: configuration as data, in one place. Entries are written folded
 * (no diacritics, lower case, single spaces; see `foldHeader`); add a line to teach the importer a
 * new spelling. Vietnamese and English.
 */
import type { IndicatorId } from '../domain/indicators.ts';
import { HOUSEHOLD_SYNONYMS } from './households/synonyms.ts';

export type FieldId = 'unit_code' | 'unit_name' | 'parent' | 'year' | 'indicator' | 'value' | 'measure' | 'ignore';

export const FIELD_SYNONYMS: Record<FieldId, string[]> = {
  unit_code: ['ma don vi', 'ma dvhc', 'ma dia ban', 'ma huyen', 'ma xa', 'ma tinh', 'ma', 'unit code', 'unit_code', 'code', 'admin code'],
  unit_name: [
    'don vi', 'don vi hanh chinh', 'dia ban', 'dia phuong', 'ten don vi', 'ten dia ban', 'huyen', 'xa', 'tinh',
    'ten huyen', 'ten xa', 'ten tinh', 'huyen thi xa thanh pho', 'huyen thi xa', 'xa phuong thi tran', 'xa phuong',
    'tinh thanh pho', 'unit', 'unit name', 'unit_name', 'name', 'district', 'commune', 'province', 'area', 'locality',
  ],
  year: ['nam', 'nam bao cao', 'year', 'ky bao cao'],
  indicator: ['chi tieu', 'chi so', 'ten chi tieu', 'indicator', 'indicator name', 'measure'],
  value: ['gia tri', 'so lieu', 'value', 'amount'],
  parent: ['cap tren', 'don vi cap tren', 'parent', 'parent code', 'parent name', 'truc thuoc'],
  measure: ['don vi tinh', 'dvt', 'unit of measure', 'uom'],
  ignore: ['stt', 'tt', 'so tt', 'no', '#', 'ghi chu', 'note', 'notes', 'nguon', 'source', 'status'],
};

/**
 * Header words read one by one (after folding `_ - .` and camelCase to spaces). Multi-word entries
 * match as a phrase. A code word plus a place word is the unit code ("area_code", "Mã xã"), a name
 * word plus a place word the unit name ("area_name", "Tên huyện"); a place word alone is the unit
 * name ("Organisation unit", "Entity").
 */
export const HEADER_TOKENS = {
  code: ['code', 'id', 'ma', 'ma so', 'uid', 'pcode', 'iso', 'geocode', 'so hieu'],
  name: ['name', 'ten', 'label'],
  place: [
    'area', 'region', 'location', 'district', 'commune', 'ward', 'province', 'org unit', 'organisation unit', 'organization unit',
    'orgunit', 'admin', 'adm', 'geo', 'don vi', 'dia ban', 'dia phuong', 'huyen', 'xa', 'phuong', 'tinh', 'unit', 'entity',
    'country', 'locality', 'place',
  ],
  parent: ['parent', 'cap tren', 'truc thuoc'],
  year: ['year', 'nam', 'period', 'time', 'ky', 'nam bao cao', 'ky bao cao'],
  indicator: ['indicator', 'chi tieu', 'chi so', 'data', 'data element', 'dataelement', 'variable', 'series', 'metric'],
  value: ['value', 'gia tri', 'so lieu', 'amount', 'obs value'],
};

/** Year words whose columns often hold other things (a period label, a date): a year only if the values are years. */
export const LOOSE_YEAR_TOKENS = ['period', 'time', 'ky', 'ky bao cao'];

/** A header that is only a rate word ("Tỷ lệ (%)") is the rate of the count column to its left. */
export const BARE_RATE_HEADERS = ['ty le', 'ti le', 'rate', 'percent', 'share', 'pct'];

/**
 * Cell values of a unit-of-measure column (folded). A column named "unit" or "đơn vị" whose values
 * are mostly these is a unit of measure, not the administrative unit.
 */
export const MEASURE_VALUES = [
  'ho', 'ho gia dinh', 'nguoi', 'nhan khau', 'khau', '%', 'phan tram', 'percent', 'pp', 'diem phan tram', 'households', 'household',
  'persons', 'person', 'people', 'percentage points', 'percentage point', 'communes', 'vnd', 'trieu dong', 'dong', 'million vnd', 'number',
];

export const INDICATOR_SYNONYMS: Record<IndicatorId, string[]> = {
  poverty_rate: ['ty le ho ngheo', 'ty le ngheo', 'ti le ho ngheo', 'ty le ho ngheo cuoi nam', 'poverty rate', 'poor household rate', 'poor households rate', 'poverty_rate', 'share of poor households', 'poor households share'],
  poor_households: ['so ho ngheo', 'ho ngheo', 'tong so ho ngheo', 'so ho ngheo cuoi nam', 'poor households', 'poor', 'poor_households'],
  near_poor_rate: ['ty le ho can ngheo', 'ti le ho can ngheo', 'near poor rate', 'near poor household rate', 'near poor households rate', 'near_poor_rate'],
  near_poor_households: ['so ho can ngheo', 'ho can ngheo', 'tong so ho can ngheo', 'near poor households', 'near poor', 'near_poor_households'],
  total_households: ['tong so ho', 'so ho', 'tong so ho dan', 'tong so ho dan cu', 'so ho dan', 'total households', 'households', 'total_households'],
  target_rate: ['chi tieu ty le ho ngheo', 'muc tieu ty le ho ngheo', 'ke hoach ty le ho ngheo', 'target rate', 'target poverty rate', 'target_rate', 'poor household rate target', 'poverty rate target'],
  target_poor_households: ['chi tieu so ho ngheo', 'muc tieu so ho ngheo', 'target poor households', 'target_poor_households', 'poor households target'],
  ...HOUSEHOLD_SYNONYMS,
};

/** A count header with a "%" means its rate: "Hộ nghèo (%)" is the poverty rate. */
export const RATE_OF_COUNT: Partial<Record<IndicatorId, IndicatorId>> = {
  poor_households: 'poverty_rate',
  near_poor_households: 'near_poor_rate',
  target_poor_households: 'target_rate',
};

/** First cell of a total row (folded, prefix match). Its figures are the parent's. */
export const TOTAL_LABELS = ['tong cong', 'toan tinh', 'toan thanh pho', 'toan huyen', 'tong so', 'cong', 'tong', 'total', 'grand total'];

/** First cell of a note row below a table (folded, prefix match). */
export const NOTE_LABELS = ['ghi chu', 'chu thich', 'nguon', 'note', 'source', '*', '(*)', 'luu y'];

/** Unit-name prefixes folded away before matching ("TP. Huế" = "Huế"), longest first. */
export const UNIT_PREFIXES = ['thanh pho', 'thi xa', 'thi tran', 'huyen', 'quan', 'phuong', 'xa', 'tinh', 'tp.', 'tp', 'tx.', 'tx', 'h.', 'q.', 'p.', 'tt.'];
