/**
 * Goals of a period as their source stated them, in words ("essentially no poor households by
 * 2030"): context for the figures, never a number the app judges against. A numeric target is
 * the user's to set (targets.ts); a goal only says what was promised and where.
 */
import type { Target } from './targets.ts';

export interface PeriodGoal {
  unit: string;
  /** Indicators the goal is about (shown with any of them). */
  indicators: string[];
  /** The period, inclusive years. */
  from: number;
  to: number;
  /** The year the period starts from (its baseline): the goal is shown from this year on. */
  baseYear: number;
  text: { vi: string; en: string };
  /** Where it was stated (a URL or a document) and when (ISO date), if known. */
  source: string;
  date?: string;
}

/** Goals of `unit` that concern `indicator` and whose period (with its baseline year) includes `year`. */
export function goalsFor(goals: readonly PeriodGoal[] | undefined, unit: string, indicator: string, year: number): PeriodGoal[] {
  return (goals ?? []).filter((g) => g.unit === unit && g.indicators.includes(indicator) && year >= g.baseYear && year <= g.to);
}

/** The numeric targets a user (or a file) set for the goal's unit and indicators within its period. */
export function numericTargetsIn(targets: readonly Target[], g: PeriodGoal): Target[] {
  return targets.filter((t) => t.unit === g.unit && g.indicators.includes(t.indicator) && t.year >= g.from && t.year <= g.to)
    .sort((a, b) => a.year - b.year);
}
