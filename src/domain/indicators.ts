/** Indicator catalogue: canonical ids used in files, URLs, the CLI and the store. Config is data. */
import { DEPRIVATIONS_2022, type DeprivationId } from './deprivation/lists.ts';

export type IndicatorId =
  | 'poverty_rate'
  | 'poor_households'
  | 'near_poor_rate'
  | 'near_poor_households'
  | 'total_households'
  | 'target_rate'
  | 'target_poor_households'
  | 'ethnic_minority_households'
  | 'ethnic_minority_rate'
  | DeprivationId;

export type IndicatorKind = 'rate' | 'count';

export interface IndicatorDef {
  id: IndicatorId;
  label: { vi: string; en: string };
  short: { vi: string; en: string };
  unit: '%' | 'households';
  kind: IndicatorKind;
  /** 'lower' means a falling value is progress. */
  better: 'lower' | 'higher';
  /** For a rate: the counts it is derived from, rate = 100 × numerator / denominator. */
  ratio?: { numerator: IndicatorId; denominator: IndicatorId };
  /** Targets are stored as observations of these ids only when loaded from files. */
  isTarget?: boolean;
}

export const INDICATORS: Record<IndicatorId, IndicatorDef> = {
  poverty_rate: {
    id: 'poverty_rate',
    label: { vi: 'Tỷ lệ hộ nghèo', en: 'Poor-household rate' },
    short: { vi: 'Hộ nghèo (%)', en: 'Poor (%)' },
    unit: '%', kind: 'rate', better: 'lower',
    ratio: { numerator: 'poor_households', denominator: 'total_households' },
  },
  poor_households: {
    id: 'poor_households',
    label: { vi: 'Số hộ nghèo', en: 'Poor households' },
    short: { vi: 'Hộ nghèo', en: 'Poor' },
    unit: 'households', kind: 'count', better: 'lower',
  },
  near_poor_rate: {
    id: 'near_poor_rate',
    label: { vi: 'Tỷ lệ hộ cận nghèo', en: 'Near-poor household rate' },
    short: { vi: 'Cận nghèo (%)', en: 'Near-poor (%)' },
    unit: '%', kind: 'rate', better: 'lower',
    ratio: { numerator: 'near_poor_households', denominator: 'total_households' },
  },
  near_poor_households: {
    id: 'near_poor_households',
    label: { vi: 'Số hộ cận nghèo', en: 'Near-poor households' },
    short: { vi: 'Hộ cận nghèo', en: 'Near-poor' },
    unit: 'households', kind: 'count', better: 'lower',
  },
  total_households: {
    id: 'total_households',
    label: { vi: 'Tổng số hộ', en: 'Total households' },
    short: { vi: 'Tổng số hộ', en: 'Households' },
    unit: 'households', kind: 'count', better: 'higher',
  },
  target_rate: {
    id: 'target_rate',
    label: { vi: 'Chỉ tiêu tỷ lệ hộ nghèo', en: 'Target poor-household rate' },
    short: { vi: 'Chỉ tiêu (%)', en: 'Target (%)' },
    unit: '%', kind: 'rate', better: 'lower', isTarget: true,
  },
  target_poor_households: {
    id: 'target_poor_households',
    label: { vi: 'Chỉ tiêu số hộ nghèo', en: 'Target poor households' },
    short: { vi: 'Chỉ tiêu (hộ)', en: 'Target (hh)' },
    unit: 'households', kind: 'count', better: 'lower', isTarget: true,
  },
  ethnic_minority_households: {
    id: 'ethnic_minority_households',
    label: { vi: 'Số hộ dân tộc thiểu số', en: 'Ethnic-minority households' },
    short: { vi: 'Hộ DTTS', en: 'Ethnic-minority' },
    unit: 'households', kind: 'count', better: 'higher',
  },
  ethnic_minority_rate: {
    id: 'ethnic_minority_rate',
    label: { vi: 'Tỷ lệ hộ dân tộc thiểu số', en: 'Ethnic-minority household share' },
    short: { vi: 'Hộ DTTS (%)', en: 'Ethnic-minority (%)' },
    unit: '%', kind: 'rate', better: 'higher',
    ratio: { numerator: 'ethnic_minority_households', denominator: 'total_households' },
  },
  // dep_*: poor households deprived on each indicator of the standard (src/domain/deprivation).
  ...(Object.fromEntries(DEPRIVATIONS_2022.map((x) => [x.id, {
    id: x.id,
    label: { vi: `Hộ nghèo thiếu hụt: ${x.label.vi.toLowerCase()}`, en: `Poor households deprived: ${x.label.en.toLowerCase()}` },
    short: { vi: `Thiếu ${x.label.vi.toLowerCase()}`, en: `Lack ${x.label.en.toLowerCase()}` },
    unit: 'households', kind: 'count', better: 'lower',
  } satisfies IndicatorDef])) as Record<DeprivationId, IndicatorDef>),
};

export const INDICATOR_IDS = Object.keys(INDICATORS) as IndicatorId[];

/** Indicators a user can pick in charts and maps (targets are drawn, not picked). */
export const DISPLAY_INDICATORS: IndicatorId[] = INDICATOR_IDS.filter((id) => !INDICATORS[id].isTarget);

export function isIndicatorId(value: string): value is IndicatorId {
  return Object.prototype.hasOwnProperty.call(INDICATORS, value);
}

export function indicator(id: IndicatorId): IndicatorDef {
  return INDICATORS[id];
}

/** Rates whose numerator is this count (used to know which rates a count can derive). */
export function ratesUsing(count: IndicatorId): IndicatorId[] {
  return INDICATOR_IDS.filter((id) => {
    const r = INDICATORS[id].ratio;
    return r !== undefined && (r.numerator === count || r.denominator === count);
  });
}
