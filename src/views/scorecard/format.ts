/** Text of a scorecard cell, shared by the table, the XLSX export and the slides. */
import { describeIndicator } from '../../domain/catalogue.ts';
import { formatNumber, formatPercent, formatPp, formatSigned, formatValue, type Lang } from '../../i18n/format.ts';
import { PROV_MARK } from '../../ui/figureText.ts';
import type { ScoreCell } from './scorecardData.ts';

export const TREND_ARROW = { down: '▼', up: '▲', flat: '▶' } as const;

export function cellText(c: ScoreCell | undefined, lang: Lang) {
  const def = describeIndicator(c?.indicator ?? '');
  const rate = def.kind === 'rate';
  const val = (v: number) => (rate ? formatPercent(v, lang) : formatValue(v, def.unit, lang));
  // Rates move in percentage points, counts in households.
  const delta = (v: number) => (rate ? formatPp(v, lang) : formatSigned(v, lang));
  const dash = '–';
  return {
    // A value that is not a result carries its mark (* illustrative, † expected), as in every table.
    value: c?.latest ? val(c.latest.value) + (c.kind ? PROV_MARK[c.kind] ?? '' : '') : dash,
    change: c?.change !== undefined ? delta(c.change) : dash,
    target: c?.target ? `${val(c.target.value)} (${c.target.year})` : dash,
    required: c?.requiredPerYear !== undefined ? delta(-c.requiredPerYear) : dash,
    pace: c?.pacePerYear !== undefined ? delta(-c.pacePerYear) : dash,
    years: c?.yearsToTarget === undefined ? dash : Number.isFinite(c.yearsToTarget) ? formatNumber(c.yearsToTarget, lang, 1) : '∞',
  };
}
