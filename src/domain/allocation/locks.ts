/**
 * Manual locks: a locked unit keeps the target the user set; the parent's remaining cut is shared
 * among the other units by the chosen method. A lock may break a cap or the floor (the user's
 * decision); that is reported, not undone.
 */
import { floorPoor, maxCutByCap } from './constraints.ts';
import type { AllocationUnit, Constraints, Lock, Problem } from './types.ts';

export interface LockSplit {
  locked: Map<string, Lock>;
  /** Households the locked units lift out in total. */
  lockedCut: number;
  problems: Problem[];
}

export function applyLocks(units: readonly AllocationUnit[], locks: readonly Lock[], c: Constraints): LockSplit {
  const byCode = new Map(units.map((u) => [u.code, u]));
  const locked = new Map<string, Lock>();
  const problems: Problem[] = [];
  let lockedCut = 0;
  for (const l of locks) {
    const u = byCode.get(l.code);
    if (!u) {
      problems.push({ kind: 'unknown-lock', code: l.code });
      continue;
    }
    const target = Math.max(0, Math.round(l.targetPoor));
    const lock = { ...l, targetPoor: target };
    if (locked.has(l.code)) lockedCut -= u.poor - locked.get(l.code)!.targetPoor;
    locked.set(l.code, lock);
    const cut = u.poor - target;
    lockedCut += cut;
    const cap = maxCutByCap(u, c);
    if (cut > cap) problems.push({ kind: 'lock-breaks-cap', code: l.code, households: cut - cap });
    const fp = floorPoor(u, c);
    if (target < fp) problems.push({ kind: 'lock-breaks-floor', code: l.code, households: fp - target });
  }
  return { locked, lockedCut, problems };
}
