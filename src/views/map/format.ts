/** Value formatting for the map in the UI language (vi-VN decimal comma). */
import { formatNumber, formatPercent, formatPp, formatValue, type Lang } from '../../i18n/format.ts';

/** A value of the indicator; relative-to-target values are differences (pp for rates). */
export function fmtValue(v: number, unit: string, lang: Lang, relative = false): string {
  if (relative) return unit === '%' ? formatPp(v, lang) : formatNumber(v, lang, 0);
  return formatValue(v, unit, lang);
}

/** Legend range "1,20–3,40%". */
export function fmtRange(from: number, to: number, unit: string, lang: Lang, relative: boolean): string {
  if (relative) return `${fmtValue(from, unit, lang, true)} – ${fmtValue(to, unit, lang, true)}`;
  if (unit === '%') return `${formatPercent(from, lang).replace('%', '')} – ${formatPercent(to, lang)}`;
  return `${formatNumber(from, lang, 0)} – ${formatNumber(to, lang, 0)}`;
}
