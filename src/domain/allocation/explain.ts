/**
 * One sentence per unit saying why its number is what it is, as a message key (namespace
 * `allocation`, under `explain.`) and raw parameters; the view formats the numbers for its
 * language. Counts are households, rates and pp are percent, shares are 0–1.
 */
import type { AllocationResult, UnitAllocation } from './types.ts';
import { fraction, percent, type Fraction, type Percent } from '../quantities.ts';

export interface ExplanationParams {
  cut: number;
  poor: number;
  target: number;
  rate: Percent;
  baseRate: Percent;
  /** Cut as a share (0–1) of the unit's own poor households. */
  share: Fraction;
  pp: number;
  groupRate: Percent;
  /** Unit rate ÷ group rate. */
  ratio: number;
  capShare: Fraction;
  floorRate: Percent;
  reason: string;
}

export interface Explanation {
  key: 'explain.proportional' | 'explain.equalPp' | 'explain.needWeighted' | 'explain.capped' | 'explain.floored'
    | 'explain.locked' | 'explain.noPoor' | 'explain.infeasible';
  params: ExplanationParams;
  /** Append the rounding clause (`explain.roundedUp`). */
  roundedUp: boolean;
}

const METHOD_KEY = { proportional: 'explain.proportional', 'equal-pp': 'explain.equalPp', 'need-weighted': 'explain.needWeighted' } as const;

export function explainUnit(r: AllocationResult, u: UnitAllocation): Explanation {
  const groupRate = r.parent.baselineRate;
  const params: ExplanationParams = {
    cut: u.cut,
    poor: u.poorBaseline,
    target: u.targetPoor,
    rate: percent(u.targetRate),
    baseRate: percent(u.baselineRate),
    share: fraction(u.poorBaseline > 0 ? u.cut / u.poorBaseline : 0),
    pp: u.baselineRate - u.targetRate,
    groupRate: percent(groupRate),
    ratio: groupRate > 0 ? u.baselineRate / groupRate : 0,
    capShare: r.constraints.capShare ?? fraction(1),
    floorRate: r.constraints.floorRate,
    reason: u.lockReason ?? '',
  };
  const key: Explanation['key'] = u.basis === 'method' ? METHOD_KEY[r.method]
    : u.basis === 'capped' ? 'explain.capped'
      : u.basis === 'floored' ? 'explain.floored'
        : u.basis === 'locked' ? 'explain.locked'
          : u.basis === 'no-poor' ? 'explain.noPoor' : 'explain.infeasible';
  return { key, params, roundedUp: u.roundedUp };
}
