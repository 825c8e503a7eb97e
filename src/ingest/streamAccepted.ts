/**
 * The accepted values, as pipeline.ts's last loop sorts them: a value on a rejected row is left
 * out, a target's (target_rate, target_poor_households) goes to the result's targets, in order,
 * and the rest go to the table.
 */
import type { Target } from '../domain/targets.ts';
import type { Values } from './collect.ts';
import { fileTarget } from './pipeline.ts';

type Accepted = { i: Int32Array; unit: Int32Array; n: number };

export function tableValues(a: Accepted, rejected: Set<number>, isTarget: readonly boolean[], ind: Int32Array, value: Float64Array, v: Values, file: string): { accepted: Accepted; targets: Target[] } {
  const i = new Int32Array(a.n);
  const unit = new Int32Array(a.n);
  const targets: Target[] = [];
  let n = 0;
  for (let k = 0; k < a.n; k++) {
    const x = a.i[k]!;
    const row = v.fileRow[v.rowOf[x]!]!;
    if (rejected.has(row)) continue;
    const id = ind[x]!;
    if (isTarget[id]) { targets.push(fileTarget(v.units[a.unit[k]!]!, v.indicators.ids[id]!, v.year[x]!, value[x]!, file, row)); continue; }
    i[n] = x;
    unit[n++] = a.unit[k]!;
  }
  return { accepted: { i, unit, n }, targets };
}
