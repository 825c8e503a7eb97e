/** Allocation inputs and results. Counts are whole households; rates are percent (3.17 = 3.17%). */
import type { Fraction, Households, Percent } from '../quantities.ts';

export type AllocationMethod = 'proportional' | 'equal-pp' | 'need-weighted';
export const ALLOCATION_METHODS: readonly AllocationMethod[] = ['proportional', 'equal-pp', 'need-weighted'];

export interface AllocationUnit {
  code: string;
  /** Households in the base year (the denominator of every rate here). */
  households: Households;
  /** Poor households in the base year. */
  poor: Households;
}

/** What the parent asks for the target year: a rate, a cut in percentage points, or households lifted out. */
export type ParentTarget =
  | { kind: 'rate'; rate: Percent }
  | { kind: 'cut-pp'; pp: number }
  | { kind: 'households'; households: Households };

export interface Lock {
  code: string;
  /** Poor households the unit is set to at the target year. */
  targetPoor: number;
  reason: string;
}

export interface Constraints {
  /** No unit target below this rate (percent). 0 = never below zero poor households. */
  floorRate: Percent;
  /** At most this share (0–1) of a unit's poor households lifted out in one year; undefined = no cap. */
  capShare?: Fraction;
}

export interface AllocationInput {
  units: readonly AllocationUnit[];
  parent: ParentTarget;
  method: AllocationMethod;
  constraints?: Partial<Constraints>;
  locks?: readonly Lock[];
}

/** Why a unit's figure is what it is; drives the one-sentence explanation. */
export type UnitBasis = 'method' | 'capped' | 'floored' | 'locked' | 'no-poor' | 'infeasible';

export interface UnitAllocation {
  code: string;
  households: number;
  poorBaseline: number;
  baselineRate: number;
  /** Households lifted out (baseline − target); negative only when a lock raises a unit. */
  cut: number;
  targetPoor: number;
  targetRate: number;
  /** Cut before rounding to whole households. */
  exactCut: number;
  /** +1 household given by the largest-remainder rounding. */
  roundedUp: boolean;
  basis: UnitBasis;
  lockReason?: string;
}

export type Problem =
  /** Constraints leave room for fewer households than the parent asks: short by `households`. */
  | { kind: 'infeasible'; constraint: 'cap' | 'floor' | 'cap+floor'; households: number }
  /** Locked units already lift out more than the parent asks; the others would have to rise. */
  | { kind: 'locks-exceed'; households: number }
  /** The parent target is above the baseline: nothing to cut. */
  | { kind: 'not-a-cut'; households: number }
  | { kind: 'lock-breaks-cap' | 'lock-breaks-floor'; code: string; households: number }
  | { kind: 'unknown-lock'; code: string }
  | { kind: 'no-households' };

export interface ParentSummary {
  households: number;
  poorBaseline: number;
  baselineRate: number;
  /** Poor households the parent target means, whole. */
  targetPoor: number;
  targetRate: number;
  /** Households to lift out in total. */
  cut: number;
}

export interface AllocationResult {
  method: AllocationMethod;
  constraints: Constraints;
  parent: ParentSummary;
  units: UnitAllocation[];
  /** Σ unit targets === parent target, and no problem. */
  reconciles: boolean;
  problems: Problem[];
}
