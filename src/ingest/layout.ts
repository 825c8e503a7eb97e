/**
 * From the header mapping to a layout: which columns hold the unit, the year, the indicator, and
 * the values, and where each value's indicator and year come from (its header, its row, or a
 * file-wide default such as "năm 2023" in a title row).
 */
import type { IndicatorId } from '../domain/indicators.ts';
import { foldHeader, indicatorOf, parseValueRole, yearIn, type Role } from './headers.ts';
import { INDICATOR_SYNONYMS } from './synonyms.ts';
import type { FatalCode } from './issues.ts';

export type LayoutKind = 'long' | 'wide-indicator' | 'wide-year' | 'mixed';

export interface ValueColumn { col: number; indicator: IndicatorId | null; year: number | null }

export interface Layout {
  kind: LayoutKind;
  codeCol: number;
  nameCol: number;
  /** The parent unit (code or name) of each row's unit; -1 when none. */
  parentCol: number;
  yearCol: number;
  indicatorCol: number;
  values: ValueColumn[];
  defaultIndicator: IndicatorId | null;
  defaultYear: number | null;
}

/** The longest indicator synonym found inside a free text (a title row), if any. */
export function indicatorInText(text: string): IndicatorId | null {
  const f = ` ${foldHeader(text)} `;
  let best: { id: IndicatorId; len: number } | null = null;
  for (const [id, list] of Object.entries(INDICATOR_SYNONYMS) as [IndicatorId, string[]][]) {
    for (const s of list) {
      const k = foldHeader(s);
      if (k.length > 4 && f.includes(` ${k} `) && (!best || k.length > best.len)) best = { id, len: k.length };
    }
  }
  return best ? (indicatorOf(best.id) ?? best.id) : null;
}

export function resolveLayout(
  mapping: Role[], context: string[], defaults: { indicator?: IndicatorId | null; year?: number | null },
): Layout | { fatal: FatalCode } {
  const first = (r: Role) => mapping.indexOf(r);
  const codeCol = first('unit_code');
  const nameCol = first('unit_name');
  const yearCol = first('year');
  const indicatorCol = first('indicator');
  const valueCol = first('value');
  if (codeCol < 0 && nameCol < 0) return { fatal: 'no_unit_column' };
  const ctxText = context.join(' ');
  const defaultIndicator = defaults.indicator ?? indicatorInText(ctxText);
  const defaultYear = defaults.year ?? yearIn(ctxText);
  let values: ValueColumn[] = [];
  mapping.forEach((role, col) => {
    const v = parseValueRole(role);
    if (v) values.push({ col, ...v });
  });
  let kind: LayoutKind;
  if (indicatorCol >= 0 && valueCol >= 0) {
    kind = 'long';
    values = [{ col: valueCol, indicator: null, year: null }];
  } else {
    if (valueCol >= 0) values.push({ col: valueCol, indicator: null, year: null });
    if (!values.length) return { fatal: 'no_values' };
    const withInd = values.filter((v) => v.indicator).length;
    const withYear = values.filter((v) => v.year !== null).length;
    kind = withInd === values.length && withYear === 0 ? 'wide-indicator' : withYear === values.length && withInd === 0 ? 'wide-year' : 'mixed';
  }
  if (kind !== 'long') {
    if (values.some((v) => !v.indicator) && indicatorCol < 0 && !defaultIndicator) return { fatal: 'no_indicator' };
  }
  if (values.some((v) => v.year === null) && yearCol < 0 && !defaultYear) return { fatal: 'no_year' };
  return { kind, codeCol, nameCol, parentCol: first('parent'), yearCol, indicatorCol, values, defaultIndicator, defaultYear };
}
