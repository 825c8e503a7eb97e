/** Looks up an indicator definition; ids not in the catalogue still load as plain numeric series. */
import { DISPLAY_INDICATORS, INDICATORS, isIndicatorId, type IndicatorDef } from './indicators.ts';

export interface AnyIndicatorDef extends Omit<IndicatorDef, 'id' | 'unit'> {
  id: string;
  unit: string;
  known: boolean;
}

export function describeIndicator(id: string): AnyIndicatorDef {
  if (isIndicatorId(id)) return { ...INDICATORS[id], known: true };
  return {
    id,
    label: { vi: id, en: id },
    short: { vi: id, en: id },
    unit: /(_rate|_pct|_percent)$/.test(id) ? '%' : '',
    kind: /(_rate|_pct|_percent)$/.test(id) ? 'rate' : 'count',
    better: 'lower',
    known: false,
  };
}

/** Indicators a table holds that can be shown: catalogue ones in catalogue order, then custom ids. */
export function displayIndicatorsIn(ids: readonly string[]): string[] {
  const have = new Set(ids);
  const known = DISPLAY_INDICATORS.filter((id) => have.has(id));
  const custom = ids.filter((id) => !isIndicatorId(id)).sort();
  return [...known, ...custom];
}
