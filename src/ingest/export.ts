/**
 * Exports of the clean data: tidy CSV (UTF-8 with BOM for Excel; optionally ';' and decimal comma),
 * JSON, and an import template with Vietnamese headers. Text cells that a spreadsheet would run as
 * a formula (leading = + - @ tab CR) are neutralised with a leading apostrophe (OWASP); numeric
 * columns are written as numbers, so negative values stay intact.
 */
import { INDICATORS, INDICATOR_IDS } from '../domain/indicators.ts';
import type { ObservationTable } from '../domain/observations.ts';
import type { UnitRegistry } from '../domain/units.ts';
import { unparse } from './papa.ts';

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

/** A plain negative number as written in a file ("-5", "-3,17", "-1.234,5", "-2%"): not a formula, kept as is. */
const NEGATIVE_NUMBER = /^-\d+([.,\u00a0 ]\d+)*%?$/;

export function neutralise(text: string): string {
  return /^[=+\-@\t\r]/.test(text) && !NEGATIVE_NUMBER.test(text) ? `'${text}` : text;
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

function num(v: number, style: CsvStyle): string {
  const s = String(v);
  return style.decimalComma ? s.replace('.', ',') : s;
}

export const TIDY_HEADERS = ['unit_code', 'unit_name', 'year', 'indicator', 'value', 'derived', 'source'] as const;

export function toTidyCsv(records: TidyRecord[], style: CsvStyle = PLAIN): string {
  const rows: (string | number)[][] = [[...TIDY_HEADERS]];
  for (const r of records) {
    rows.push([neutralise(r.unit_code), neutralise(r.unit_name), String(r.year), neutralise(r.indicator), num(r.value, style), String(r.derived), neutralise(r.source)]);
  }
  return (style.bom ? '\uFEFF' : '') + unparse(rows, style.delimiter);
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
    rows.push(['474', 'Thành phố Huế', '2024', INDICATORS[id].label.vi, num(v, style)]);
  }
  return (style.bom ? '\uFEFF' : '') + unparse(rows, style.delimiter);
}
