/**
 * Targets in a data file (target_rate, target_poor_households): accepted values that go to the
 * result's targets, not to the table, in the order pipeline.ts meets them.
 */
import type { Target } from '../domain/targets.ts';
import type { Values } from './collect.ts';

type Accepted = { i: Int32Array; unit: Int32Array; n: number };

export function splitTargets(a: Accepted, ind: Int32Array, value: Float64Array, v: Values, isTarget: readonly boolean[], file: string): { accepted: Accepted; targets: Target[] } {
  const i = new Int32Array(a.n);
  const unit = new Int32Array(a.n);
  const targets: Target[] = [];
  let n = 0;
  for (let k = 0; k < a.n; k++) {
    const x = a.i[k]!;
    const id = ind[x]!;
    if (isTarget[id]) {
      const indicator = v.indicators.ids[id]!;
      targets.push({
        unit: v.units[a.unit[k]!]!, indicator: indicator === 'target_rate' ? 'poverty_rate' : 'poor_households', year: v.year[x]!, value: value[x]!,
        source: { kind: 'file', file, row: v.fileRow[v.rowOf[x]!]! },
      });
      continue;
    }
    i[n] = x;
    unit[n++] = a.unit[k]!;
  }
  return { accepted: { i, unit, n }, targets };
}
