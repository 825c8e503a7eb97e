/** Formatting of explanations and problems for the allocation view (numbers via i18n/format.ts). */
import type { TFunction } from 'i18next';
import type { Explanation, Problem } from '../../domain/allocation/index.ts';
import { formatNumber, formatPercent, formatPp, type Lang } from '../../i18n/format.ts';
import { toPercent } from '../../domain/quantities.ts';

export function explanationText(e: Explanation, t: TFunction, lang: Lang): string {
  const p = e.params;
  return t(`allocation:${e.key}`, {
    cut: formatNumber(p.cut, lang),
    poor: formatNumber(p.poor, lang),
    target: formatNumber(p.target, lang),
    rate: formatPercent(p.rate, lang),
    baseRate: formatPercent(p.baseRate, lang),
    share: formatPercent(toPercent(p.share), lang, 1),
    pp: formatPp(-p.pp, lang),
    groupRate: formatPercent(p.groupRate, lang),
    ratio: formatNumber(p.ratio, lang, 2),
    capShare: formatPercent(toPercent(p.capShare), lang, 0),
    floorRate: formatPercent(p.floorRate, lang),
    reason: p.reason,
    rounding: e.roundedUp ? t('allocation:explain.roundedUp') : '',
  });
}

export function problemText(p: Problem, t: TFunction, lang: Lang, name: (code: string) => string): string {
  switch (p.kind) {
    case 'infeasible':
      return t('allocation:problems.infeasible', { constraint: t(`allocation:problems.constraint.${p.constraint}`), households: formatNumber(p.households, lang) });
    case 'locks-exceed':
    case 'not-a-cut':
      return t(`allocation:problems.${p.kind}`, { households: formatNumber(p.households, lang) });
    case 'lock-breaks-cap':
    case 'lock-breaks-floor':
      return t(`allocation:problems.${p.kind}`, { name: name(p.code), households: formatNumber(p.households, lang) });
    case 'unknown-lock':
      return t('allocation:problems.unknown-lock', { name: name(p.code) });
    case 'no-households':
      return t('allocation:problems.no-households');
  }
}
