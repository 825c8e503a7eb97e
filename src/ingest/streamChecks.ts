/**
 * The cross-row checks of checks.ts, restated for the streaming path (stream.ts) as linear scans
 * on sorted columns (unit resolution and years are shared: unitResolver.ts, years.ts). `postChecks` only answers "would the pipeline report anything here";
 * when it would, the caller runs the pipeline itself, so messages are never re-implemented.
 */
import { INDICATORS, type IndicatorId } from '../domain/indicators.ts';
import { RATE_TOLERANCE_PP } from '../domain/derive.ts';
import type { TableColumns } from '../domain/observations.ts';
import { JUMP_PP } from './checks.ts';

export interface Cols { table: TableColumns; offsets: Uint32Array; nInd: number }

/** True when checks.ts would find nothing: no duplicate key, poor ≤ households, rates agree with counts, no gap, no jump. */
export function postChecks({ table: t, offsets, nInd }: Cols): boolean {
  const indAt = new Map(t.indicators.map((id, i) => [id, i]));
  const nUnits = t.units.length;
  const series = (u: number, id: IndicatorId | undefined): [number, number] => {
    const i = id === undefined ? undefined : indAt.get(id);
    if (i === undefined) return [0, 0];
    return [offsets[u * nInd + i]!, offsets[u * nInd + i + 1]!];
  };
  /** Value of the series [lo, hi) in `year`, or NaN. Series are short and sorted. */
  const at = ([lo, hi]: [number, number], year: number): number => {
    for (let r = lo; r < hi; r++) if (t.year[r] === year) return t.value[r]!;
    return NaN;
  };
  for (let u = 0; u < nUnits; u++) {
    const total = series(u, 'total_households');
    for (let i = 0; i < nInd; i++) {
      const id = t.indicators[i] as IndicatorId;
      const def = INDICATORS[id];
      const lo = offsets[u * nInd + i]!;
      const hi = offsets[u * nInd + i + 1]!;
      for (let r = lo + 1; r < hi; r++) {
        const dy = t.year[r]! - t.year[r - 1]!;
        if (dy === 0 || dy > 1) return false;
        if (def.kind === 'rate' && Math.abs(t.value[r]! - t.value[r - 1]!) > JUMP_PP) return false;
      }
      if (id === 'poor_households' || id === 'near_poor_households') {
        for (let r = lo; r < hi; r++) if (t.value[r]! > at(total, t.year[r]!)) return false;
      }
      if (def.ratio) {
        const num = series(u, def.ratio.numerator);
        const den = series(u, def.ratio.denominator);
        if (num[1] > num[0] && den[1] > den[0]) {
          for (let r = lo; r < hi; r++) {
            const a = at(num, t.year[r]!);
            const b = at(den, t.year[r]!);
            if (b > 0 && Math.abs((100 * a) / b - t.value[r]!) > RATE_TOLERANCE_PP) return false;
          }
        }
      }
    }
  }
  return true;
}
