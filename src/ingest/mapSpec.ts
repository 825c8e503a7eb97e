/**
 * A column mapping written as text, as the CLI takes it: "COLUMN=field,COLUMN=field". COLUMN is a
 * header (matched folded: "Mã xã" = "ma xa") or a 1-based column number ("#3"); field is a role
 * (unit_code, unit_name, parent, year, indicator, value, measure, ignore) or an indicator id
 * ("poverty_rate", or "poverty_rate@2023" for a value column of one year).
 */
import { isIndicatorId } from '../domain/indicators.ts';
import { foldHeader, valueRole, type Role } from './headers.ts';

export const FIELDS = ['unit_code', 'unit_name', 'parent', 'year', 'indicator', 'value', 'measure', 'ignore'] as const;

/** The roles after the spec is applied to the guessed ones, or an error message naming the bad part. */
export function applyMapSpec(spec: string, headers: readonly string[], guessed: readonly Role[]): Role[] | string {
  const out = headers.map((_, c) => guessed[c] ?? 'ignore');
  for (const part of spec.split(',').map((p) => p.trim()).filter(Boolean)) {
    const eq = part.lastIndexOf('=');
    if (eq <= 0) return `--map: "${part}" is not COLUMN=field`;
    const col = part.slice(0, eq).trim();
    const field = part.slice(eq + 1).trim();
    const num = /^#(\d+)$/.exec(col);
    const idx = num ? Number(num[1]) - 1 : headers.findIndex((h) => h.trim() === col || foldHeader(h) === foldHeader(col));
    if (idx < 0 || idx >= headers.length) return `--map: no column "${col}" (columns: ${headers.map((h) => `"${h}"`).join(', ')})`;
    const [id, year] = field.split('@') as [string, string | undefined];
    if ((FIELDS as readonly string[]).includes(field)) out[idx] = field;
    else if (isIndicatorId(id) && (year === undefined || /^\d{4}$/.test(year))) out[idx] = valueRole(id, year ? Number(year) : null);
    else return `--map: unknown field "${field}" (one of ${FIELDS.join(', ')}, or an indicator id)`;
  }
  return out;
}
