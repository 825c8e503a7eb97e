/** The year of a row: a 4-digit number, or text such as "2023", "Năm 2023", "year 2023". */
import { cellText, type Cell } from './grid.ts';
import { yearIn } from './headers.ts';

export function parseYearText(raw: string): number | null {
  const t = raw.trim();
  if (/^\d{4}$/.test(t)) return Number(t);
  return /^(năm|nam|year)?\s*\d{4}$/i.test(t) ? yearIn(t) : null;
}

export function parseYearCell(c: Cell): number | null {
  if (typeof c === 'number') return Number.isInteger(c) ? c : null;
  return parseYearText(cellText(c));
}
