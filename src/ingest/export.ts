/**
 * Exports of the clean data: tidy CSV (UTF-8 with BOM for Excel; optionally ';' and decimal comma),
 * JSON, and an import template with Vietnamese headers. Text cells that a spreadsheet would run as
 * a formula are neutralised by the one CSV writer (papa.ts: writeCsv, neutralise); numeric columns
 * are written as numbers, so negative values stay intact.
 */
import { INDICATORS, INDICATOR_IDS } from '../domain/indicators.ts';
import type { ObservationTable } from '../domain/observations.ts';
import type { UnitRegistry } from '../domain/units.ts';
import { neutralise, writeCsv } from './papa.ts';

export { neutralise };

export interface TidyRecord {
  unit_code: string;
  unit_name: string;
  year: number;
  indicator: string;
  value: number;
  derived: boolean;
  source: string;
  row: number;
}

export function tidyRecords(table: ObservationTable, units: UnitRegistry): TidyRecord[] {
  const out: TidyRecord[] = [];
  for (const o of table.records()) {
    out.push({
      unit_code: o.unit, unit_name: units.name(o.unit, 'vi'), year: o.year, indicator: o.indicator, value: o.value,
      derived: !!o.provenance.derived, source: o.provenance.source, row: o.row,
    });
  }
  return out;
}

export interface CsvStyle { delimiter: ',' | ';'; decimalComma: boolean; bom: boolean }
export const EXCEL_VN: CsvStyle = { delimiter: ';', decimalComma: true, bom: true };
export const PLAIN: CsvStyle = { delimiter: ',', decimalComma: false, bom: true };

export const TIDY_HEADERS = ['unit_code', 'unit_name', 'year', 'indicator', 'value', 'derived', 'source'] as const;

export function toTidyCsv(records: TidyRecord[], style: CsvStyle = PLAIN): string {
  const rows: (string | number | boolean)[][] = [[...TIDY_HEADERS]];
  for (const r of records) rows.push([r.unit_code, r.unit_name, r.year, r.indicator, r.value, r.derived, r.source]);
  return writeCsv(rows, style);
}

export function toTidyJson(records: TidyRecord[], meta: Record<string, string>): string {
  return JSON.stringify({ meta, records: records.map(({ row: _row, ...r }) => r) }, null, 1);
}

/** Long layout with Vietnamese headers and one example row per indicator. */
export function templateCsv(style: CsvStyle = EXCEL_VN): string {
  const rows: (string | number)[][] = [['Mã đơn vị', 'Đơn vị hành chính', 'Năm', 'Chỉ tiêu', 'Giá trị']];
  const example: Record<string, number> = { poverty_rate: 3.17, near_poor_rate: 2.71, target_rate: 1.84, ethnic_minority_rate: 12.5 };
  for (const id of INDICATOR_IDS) {
    const v = example[id] ?? (id === 'total_households' ? 120500 : 384);
    rows.push(['474', 'Thành phố Huế', '2024', INDICATORS[id].label.vi, v]);
  }
  return writeCsv(rows, style);
}
